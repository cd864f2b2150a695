# Storefront — español.

-brand = Storefront

## Site

site-name = { -brand }
site-title = { -brand }: millones de artículos con protección al comprador
page-title = { $page } · { -brand }
# Composed pages (the server's <title>, description and link previews; crates/server/src/pages)
# $title: product title, $price: its price, $store: seller name, $rating: average stars
seo-product-title = { $title } — { $price } | { -brand }
seo-product-description = { $title }: { $price } de { $store }, valorado con { $rating } de 5. Protección al comprador en cada pedido.
# $name: category name, $count: products in it
seo-category-title = { $name } | { -brand }
seo-category-description = Compra { $name } en { -brand }: artículos disponibles: { $count }, de vendedores de confianza y con protección al comprador.
# $query: what the buyer searched for
seo-search-title = «{ $query }»: resultados de búsqueda | { -brand }
seo-search-description = Productos para «{ $query }» en { -brand }, con protección al comprador en cada pedido.
# $store: seller name, $percent: positive feedback share
seo-store-title = { $store }: tienda en { -brand }
seo-store-description = Todos los productos de { $store } en { -brand }. Valoraciones positivas: { $percent } %.
seo-home-description = Millones de artículos de vendedores de confianza, desde una unidad hasta lotes mayoristas, con protección al comprador.
seo-categories-description = Todas las categorías de { -brand }: electrónica, moda, hogar, juguetes y más.
skip-link = Saltar al contenido principal
loading = Cargando…
logo-label = Página de inicio de { -brand }

## Header

topbar-protection = Protección al comprador: retenemos tu pago hasta que confirmes la entrega
search-label = Buscar productos
search-placeholder = Busca entre millones de productos
search-submit = Buscar
language-label = Idioma
currency-label = Moneda
ship-to-label = Enviar a
cart-label = { $count ->
    [0] Carrito vacío
    [one] Carrito, { $count } artículo
    [many] Carrito, { $count } artículos
   *[other] Carrito, { $count } artículos
}

## Navigation

nav-home = Inicio
nav-categories = Categorías
nav-cart = Carrito
nav-account = Cuenta
nav-inbox = Buzón
inbox-badge-label = Notificaciones sin leer: { $count }
nav-wishlist = Favoritos
bottom-nav-label = Navegación principal
breadcrumbs-label = Ruta de navegación
subcategories-label = Subcategorías
footer-nav-label = Enlaces del sitio
footer-protection = Paga con tranquilidad: el vendedor recibe el dinero solo cuando confirmas que el pedido llegó tal como se describía. Si no fue así, abre una disputa y recibe un reembolso total o parcial.

## Actions

action-retry = Reintentar
action-load-more = Cargar más
action-see-all = Ver todo
action-start-shopping = Empezar a comprar
action-continue-shopping = Seguir comprando
action-go-home = Ir a la página de inicio

## Home

home-title = Todo lo que necesitas, con envío a todo el mundo
home-subtitle = Millones de artículos de vendedores de confianza, desde una unidad hasta lotes al por mayor.
perk-protection = Protección al comprador en cada pedido
perk-shipping = { $count ->
    [one] Envíos a { $count } país
    [many] Envíos a { $count } de países
   *[other] Envíos a { $count } países
}
perk-shipping-intl = Envíos internacionales
perk-refunds = Reembolsos totales o parciales mediante disputas
home-deals = Ofertas del día
home-deals-note = Nuevas ofertas cada día
deals-prev = Ofertas anteriores
deals-next = Más ofertas
home-categories = Comprar por categoría
home-recommended = Recomendado para ti
recent-title = Vistos recientemente
home-more = Más cosas que te encantarán
feed-empty = Todavía no hay productos aquí.
feed-end = Ya lo has visto todo.

## Product cards

discount-badge = −{ $percent }
price-original-label = Precio original:
price-range = { $min } – { $max }
free-shipping = Envío gratis
wishlist-add = Añadir a favoritos
wishlist-remove = Quitar de favoritos
rating-label = Valoración: { $rating } de 5
reviews-count = { $count ->
    [one] { $count } reseña
    [many] { $count } reseñas
   *[other] { $count } reseñas
}
sold-count = { $count ->
    [one] { $count } vendido
    [many] { $count } vendidos
   *[other] { $count } vendidos
}
products-count = { $count ->
    [one] { $count } producto
    [many] { $count } productos
   *[other] { $count } productos
}

## Categories and search

categories-title = Todas las categorías
category-unavailable = Categoría no disponible
search-all-title = Todos los productos
search-title = Resultados de «{ $query }»

## Product page

product-unavailable = Producto no disponible
gallery-image = Imagen { $index } de { $total }
tiers-title = Compra más, paga menos
tiers-quantity = Cantidad
tiers-unit-price = Precio por unidad
shipping-title = Envío
shipping-none = Este artículo no se envía a { $country }. Elige otro país en «Enviar a».
shipping-days = { $max ->
    [one] { $min }–{ $max } día
    [many] { $min }–{ $max } días
   *[other] { $min }–{ $max } días
}
shipping-tracked = Con seguimiento
product-specs = Especificaciones
product-description = Descripción
seller-title = Vendedor
seller-positive = { $percent } % de valoraciones positivas
seller-feedback = { $count ->
    [one] { $count } valoración
    [many] { $count } valoraciones
   *[other] { $count } valoraciones
}
seller-years = { $count ->
    [one] { $count } año en { -brand }
    [many] { $count } años en { -brand }
   *[other] { $count } años en { -brand }
}
seller-followers = { $count ->
    [one] { $count } seguidor
    [many] { $count } seguidores
   *[other] { $count } seguidores
}
seller-described = Artículo según la descripción
seller-communication = Comunicación
seller-shipping-speed = Rapidez de envío

## Product page: gallery, buying, protection

gallery-label = Imágenes del producto
gallery-hint = Usa las flechas para cambiar de imagen e Intro para ampliarla.
gallery-prev = Imagen anterior
gallery-next = Imagen siguiente
tiers-range = { $min }–{ $max } uds.
tiers-open = { $min }+ uds.
buy-box-label = Cantidad y compra
quantity-label = Cantidad
quantity-decrease = Reducir la cantidad
quantity-increase = Aumentar la cantidad
stock-available = { $count ->
    [one] { $count } unidad disponible
    [many] { $count } de unidades disponibles
   *[other] { $count } unidades disponibles
}
stock-out = Agotado
unit-price-label = Precio por unidad
total-label = { $count ->
    [one] Total por { $count } unidad
    [many] Total por { $count } de unidades
   *[other] Total por { $count } unidades
}
variant-choose = Primero elige una opción en cada grupo.
variant-not-chosen = Sin elegir
add-to-cart = Añadir al carrito
buy-now = Comprar ahora
added-to-cart = Añadido a tu carrito.
shipping-route = De { $from } a { $to }
delivery-window = Entrega: { $dates }
shipping-untracked = Sin seguimiento
protection-title = Protección al comprador
protection-held = Retenemos tu pago y solo lo entregamos al vendedor cuando confirmas que el pedido llegó.
protection-refund = ¿No llegó o no es como se describía? Abre una disputa y recibe un reembolso total o parcial.
protection-arbitration = Si no llegas a un acuerdo con el vendedor, comparamos las fotos del anuncio con las tuyas y decidimos.
seller-visit = Visitar la tienda
similar-title = Artículos similares
more-from-store-title = Más de esta tienda
follow-store = Seguir
follow-following = Siguiendo
follow-failed = No se pudo guardar. Inténtalo de nuevo.

## Product page: report a listing

report-open = Denunciar este producto
report-title = Denunciar falsificación o infracción de propiedad intelectual
report-intro = Cuéntanos qué está mal en este anuncio. Revisamos cada denuncia; el vendedor no sabrá quién la envió.
report-reason-label = Motivo
report-reason-choose = Elige un motivo
report-reason-counterfeit = Falsificación de un producto de marca
report-reason-ip-infringement-trademark = Marca usada sin permiso
report-reason-ip-infringement-copyright = Fotos, textos o diseños copiados
report-reason-prohibited-item = Artículo cuya venta está prohibida
report-reason-misleading-listing = Título, fotos o descripción engañosos
report-reason-other = Otro motivo
report-details-label = ¿Qué está mal?
report-details-hint = Describe lo que notaste en { $min } a { $max } caracteres.
report-details-count = { $count } de { $max } caracteres
report-email-label = Tu correo electrónico (opcional)
report-email-hint = Solo si quieres que te contactemos sobre esta denuncia.
report-evidence-label = Fotos (opcional)
report-evidence-hint = { $count ->
    [one] Una foto como máximo
    [many] Hasta { $count } fotos
   *[other] Hasta { $count } fotos
}: JPEG, PNG o WebP, de { $max } MB como máximo cada una.
report-file-remove = Quitar la foto { $index }
report-submit = Enviar denuncia
report-sending = Enviando…
report-cancel = Cancelar
report-error-reason = Elige un motivo.
report-error-details-required = Describe el problema.
report-error-details-short = { $count ->
    [one] Escribe al menos { $count } carácter.
    [many] Escribe al menos { $count } caracteres.
   *[other] Escribe al menos { $count } caracteres.
}
report-error-details-long = { $count ->
    [one] Escribe como máximo { $count } carácter.
    [many] Escribe como máximo { $count } caracteres.
   *[other] Escribe como máximo { $count } caracteres.
}
report-error-email = Escribe un correo como nombre@ejemplo.com o deja el campo vacío.
report-error-evidence-count = { $count ->
    [one] Puedes adjuntar { $count } foto como máximo.
    [many] Puedes adjuntar { $count } fotos como máximo.
   *[other] Puedes adjuntar { $count } fotos como máximo.
}
report-error-file-large = Esta foto es demasiado grande: como máximo { $count } MB y 8192 píxeles por lado.
report-error-file-type = Este archivo no es una foto JPEG, PNG o WebP.
report-error-file-broken = No pudimos leer esta foto. Elige otro archivo.
report-error-field = Este valor no se aceptó.
report-done-title = Gracias, recibimos tu denuncia
report-done = El número de tu denuncia es { $reference }. Nuestro equipo revisará el anuncio.
report-close = Cerrar

## Reviews

reviews-title = Reseñas
reviews-filter-label = Filtrar reseñas
reviews-filter-all = Todas
reviews-filter-photos = Con fotos
reviews-filter-photos-count = Con fotos ({ $count })
reviews-filter-stars = { $stars ->
    [one] { $stars } estrella
    [many] { $stars } estrellas
   *[other] { $stars } estrellas
}
reviews-histogram-label = Valoraciones por estrellas
reviews-histogram-row = { $stars ->
    [one] { $stars } estrella
    [many] { $stars } estrellas
   *[other] { $stars } estrellas
}: { $count ->
    [one] { $count } reseña
    [many] { $count } de reseñas
   *[other] { $count } reseñas
}
reviews-empty = Todavía no hay reseñas.
reviews-filter-empty = Ninguna reseña coincide con este filtro.
reviews-more = Más reseñas
review-photo = Foto { $index } de { $total } de { $author }

## Results, filters, suggestions

sort-label = Ordenar por
sort-best-match = Más relevantes
sort-orders = Más pedidos
sort-price-asc = Precio: de menor a mayor
sort-price-desc = Precio: de mayor a menor
sort-newest = Más recientes
sort-rating = Mejor valorados
filters-title = Filtros
filters-title-count = Filtros ({ $count })
filters-close = Cerrar filtros
filters-clear = Quitar todos los filtros
filters-categories = Categorías
filters-price = Precio, { $currency }
price-min = Mín.
price-max = Máx.
price-apply = Aplicar
price-invalid = Escribe los precios como números, por ejemplo 12.50.
price-inverted = El precio mínimo es mayor que el máximo.
price-hint = Aquí, de { $min } a { $max }
price-invalid-hint = Corrige el rango de precios para ver productos.
filters-shipping = Envío y existencias
filter-free-shipping = Envío gratis
filter-in-stock = Disponible
filters-delivery = Plazo de entrega
filter-delivery-any = Cualquiera
filter-delivery-days = { $days ->
    [one] En { $days } día como máximo
    [many] En { $days } de días como máximo
   *[other] En { $days } días como máximo
}
filters-quality = Valoración
filter-rating-4 = 4 estrellas o más
filter-seller-95 = Vendedores con 95 % o más de valoraciones positivas
filters-ships-from = Se envía desde
filters-show = { $count ->
    [one] Ver { $count } producto
    [many] Ver { $count } de productos
   *[other] Ver { $count } productos
}
results-earlier = { $count ->
    [one] Mostrar resultados anteriores ({ $count } oculto)
    [many] Mostrar resultados anteriores ({ $count } ocultos)
   *[other] Mostrar resultados anteriores ({ $count } ocultos)
}
no-results-title = No encontramos productos
no-results-text = Revisa la ortografía, usa menos palabras o quita algunos filtros.
related-queries = Prueba estas búsquedas
related-categories = O explora estas categorías
suggestions-label = Sugerencias
suggestion-in = en { $category }

## Cart and account

cart-title = Carrito
cart-empty = Tu carrito está vacío
cart-items = { $count ->
    [one] { $count } artículo en tu carrito
    [many] { $count } artículos en tu carrito
   *[other] { $count } artículos en tu carrito
}
cart-empty-hint = Los artículos que añadas te esperarán aquí hasta que finalices la compra.
account-title = Cuenta
account-empty = Aquí aparecerán tus pedidos
account-empty-hint = Cuando hagas un pedido, desde esta página podrás seguirlo, confirmar la entrega y abrir disputas.

## Not found

not-found-title = Página no encontrada
not-found-text = La página que buscas no existe o se ha movido.

## Errors

error-title = Algo salió mal
error-generic = No pudimos cargar esto. Inténtalo de nuevo.
error-network = No hay conexión con la tienda. Comprueba tu conexión a internet e inténtalo de nuevo.
offline-banner = Estás sin conexión. Las páginas que visitaste y tu carrito siguen disponibles; los cambios se enviarán cuando vuelvas a tener conexión.
offline-action-needs-network = Esto necesita conexión con la tienda. Estás sin conexión: lo que escribiste se conserva; inténtalo de nuevo cuando vuelvas a estar en línea.
update-available = Hay una nueva versión disponible
update-reload = Recargar
error-malformed = La tienda envió una respuesta que no pudimos leer. Inténtalo de nuevo.
error-server = La tienda tiene problemas en este momento. Inténtalo de nuevo en un momento.
error-not-found = No encontramos lo que buscabas.
error-route-not-found = No encontramos lo que buscabas.
error-category-not-found = Esta categoría no existe.
error-product-not-found = Este producto no existe o ya no se vende.
error-seller-not-found = Este vendedor no existe.
error-image-not-found = Esta imagen no está disponible.
error-invalid-cursor = La lista ha cambiado desde que la abriste. Vuelve a cargarla.
error-invalid-parameter = Una parte de la solicitud no era válida.
error-method-not-allowed = Esta acción no es posible aquí.
error-validation-failed = Algunos campos necesitan revisión. Compruébalos e inténtalo de nuevo.
error-payload-too-large = El archivo es demasiado grande. Elige uno más pequeño.
error-unsupported-media-type = No se admite este tipo de archivo. Usa una foto JPEG, PNG o WebP.
error-idempotency-key-required = No se pudo enviar la solicitud de forma segura. Inténtalo de nuevo.
error-idempotency-key-reused = Esta solicitud ya se envió con otros datos. Recarga la página e inténtalo de nuevo.
error-internal = La tienda tiene problemas en este momento. Inténtalo de nuevo en un momento.
error-unknown = Ocurrió algo inesperado. Inténtalo de nuevo.

## Cart and checkout

cart-summary-label = Resumen del pedido
cart-summary-title = Resumen
# $count: pieces in the cart
cart-summary-items = { $count ->
    [one] Artículos ({ $count })
    [many] Artículos ({ $count })
   *[other] Artículos ({ $count })
}
cart-summary-shipping = Envío
cart-summary-seller-discounts = Cupones de vendedores
cart-summary-platform-discount = Cupón de la plataforma
cart-summary-total = Total a pagar
cart-charge-note = Los precios se muestran en la moneda que elegiste. La moneda y el importe del cobro se indican al pagar.
cart-checkout = Ir a pagar
cart-view = Ver carrito
cart-nothing-active = No hay artículos para pedir en tu carrito; los guardados están abajo.
cart-last-known = Mostramos tu carrito tal como se cargó la última vez.
cart-offline-blocked = No podrás hacer el pedido hasta que la tienda vuelva a estar disponible.
cart-offline-pending = Aún sin guardar: se guardará cuando vuelvas a tener conexión.
cart-added-offline = Añadido en este dispositivo: tu carrito se guardará cuando vuelvas a tener conexión.
cart-offline-added = { $count ->
    [one] { $count } artículo añadido sin conexión aparecerá aquí cuando vuelvas a estar en línea.
    [many] { $count } artículos añadidos sin conexión aparecerán aquí cuando vuelvas a estar en línea.
   *[other] { $count } artículos añadidos sin conexión aparecerán aquí cuando vuelvas a estar en línea.
}
cart-not-ready = Algunos artículos no se pueden pedir así. Corrige las líneas marcadas para continuar.
cart-seller-subtotal = Subtotal del vendedor
cart-shipping-method = Método de envío
cart-shipping-free = Gratis
# $carrier: carrier name; $cost: price or "Free"; $window: delivery dates
cart-shipping-option = { $carrier } · { $cost } · entrega { $window }
cart-no-shipping = Este vendedor no envía estos artículos al país elegido.
# $price: price of one piece at this quantity
cart-unit-price = { $price } por unidad
cart-tier-applied = Precio mayorista
# $amount: coupon discount on the line
cart-line-discount = Cupón −{ $amount }
cart-save-for-later = Guardar para después
cart-move-to-cart = Mover al carrito
cart-remove = Eliminar
cart-change-variant = Cambiar
cart-variant-label = Variante
# $title: product title
cart-removed = Se eliminó «{ $title }».
cart-undo = Deshacer
cart-saved-title = Guardado para después
cart-problem-out-of-stock = Agotado
# $stock: pieces left
cart-problem-over-stock = { $stock ->
    [one] Solo queda { $stock } unidad: reduce la cantidad.
    [many] Solo quedan { $stock } unidades: reduce la cantidad.
   *[other] Solo quedan { $stock } unidades: reduce la cantidad.
}
cart-problem-gone = Este producto ya no se vende.
cart-problem-not-shipped = Este artículo no se envía al país elegido.
cart-problem-unknown = Este artículo no se puede pedir ahora.
# $count: pieces
cart-items-short = { $count ->
    [one] { $count } artículo
    [many] { $count } artículos
   *[other] { $count } artículos
}
drawer-close = Cerrar carrito
coupon-title = Cupones
coupon-label = Código de cupón
coupon-apply = Aplicar
coupon-order-note = Primero se aplican los cupones de vendedores, cada uno a los artículos de su vendedor; después, un cupón de la plataforma a todo el pedido.
coupon-enter-code = Introduce un código de cupón.
coupon-not-added = Este código ya está aplicado o ya aplicaste el máximo de códigos permitido.
# $amount: discount
coupon-applied = Aplicado: −{ $amount }
# $code: coupon code
coupon-remove = Quitar el cupón { $code }
coupon-coupon-not-found = No existe ningún cupón con este código.
coupon-coupon-expired = Este cupón ha caducado.
coupon-lapsed = El cupón { $code } ha caducado y se ha quitado de tu carrito.
# $min: minimum order
coupon-coupon-min-not-met = Este cupón requiere un pedido mínimo de { $min }.
coupon-coupon-not-applicable = Este cupón no se aplica a ningún artículo de tu carrito.
coupon-coupon-one-platform-only = Solo se puede usar un cupón de la plataforma por pedido.
coupon-unknown = Este cupón no se puede usar.
checkout-title = Finalizar compra
checkout-steps-label = Pasos de la compra
checkout-step-address = Dirección de entrega
checkout-step-shipping = Envío
checkout-step-payment = Pago
checkout-step-review = Revisar y pagar
checkout-sign-in = Inicia sesión o regístrate para continuar
checkout-sign-in-note = Tu carrito se conserva: después de iniciar sesión sigues justo aquí.
checkout-address-add = Añadir una dirección nueva
checkout-continue = Continuar
checkout-address-save-continue = Guardar dirección y continuar
checkout-address-choose = Elige una dirección de entrega para continuar.
checkout-back = Atrás
checkout-back-to-cart = Volver al carrito
checkout-buy-now-note = Estás comprando solo este artículo: tu carrito queda como está.
checkout-buy-now-cart = Pagar el carrito en su lugar
checkout-change = Cambiar
checkout-change-payment = Elegir otro método de pago
# $seller: seller name
checkout-seller = Pedido a { $seller }
# $carrier: carrier name
checkout-shipping-by = Envío con { $carrier }:
checkout-seller-coupon = Cupón del vendedor:
checkout-platform-share = Cupón de la plataforma, parte de este pedido:
checkout-order-total = Total del pedido:
# $method: payment method name
checkout-wallet-note = Después de hacer el pedido irás a la página de { $method } para confirmar el pago y luego volverás aquí.
# $amount: amount charged; $currency: currency name
checkout-charge = Se te cobrará { $amount } ({ $currency }).
checkout-hold-note = Tu pago queda retenido y solo se entrega al vendedor cuando confirmes que recibiste tu pedido.
checkout-place = Hacer el pedido
checkout-placing = Haciendo tu pedido…
checkout-confirm-again = El nuevo total aparece en el resumen. Revísalo y pulsa de nuevo «Hacer el pedido» para pagarlo.
checkout-declined-kept = No se ha cobrado nada y tu carrito sigue igual.
complete-pay-again = Pagar el pedido { $number } con otro método
checkout-card-again = Vuelve a introducir los datos de tu tarjeta.
card-number = Número de tarjeta
card-exp-month = Mes de caducidad (MM)
card-exp-year = Año de caducidad (AA)
card-cvc = Código de seguridad (CVC)
card-holder = Nombre en la tarjeta
card-test-note = Esta tienda usa un proveedor de pagos de prueba: no se cobra dinero real.
card-error-required = Introduce el número de la tarjeta.
card-error-number = Este número de tarjeta no es válido. Revisa los dígitos.
card-error-month = Introduce el mes como un número del 1 al 12.
card-error-year = Introduce el año con dos o cuatro dígitos.
card-error-expired = Esta tarjeta ha caducado.
card-error-cvc = Introduce los 3 o 4 dígitos del reverso de la tarjeta.
card-error-holder = Introduce el nombre tal como aparece en la tarjeta.
card-error-server = Revisa este campo.
payment-method-card = Tarjeta bancaria
payment-method-qiwi = Monedero QIWI
payment-method-webmoney = Monedero WebMoney
payment-method-boleto = Boleto bancario (Brasil)
payment-method-other = Otro método de pago
payment-declined-card-declined = Tu banco rechazó la tarjeta. Prueba con otra tarjeta u otro método de pago.
payment-declined-insufficient-funds = La tarjeta no tiene fondos suficientes. Prueba con otra tarjeta u otro método de pago.
payment-declined-declined-by-buyer = El pago se canceló en la página de pago.
payment-declined-unknown = El pago fue rechazado.
complete-title = Gracias, tu pedido está hecho
# $count: number of orders
complete-orders = { $count ->
    [1] Tu pedido, de un solo vendedor:
    [one] Tu compra se dividió en { $count } pedido, uno por vendedor:
    [many] Tu compra se dividió en { $count } pedidos, uno por vendedor:
   *[other] Tu compra se dividió en { $count } pedidos, uno por vendedor:
}
complete-charged = Cobrado
complete-hold-title = Tu pago está retenido
complete-hold-text = Guardamos tu dinero y solo se lo pagamos al vendedor cuando confirmes que recibiste lo que pediste. Si algo va mal, puedes abrir una disputa y recibir un reembolso.
complete-see-orders = Ver mis pedidos
complete-waiting-title = Esperando tu confirmación
complete-waiting = El pago aún no está confirmado. Complétalo en la página de pago.
complete-continue-payment = Ir a la página de pago
complete-declined-title = El pago no se completó

## Account

account-sign-in-link = Iniciar sesión
account-link-label = Cuenta: { $name }
account-signin-title = Inicia sesión o crea una cuenta
account-modes-label = Iniciar sesión o registrarse
account-signin-tab = Iniciar sesión
account-register-tab = Registrarse
account-name-label = Tu nombre
account-email-label = Correo electrónico
account-password-label = Contraseña
account-password-show = Mostrar contraseña
account-password-hint = { $count ->
    [one] Al menos { $count } carácter.
    [many] Al menos { $count } de caracteres.
   *[other] Al menos { $count } caracteres.
}
account-signin-submit = Iniciar sesión
account-register-submit = Crear cuenta
account-signin-instead = Iniciar sesión
account-working = Espera…
account-retry-seconds = { $count ->
    [one] Vuelve a intentarlo dentro de { $count } segundo.
    [many] Vuelve a intentarlo dentro de { $count } de segundos.
   *[other] Vuelve a intentarlo dentro de { $count } segundos.
}
account-retry-minutes = { $count ->
    [one] Vuelve a intentarlo dentro de { $count } minuto.
    [many] Vuelve a intentarlo dentro de { $count } de minutos.
   *[other] Vuelve a intentarlo dentro de { $count } minutos.
}
account-field-required = Rellena este campo.
account-field-too-short = { $count ->
    [one] Demasiado corto: usa al menos { $count } carácter.
    [many] Demasiado corto: usa al menos { $count } de caracteres.
   *[other] Demasiado corto: usa al menos { $count } caracteres.
}
account-field-too-long = { $count ->
    [one] Demasiado largo: usa como máximo { $count } carácter.
    [many] Demasiado largo: usa como máximo { $count } de caracteres.
   *[other] Demasiado largo: usa como máximo { $count } caracteres.
}
account-field-email-malformed = Escribe un correo como nombre@ejemplo.com.
account-field-phone-malformed = Escribe un teléfono de al menos 5 dígitos; se admiten espacios, +, - y paréntesis.
account-field-malformed = Revisa este valor.
account-field-country-not-shipped = No realizamos envíos a este país.
account-field-postal-code-format = No es un código postal del país elegido; mira el ejemplo de arriba.
account-details-title = Tus datos
account-sign-out = Cerrar sesión
account-addresses-title = Libreta de direcciones
account-addresses-empty = Aún no tienes direcciones guardadas.
account-address-add = Añadir una dirección
account-address-new-title = Nueva dirección
account-address-edit-title = Editar dirección
account-address-edit = Editar
account-address-edit-label = Editar la dirección de { $name }
account-address-delete = Eliminar
account-address-delete-label = Eliminar la dirección de { $name }
account-address-delete-confirm = ¿Eliminar esta dirección?
account-address-delete-yes = Sí, eliminar
account-address-delete-no = Conservarla
account-address-default = Dirección predeterminada
account-address-make-default = Hacer predeterminada
account-address-default-check = Usar como mi dirección predeterminada
account-address-save = Guardar dirección
account-address-saved = Dirección guardada.
account-address-deleted = Dirección eliminada.
account-cancel = Cancelar
account-recipient-label = Nombre completo del destinatario
account-recipient-hint = Como figura en tu documento de identidad, para la aduana.
account-phone-label = Teléfono
account-phone-hint = El mensajero llamará a este número para la entrega.
account-country-label = País
account-country-choose = Elige un país
account-region-label = Región, estado o provincia (opcional)
account-city-label = Ciudad
account-street-label = Calle, número y piso
account-postal-label = Código postal
account-postal-hint = Por ejemplo: { $example }
account-postal-hint-other = De 2 a 12 letras o dígitos; se admiten espacios y guiones.

## Orders

orders-title = Mis pedidos
account-orders-link = Mis pedidos
account-disputes-link = Mis disputas
account-wishlist-link = Mis favoritos
account-following-link = Tiendas que sigo
wishlist-title = Favoritos
wishlist-signin-note = Inicia sesión para tener tus favoritos en todos tus dispositivos.
wishlist-empty = Tu lista de favoritos está vacía. Toca el corazón de un producto para guardarlo aquí.
wishlist-price-dropped = Bajó de precio
wishlist-price-when-added = Al añadirlo:
wishlist-out-of-stock = Agotado
wishlist-gone = Ya no está disponible
wishlist-remove-button = Quitar
wishlist-remove-label = Quitar «{ $title }» de favoritos
wishlist-removed = Quitado de favoritos.
wishlist-added-to-cart = Añadido al carrito.
following-title = Tiendas que sigo
following-empty = Todavía no sigues ninguna tienda. Toca «Seguir» en una tienda para verla aquí.
buy-again = Volver a comprar
buy-again-added = { $count ->
    [one] { $count } artículo añadido al carrito.
    [many] { $count } artículos añadidos al carrito.
   *[other] { $count } artículos añadidos al carrito.
}
buy-again-nothing = Ninguno de estos artículos se puede comprar ahora.
buy-again-price-changed = «{ $title }»: el precio cambió de { $then } a { $now }.
buy-again-out-of-stock = «{ $title }» está agotado.
buy-again-gone = «{ $title }» ya no está disponible.
orders-tabs-label = Pedidos por estado
orders-tab-all = Todos
orders-tab-awaiting-payment = Pendientes de pago
orders-tab-awaiting-shipment = Pendientes de envío
orders-tab-shipped = Enviados
orders-tab-awaiting-confirmation = Pendientes de confirmación
orders-tab-completed = Completados
orders-tab-in-dispute = En disputa
orders-empty = Todavía no hay pedidos aquí.
orders-show-more = Mostrar más pedidos
orders-back = Volver a mis pedidos
order-page-title = Pedido
order-title = Pedido { $reference }
order-state-pending-payment = Pendiente de pago
order-state-paid-held = Pagado, pendiente de envío
order-state-shipped = Enviado
order-state-delivered = Entregado
order-state-completed = Completado
order-state-cancelled = Cancelado
order-state-unknown = Estado desconocido
order-state-in-dispute = En disputa
hold-title = Tu pago
hold-pending = { $amount } — aún sin pagar
hold-held = { $amount } retenidos — todavía no se han pagado al vendedor
hold-frozen = { $amount } congelados mientras la disputa está abierta — no se pagan al vendedor
hold-released = { $amount } liberados al vendedor
hold-refunded = { $amount } reembolsados a ti
hold-partially-refunded = { $amount } reembolsados a ti, { $price } liberados al vendedor
hold-voided = El pago no se completó: no se ha cobrado nada.
hold-unknown = Ahora mismo no se conoce el estado de tu pago.
hold-paid = Pagaste
hold-still-held = Aún retenido
hold-to-seller = Liberado al vendedor
hold-to-you = Reembolsado a ti
countdown-days-left = { $days ->
    [one] Queda { $days } día
    [many] Quedan { $days } días
   *[other] Quedan { $days } días
}
countdown-hours-left = { $count ->
    [one] Queda { $count } hora
    [many] Quedan { $count } horas
   *[other] Quedan { $count } horas
}
countdown-minutes-left = { $count ->
    [one] Queda { $count } minuto
    [many] Quedan { $count } minutos
   *[other] Quedan { $count } minutos
}
countdown-auto-confirm-at = Se confirmará automáticamente el { $dates }
countdown-protection-ends-at = La protección al comprador termina el { $dates }
countdown-deadline-at = Plazo: { $dates }
countdown-effect-complete-release = Entonces el pedido se completará solo y el dinero retenido irá al vendedor.
countdown-effect-unknown = Entonces el pedido avanzará por sí solo.
countdown-passed-complete-release = El plazo ha vencido: el pedido se completa y el dinero va al vendedor.
countdown-passed-unknown = El plazo ha vencido.
order-timeline-title = Qué ha pasado
order-tracking-number = Número de seguimiento
order-tracking-copy = Copiar
order-tracking-copied = Número de seguimiento copiado
order-tracking-copy-failed = No se pudo copiar: selecciona el número y cópialo a mano.
order-delivery-title = Entrega
order-ships-within = { $days ->
    [one] El vendedor envía en { $days } día tras el pago.
    [many] El vendedor envía en { $days } días tras el pago.
   *[other] El vendedor envía en { $days } días tras el pago.
}
order-delivery-estimate = Entrega estimada: { $dates }
order-delivery-carrier = Transportista: { $carrier }
order-totals-title = Pago
order-totals-coupons = Cupones
order-totals-paid = Pagaste
order-totals-refunded = Reembolsado a ti
order-totals-net = Pagado tras reembolsos
order-lines-title = Artículos
order-line-quantity = { $count ->
    [one] { $count } unidad
    [many] { $count } unidades
   *[other] { $count } unidades
}
order-address-title = Dirección de entrega
actor-buyer = Tú
actor-seller = Vendedor
actor-system = Storefront (sistema)
actor-carrier = Transportista
actor-unknown = Alguien
event-placed = Pedido realizado
event-paid-held = Pagaste { $amount }: el dinero está retenido, no se ha pagado al vendedor
event-shipped = El vendedor lo envió con { $carrier }
event-tracking = Actualización de seguimiento
event-delivered = Entregado
event-receipt-confirmed = Confirmaste la recepción
event-auto-confirmed = Confirmado automáticamente: venció el plazo
event-released = { $amount } liberados al vendedor
event-cancelled = Pedido cancelado
event-refunded = { $amount } reembolsados a ti
event-extension-requested = { $days ->
    [one] Pediste { $days } día más de protección
    [many] Pediste { $days } días más de protección
   *[other] Pediste { $days } días más de protección
}
event-extension-granted = { $days ->
    [one] El vendedor añadió { $days } día de protección; ahora termina el { $to }
    [many] El vendedor añadió { $days } días de protección; ahora termina el { $to }
   *[other] El vendedor añadió { $days } días de protección; ahora termina el { $to }
}
event-extension-refused = { $days ->
    [one] El vendedor rechazó { $days } día más de protección
    [many] El vendedor rechazó { $days } días más de protección
   *[other] El vendedor rechazó { $days } días más de protección
}
event-feedback-left = Dejaste una valoración
event-dispute-opened = Disputa abierta: el dinero está congelado
event-dispute-closed = Disputa cerrada
event-unknown = Pedido actualizado
tracking-accepted-by-carrier = Aceptado por el transportista
tracking-departed-sorting-centre = Salió del centro de clasificación
tracking-in-transit = En tránsito
tracking-arrived-destination-country = Llegó al país de destino
tracking-customs-cleared = Despachado en aduana
tracking-arrived-local-facility = En la oficina de reparto local
tracking-out-for-delivery = En reparto
tracking-unknown = Actualización de seguimiento
order-actions-label = Qué puedes hacer
action-confirm-receipt = Confirmar recepción
action-cancel-order = Cancelar pedido
action-open-dispute = Abrir una disputa
action-request-extension = Pedir más tiempo
extension-days-label = Ampliar la protección
extension-days-option = { $days ->
    [one] { $days } día
    [many] { $days } días
   *[other] { $days } días
}
extension-pending = { $days ->
    [one] Pediste { $days } día más; esperando la respuesta del vendedor.
    [many] Pediste { $days } días más; esperando la respuesta del vendedor.
   *[other] Pediste { $days } días más; esperando la respuesta del vendedor.
}
extension-granted = { $days ->
    [one] El vendedor amplió tu protección { $days } día.
    [many] El vendedor amplió tu protección { $days } días.
   *[other] El vendedor amplió tu protección { $days } días.
}
extension-refused = { $days ->
    [one] El vendedor no quiso ampliar tu protección { $days } día.
    [many] El vendedor no quiso ampliar tu protección { $days } días.
   *[other] El vendedor no quiso ampliar tu protección { $days } días.
}
extension-unknown = Tu solicitud de ampliación ya tiene respuesta.
confirm-dialog-title = ¿Confirmas que recibiste el pedido?
confirm-dialog-text = Se pagarán { $amount } al vendedor.
confirm-dialog-warning = Tu protección al comprador termina: ya no podrás abrir una disputa por este pedido. Confirma solo si todo llegó como se describía.
confirm-dialog-ok = Sí, pagar al vendedor
confirm-dialog-keep = Todavía no
cancel-dialog-title = ¿Cancelar este pedido?
cancel-dialog-text = El vendedor aún no lo ha enviado. Recuperas { $amount } íntegramente.
cancel-dialog-ok = Cancelar el pedido
cancel-dialog-keep = Mantener el pedido
order-done-confirmed = Recepción confirmada. El dinero se ha pagado al vendedor.
order-done-cancelled = Pedido cancelado. Se te reembolsa el importe completo.
order-done-extension = Solicitud enviada. El vendedor responderá; hasta entonces tu plazo no cambia.
order-done-feedback = ¡Gracias por tu valoración!
order-done-paid = Pagado. El dinero queda retenido hasta que confirmes que recibiste tu pedido.
order-pay-again-unavailable = Este pedido ya no se puede volver a pagar (se acabó el plazo o un artículo está agotado). Este es su estado actual.
order-pay-again-title = Volver a pagar
order-pay-again-text = El pago fue rechazado, así que este pedido se canceló. Puedes pagarlo con otro método hasta el { $date }.
order-pay-again-submit = Volver a pagar
order-changed = Este pedido ha cambiado mientras tanto. Este es su estado actual: revísalo y vuelve a intentarlo.
order-not-allowed = Esto ya no es posible para este pedido. Este es su estado actual.
feedback-title = Valora este pedido
feedback-yours = Tu valoración
feedback-item-as-described = Artículo según la descripción
feedback-communication = Comunicación
feedback-shipping-speed = Rapidez del envío
feedback-stars = { $count ->
    [one] { $count } estrella
    [many] { $count } estrellas
   *[other] { $count } estrellas
}
feedback-text-label = Tu reseña (opcional)
feedback-text-count = { $count } de { $max } caracteres
feedback-public-note = Tus estrellas de «Artículo según la descripción» y tu reseña se publican en la página del producto, firmadas con la primera y la última letra de tu nombre.
feedback-stars-required = Valora los tres aspectos: artículo, comunicación y rapidez del envío.
feedback-submit = Enviar valoración

## Account and checkout errors

error-email-taken = Ya existe una cuenta con este correo. Inicia sesión o usa otro correo.
error-invalid-credentials = El correo o la contraseña no son correctos.
error-too-many-attempts = Demasiados intentos fallidos de inicio de sesión. Espera un poco y vuelve a intentarlo.
error-rate-limited = Demasiadas solicitudes desde esta conexión. Espera un poco y vuelve a intentarlo.
error-server-busy = La tienda está ocupada en este momento. Vuelve a intentarlo en unos segundos.
error-unauthenticated = Inicia sesión para continuar.
error-address-not-found = Esta dirección ya no existe.
error-order-not-found = No encontramos este pedido.
error-payment-not-found = No encontramos este pago.
error-price-changed = Los precios de tu carrito han cambiado. Revisa el nuevo total antes de pagar.
error-out-of-stock = Algunos artículos de tu carrito ya no tienen existencias en esta cantidad.
error-cart-empty = Tu carrito está vacío.
error-shipping-unavailable = Algunos artículos no se pueden enviar a esta dirección.
error-payment-declined = El pago fue rechazado. No se ha cobrado nada.
error-payment-not-pending = Este pago ya se completó o se canceló.
error-precondition-required = Vuelve a cargar este pedido e inténtalo de nuevo.
error-precondition-failed = Este pedido ha cambiado mientras tanto. Hemos cargado su estado actual: revísalo e inténtalo de nuevo.
error-illegal-transition = Esta acción ya no es posible para el pedido en su estado actual.
error-dispute-not-found = No hemos encontrado esta disputa.
error-dispute-already-open = Este artículo ya tiene una disputa abierta. Puedes seguirla desde la página del pedido.
error-dispute-window-closed = Ya no se puede abrir una disputa para este pedido: aún no se ha enviado, ya está finalizado o su protección al comprador ha terminado.
error-conversation-not-found = No encontramos esta conversación.
error-notification-not-found = No encontramos esta notificación.

## Inbox

inbox-contact-seller = Contactar al vendedor
inbox-messages-title = Mensajes
inbox-notifications-title = Notificaciones
inbox-mark-all-read = Marcar todo como leído
inbox-notifications-empty = Aún no hay notificaciones. Te avisaremos aquí cuando tus pedidos avancen.
inbox-messages-empty = Aún no hay mensajes. Pregunta a un vendedor con «Contactar al vendedor» en la página de un producto o pedido.
inbox-unread = Sin leer
inbox-unread-count = Sin leer: { $count }
inbox-about-order = Pedido { $order }
inbox-back-to-messages = Todos los mensajes
inbox-message-label = Mensaje
inbox-message-placeholder = Escribe un mensaje…
inbox-add-photos = Añadir fotos (hasta 3)
inbox-remove-photo = Quitar la foto { $name }
inbox-photo-refused = No se pudieron añadir algunas fotos: hasta 3 fotos JPEG, PNG o WebP de 10 MB como máximo cada una.
inbox-photo-alt = Foto adjunta al mensaje
inbox-send = Enviar
inbox-sending = Enviando…
inbox-failed-retry = Error — reintentar
inbox-seller-answers-soon = El vendedor suele responder en pocas horas.
inbox-n-order-paid = Recibimos el pago del pedido { $order }. El vendedor lo está preparando.
inbox-n-order-shipped = El pedido { $order } se ha enviado. Número de seguimiento: { $tracking }
inbox-n-order-delivered = El pedido { $order } se ha entregado.
inbox-n-protection-ending = La protección al comprador del pedido { $order } termina en 3 días: confirma la recepción o abre una disputa.
inbox-n-auto-confirmed = El pedido { $order } se confirmó automáticamente y el pago se liberó al vendedor.
inbox-n-dispute-answered = El vendedor respondió a tu disputa del pedido { $order }.
inbox-n-dispute-decided = Se tomó una decisión en tu disputa del pedido { $order }.
inbox-n-message-reply = { $seller } respondió a tu mensaje.
inbox-n-price-dropped = Bajó de precio: { $title } ahora cuesta { $price } (antes { $was }).
inbox-n-unknown = Hay novedades en tu cuenta.

## Disputes

dispute-form-title = Abrir una disputa
dispute-page-title = Disputa
disputes-title = Mis disputas
disputes-empty = No tienes disputas.
disputes-to-orders = Ir a mis pedidos
disputes-opened-on = Abierta el { $dates }
disputes-all-link = Todas mis disputas
dispute-back-to-order = Volver al pedido
dispute-form-intro = Cuéntanos qué salió mal. Tu dinero sigue congelado, sin pagarse al vendedor, hasta que termine la disputa.
dispute-form-not-possible = Ahora no se puede abrir una disputa para este pedido: aún no se ha enviado, ya hay una disputa abierta o su protección al comprador ha terminado.
dispute-view-link = Ver la disputa
dispute-form-order-changed = Este pedido ha cambiado mientras tanto. Hemos cargado su estado actual: revisa el formulario y envíalo de nuevo.
dispute-line-label = ¿De qué artículo se trata?
dispute-item-label = El artículo de la disputa
dispute-choose = Elige…
dispute-received-label = ¿Llegó el paquete?
dispute-received-yes = Sí, el paquete llegó
dispute-received-no = No, el paquete no llegó
dispute-reason-label = ¿Qué salió mal?
dispute-reason-not-as-described = No es como se describía
dispute-reason-wrong-size-colour-material = Talla, color o material incorrectos
dispute-reason-poor-quality = Mala calidad
dispute-reason-doesnt-work = No funciona
dispute-reason-counterfeit = Falsificación
dispute-reason-damaged = Dañado
dispute-reason-empty-parcel = Paquete vacío
dispute-reason-short-quantity = Menos artículos de los pedidos
dispute-reason-still-in-transit = Sigue en tránsito
dispute-reason-held-at-customs = Retenido en aduanas
dispute-reason-no-tracking = Sin información de seguimiento
dispute-reason-returned-to-sender = Devuelto al remitente
dispute-reason-wrong-address = Entregado en una dirección equivocada
dispute-reason-unknown = Otro motivo
dispute-outcome-label = ¿Qué te gustaría?
dispute-outcome-full-refund = Reembolso total
dispute-outcome-partial-refund = Reembolso parcial
dispute-outcome-return-and-refund = Devolver el artículo con reembolso total
dispute-outcome-resend = El vendedor envía el artículo otra vez gratis
dispute-outcome-no-refund = Sin reembolso
dispute-outcome-unknown = Otra solución
dispute-amount-label = Importe del reembolso ({ $currency })
dispute-amount-hint = Más de cero y menos de { $max }.
dispute-description-label = Describe el problema
dispute-description-hint = Entre { $min } y { $max } caracteres. ¿Qué esperabas y qué recibiste?
dispute-description-count = { $count } de { $max } caracteres
dispute-photos-label = Fotos
dispute-photos-required-hint = Para este motivo se necesita al menos una foto.
dispute-photos-optional-hint = Las fotos ayudan al vendedor y a la plataforma a entender el problema.
dispute-photos-limits = { $count ->
    [one] Hasta { $count } foto
    [many] Hasta { $count } fotos
   *[other] Hasta { $count } fotos
} (JPEG, PNG o WebP), de { $max } MB como máximo cada una; las fotos grandes se reducen antes de subirlas.
dispute-photos-preparing = Tus fotos aún se están preparando. Espera un momento y envía de nuevo.
dispute-photo-preparing = Preparando…
dispute-photo-ready = Lista para subir
dispute-photo-scaled = Reducida para subirla
dispute-photo-uploading = Subiendo { $name }
dispute-photo-sent = Subida
dispute-photo-retry = Reintentar la subida
dispute-photo-remove = Quitar la foto { $index }
dispute-submit = Abrir la disputa
dispute-sending = Enviando…
dispute-error-line = Elige el artículo de la disputa.
dispute-error-received = Indica si el paquete llegó.
dispute-error-reason = Elige qué salió mal.
dispute-error-outcome = Elige qué te gustaría.
dispute-error-amount = Escribe el importe del reembolso como número, por ejemplo 12,50.
dispute-error-amount-range = El importe debe ser mayor que cero y menor que { $max }.
dispute-error-description = Describe el problema.
dispute-error-description-short = { $count ->
    [one] Escribe al menos { $count } carácter.
    [many] Escribe al menos { $count } caracteres.
   *[other] Escribe al menos { $count } caracteres.
}
dispute-error-description-long = { $count ->
    [one] Escribe como máximo { $count } carácter.
    [many] Escribe como máximo { $count } caracteres.
   *[other] Escribe como máximo { $count } caracteres.
}
dispute-error-photos-required = Añade al menos una foto para este motivo.
dispute-error-photos-count = { $count ->
    [one] Puedes añadir como máximo { $count } foto.
    [many] Puedes añadir como máximo { $count } fotos.
   *[other] Puedes añadir como máximo { $count } fotos.
}
dispute-error-file-large = Este archivo pesa más de { $count } MB.
dispute-error-file-type = Este archivo no es una foto en formato JPEG, PNG o WebP.
dispute-error-file-broken = No se pudo leer esta foto. Prueba con otra.
dispute-error-file-network = La subida no se completó. Revisa tu conexión y vuelve a intentarlo.
dispute-error-field = Revisa este campo.
dispute-title = Disputa sobre { $title }
dispute-order-ref = Pedido { $reference }
dispute-state-awaiting-seller = Esperando al vendedor
dispute-state-negotiating = En negociación
dispute-state-escalated = En revisión
dispute-state-resolved = Resuelta
dispute-state-cancelled = Cancelada
dispute-state-unknown = En curso
dispute-banner-your-action = Necesitamos tu respuesta: el vendedor ha contestado.
dispute-banner-waiting-seller = Esperando la respuesta del vendedor.
dispute-banner-under-review = En revisión: la plataforma está comparando el anuncio con tus fotos.
dispute-banner-resolved = Esta disputa está resuelta.
dispute-banner-cancelled = Cancelaste esta disputa.
dispute-deadlines-label = Plazos
dispute-deadline-seller-reply = El vendedor debe responder antes del { $dates }
dispute-deadline-escalation = Puedes pedir que decida la plataforma a partir del { $dates }
dispute-deadline-return-shipment = Envía la devolución antes del { $dates }
dispute-deadline-return-receipt = El vendedor confirma la devolución antes del { $dates }
dispute-deadline-redelivery = El artículo debe entregarse de nuevo antes del { $dates }
dispute-deadline-decision = La plataforma decide antes del { $dates }
dispute-deadline-passed = Se acabó el plazo
dispute-effect-accept-buyer = Si el vendedor no responde, se acepta tu solicitud.
dispute-effect-escalation = Después podrás pedir que decida la plataforma.
dispute-effect-close-seller = Si la devolución no se envía a tiempo, la disputa se cierra a favor del vendedor.
dispute-effect-refund-buyer = Después recibirás el reembolso total.
dispute-effect-resume-order = Después el pedido sigue como de costumbre.
dispute-effect-platform-decides = Luego se aplica la decisión: un reembolso para ti o el pago al vendedor.
dispute-decision-title = Decisión
dispute-decision-amount = Reembolso: { $amount }
dispute-decision-by = Decidido por: { $name }
dispute-rationale-seller-silent = El vendedor no respondió a tiempo, así que se aceptó tu solicitud.
dispute-rationale-accepted = Una parte aceptó la propuesta de la otra.
dispute-rationale-evidence-supports = Las fotos respaldan tu reclamación.
dispute-rationale-partial-evidence = Las fotos respaldan tu reclamación en parte.
dispute-rationale-return-not-shipped = La devolución no se envió a tiempo.
dispute-rationale-other = El caso se decidió según las pruebas aportadas.
dispute-hold-line = { $amount } retenidos, sin pagar al vendedor. Se pueden reembolsar como máximo { $max }.
dispute-hold-refunded = Se te reembolsaron { $amount }.
dispute-hold-released = Se pagaron { $amount } al vendedor.
dispute-proposals-title = Propuestas
dispute-proposal-amount = { $title } de { $amount }
dispute-party-buyer = Tú
dispute-party-seller = Vendedor
dispute-party-platform = Plataforma
dispute-party-system = Automáticamente
dispute-party-unknown = Alguien
dispute-accept = Aceptar esta propuesta
dispute-decline = Rechazar
dispute-decline-title = Rechazar la propuesta del vendedor
dispute-next-title = ¿Y ahora qué?
dispute-escalate-text = ¿No os ponéis de acuerdo? La plataforma compara las fotos del anuncio con las tuyas y decide.
dispute-escalate = Pedir que decida la plataforma
dispute-escalate-later = Podrás pedir que decida la plataforma cuando pase el plazo indicado arriba. Mientras tanto puedes hacer otra propuesta.
dispute-counter-label = Proponer otra cosa
dispute-counter-message = Mensaje para el vendedor (opcional)
dispute-counter-send = Enviar mi propuesta
dispute-done-accepted = Aceptaste la propuesta.
dispute-done-escalated = Ahora la plataforma revisará el caso.
dispute-done-cancelled = La disputa está cancelada.
dispute-done-countered = Tu propuesta se envió al vendedor.
dispute-done-message = Tu mensaje se envió.
dispute-done-return = El número de seguimiento se envió al vendedor.
dispute-changed = Esta disputa ha cambiado mientras tanto. Hemos cargado su estado actual: revísala y vuelve a intentarlo.
dispute-not-allowed = Esta acción ya no es posible en el estado actual de la disputa.
dispute-return-title = Devolver el artículo
dispute-return-address = Devuelve el artículo a { $seller }; el vendedor paga el envío de la devolución.
dispute-return-due = Envíalo antes del { $dates }
dispute-return-shipped = Enviado, número de seguimiento:
dispute-return-received = El vendedor ha recibido la devolución.
dispute-return-carrier = Transportista
dispute-return-tracking = Número de seguimiento
dispute-return-invalid = Indica el transportista y un número de seguimiento de 4 a 40 caracteres.
dispute-return-send = Enviar el número de seguimiento
dispute-compare-title = El anuncio y tus fotos
dispute-compare-listing = Fotos del anuncio
dispute-compare-yours = Tus fotos
dispute-compare-snapshot-note = Tal como era el anuncio cuando compraste.
dispute-compare-current-note = Las fotos actuales del anuncio (pueden haber cambiado desde tu compra).
dispute-compare-no-photos = No añadiste fotos.
dispute-photo-zoom = { $title }, foto { $index }
dispute-zoom-keys = Flechas: foto siguiente o anterior. Escape: cerrar.
dispute-zoom-close = Cerrar
dispute-messages-title = Mensajes
dispute-messages-empty = Aún no hay mensajes.
dispute-message-label = Escribe al vendedor
dispute-message-send = Enviar el mensaje
dispute-claim-title = Tu reclamación
dispute-history-title = Historial
dispute-event-opened = Disputa abierta
dispute-event-proposed = Propuesta
dispute-event-accepted = Propuesta aceptada
dispute-event-rejected = El vendedor rechazó la reclamación
dispute-event-auto-accepted = El vendedor no respondió a tiempo: tu solicitud se mantiene
dispute-event-escalated = Enviada a la plataforma para que decida
dispute-event-decided = La plataforma decidió
dispute-event-message = Mensaje
dispute-event-return-shipped = Devolución enviada
dispute-event-return-received = Devolución recibida por el vendedor
dispute-event-return-expired = La devolución no se envió a tiempo
dispute-event-resent = El vendedor envió el artículo otra vez
dispute-event-redelivered = El artículo se entregó de nuevo
dispute-event-refunded = Dinero devuelto a ti
dispute-event-released = Dinero pagado al vendedor
dispute-event-cancelled = Disputa cancelada
dispute-event-unknown = Actualización
dispute-cancel-title = Cancelar la disputa
dispute-cancel-text = Si el problema está resuelto, puedes retirar la disputa. El pedido seguirá como de costumbre.
dispute-cancel = Cancelar la disputa
dispute-cancel-ok = Sí, cancelar la disputa
dispute-cancel-keep = Mantener la disputa

## Translator tools

l10n-title = Traducciones
l10n-intro = Todos los mensajes en los seis idiomas, uno al lado del otro, leídos de los archivos que la tienda sirve ahora. Las celdas marcadas necesitan la revisión de un traductor.
l10n-modes = Ver la tienda
l10n-mode-ids = Con los identificadores
l10n-mode-pseudo = Pseudolocalización
l10n-mode-pseudo-rtl = Pseudolocalización en espejo
l10n-mode-off = Como siempre
l10n-banner-ids = Vista para traductores: identificadores de mensajes en lugar del texto.
l10n-banner-pseudo = Vista para traductores: pseudolocalización.
l10n-banner-pseudo-rtl = Vista para traductores: pseudolocalización reflejada.
l10n-banner-exit = Volver a la tienda normal
l10n-filter-status = Estado
l10n-status-all = Todos los mensajes
l10n-status-problems = Con alguna marca
l10n-status-missing = Falta
l10n-status-empty = Vacío
l10n-status-unchanged = Igual que en inglés
l10n-status-mismatch = Variables distintas
l10n-status-long = Más de un 40% más largo
l10n-filter-page = Página
l10n-page-all = Todas las páginas
l10n-filter-id = El identificador contiene
l10n-args-title = Argumentos de ejemplo
l10n-arg-number = Número
l10n-arg-text = Nombre o texto
l10n-sample-long = Nombre largo
l10n-sample-rtl = Nombre de derecha a izquierda
# $shown: rows on screen; $total: messages matching the filters
l10n-shown = { $total ->
    [one] Se muestra { $shown } de { $total } mensaje
    [many] Se muestran { $shown } de { $total } de mensajes
   *[other] Se muestran { $shown } de { $total } mensajes
}
l10n-col-id = Identificador
l10n-show-more = Mostrar más
l10n-notes = Nota:
l10n-plural-grid = Formas de plural
l10n-plural-number = Número
# $percent: signed percentage against English, e.g. "+55%"
l10n-length = { $percent } frente al inglés
# $count: number of errors; $file: the file's path
l10n-syntax-errors = { $count ->
    [one] { $count } error de sintaxis en { $file }
    [many] { $count } de errores de sintaxis en { $file }
   *[other] { $count } errores de sintaxis en { $file }
}
l10n-ids-panel = En todos los idiomas

## Widgets

widget-title-product = Producto de Storefront
widget-title-buy = Comprar en Storefront
widget-title-collection = Productos de Storefront
widget-buy = Comprar
widget-buy-for = Comprar por { $price }
widget-variant-choose = Elige…
widget-new-tab = (abre la tienda en una pestaña nueva)
widget-unavailable = Este artículo no está disponible en este momento.
widget-offline = No se puede conectar con la tienda en este momento.
widget-retrying = { $seconds ->
    [one] Lo intentaremos de nuevo en { $seconds } segundo.
    [many] Lo intentaremos de nuevo en { $seconds } segundos.
   *[other] Lo intentaremos de nuevo en { $seconds } segundos.
}
widget-collection-empty = Todavía no hay artículos que mostrar.
widget-collection-label = Productos de Storefront
widget-wish-failed = No se pudo cambiar tu lista de favoritos. Inténtalo de nuevo.
cart-add-title = Añadiendo a tu carrito
cart-add-unavailable = No se puede añadir este artículo: ya no está disponible.
cart-add-sold-out = Este artículo está agotado, así que no se puede añadir a tu carrito.
cart-add-choose = ¿Cuál quieres?
partners-title = Widgets para sitios de socios
partners-intro = Elige un widget y sus opciones, revisa la vista previa y pega el código en tu sitio. Los pedidos hechos desde tus widgets se asignan a tu ID de socio.
partners-kind = Tipo de widget
partners-kind-product = Ficha de producto
partners-kind-buy = Botón de compra
partners-kind-collection = Colección
partners-product = ID del producto
partners-source-hint = Rellena uno de estos campos: una categoría (ID o nombre de su dirección), una búsqueda o ID de productos separados por comas.
partners-category = Categoría
partners-query = Búsqueda
partners-ids = ID de productos
partners-limit = Número de artículos
partners-layout = Diseño
partners-layout-grid = Cuadrícula
partners-layout-carousel = Carrusel
partners-theme = Tema
partners-theme-light = Claro
partners-theme-dark = Oscuro
partners-theme-accent = Destacado
partners-partner = Tu ID de socio
partners-partner-hint = Hasta 64 letras latinas, cifras, puntos, guiones o guiones bajos.
partners-partner-invalid = Este ID de socio no sirve: solo letras latinas, cifras, puntos, guiones y guiones bajos, hasta 64.
partners-preview = Vista previa
partners-preview-frame = Vista previa del widget
partners-snippet = Código para tu sitio
partners-copy = Copiar código
partners-copied = Copiado al portapapeles.
partners-copy-failed = Aquí no se permite copiar: el código está seleccionado, pulsa Ctrl+C (⌘C en Mac).
