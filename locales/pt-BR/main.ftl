# Storefront — português do Brasil.

-brand = Storefront

## Site

site-name = { -brand }
site-title = { -brand }: milhões de produtos com proteção ao comprador
page-title = { $page } · { -brand }
# Composed pages (the server's <title>, description and link previews; crates/server/src/pages)
# $title: product title, $price: its price, $store: seller name, $rating: average stars
seo-product-title = { $title } — { $price } | { -brand }
seo-product-description = { $title }: { $price } de { $store }, avaliado em { $rating } de 5. Proteção ao comprador em todo pedido.
# $name: category name, $count: products in it
seo-category-title = { $name } | { -brand }
seo-category-description = Compre { $name } na { -brand }: itens disponíveis: { $count }, de vendedores confiáveis e com proteção ao comprador.
# $query: what the buyer searched for
seo-search-title = “{ $query }”: resultados da busca | { -brand }
seo-search-description = Produtos para “{ $query }” na { -brand }, com proteção ao comprador em todo pedido.
# $store: seller name, $percent: positive feedback share
seo-store-title = { $store }: loja na { -brand }
seo-store-description = Todos os produtos de { $store } na { -brand }. Avaliações positivas: { $percent }%.
seo-home-description = Milhões de produtos de vendedores confiáveis, de uma unidade a lotes de atacado, com proteção ao comprador.
seo-categories-description = Todas as categorias da { -brand }: eletrônicos, moda, casa, brinquedos e mais.
skip-link = Pular para o conteúdo principal
loading = Carregando…
logo-label = Página inicial da { -brand }

## Header

topbar-protection = Proteção ao comprador: seu pagamento fica retido até você confirmar a entrega
search-label = Buscar produtos
search-placeholder = Busque entre milhões de produtos
search-submit = Buscar
language-label = Idioma
currency-label = Moeda
ship-to-label = Enviar para
cart-label = { $count ->
    [0] Carrinho vazio
    [one] Carrinho, { $count } item
    [many] Carrinho, { $count } itens
   *[other] Carrinho, { $count } itens
}

## Navigation

nav-home = Início
nav-categories = Categorias
nav-cart = Carrinho
nav-account = Conta
nav-inbox = Caixa de entrada
inbox-badge-label = Notificações não lidas: { $count }
nav-wishlist = Favoritos
bottom-nav-label = Navegação principal
breadcrumbs-label = Trilha de navegação
subcategories-label = Subcategorias
footer-nav-label = Links do site
footer-protection = Pague com segurança: o vendedor só recebe o dinheiro depois que você confirma que o pedido chegou conforme o anúncio. Se não chegou, abra uma disputa e receba reembolso total ou parcial.

## Actions

action-retry = Tentar de novo
action-load-more = Carregar mais
action-see-all = Ver tudo
action-start-shopping = Começar a comprar
action-continue-shopping = Continuar comprando
action-go-home = Ir para a página inicial

## Home

home-title = Tudo o que você precisa, com entrega no mundo todo
home-subtitle = Milhões de produtos de vendedores confiáveis, de uma unidade a lotes no atacado.
perk-protection = Proteção ao comprador em todos os pedidos
perk-shipping = { $count ->
    [one] Entrega para { $count } país
    [many] Entrega para { $count } de países
   *[other] Entrega para { $count } países
}
perk-shipping-intl = Entrega internacional
perk-refunds = Reembolso total ou parcial por meio de disputas
home-deals = Ofertas do dia
home-deals-note = Novas ofertas todos os dias
deals-prev = Ofertas anteriores
deals-next = Mais ofertas
home-categories = Compre por categoria
home-recommended = Recomendados para você
recent-title = Vistos recentemente
home-more = Mais coisas para você amar
feed-empty = Ainda não há produtos aqui.
feed-end = Você já viu tudo por aqui.

## Product cards

discount-badge = −{ $percent }
price-original-label = Preço original:
price-range = { $min } – { $max }
free-shipping = Frete grátis
wishlist-add = Adicionar aos favoritos
wishlist-remove = Remover dos favoritos
rating-label = Nota { $rating } de 5
reviews-count = { $count ->
    [one] { $count } avaliação
    [many] { $count } avaliações
   *[other] { $count } avaliações
}
sold-count = { $count ->
    [one] { $count } vendido
    [many] { $count } vendidos
   *[other] { $count } vendidos
}
products-count = { $count ->
    [one] { $count } produto
    [many] { $count } produtos
   *[other] { $count } produtos
}

## Categories and search

categories-title = Todas as categorias
category-unavailable = Categoria indisponível
search-all-title = Todos os produtos
search-title = Resultados para “{ $query }”

## Product page

product-unavailable = Produto indisponível
gallery-image = Imagem { $index } de { $total }
tiers-title = Compre mais, pague menos
tiers-quantity = Quantidade
tiers-unit-price = Preço por unidade
shipping-title = Entrega
shipping-none = Este produto não é enviado para { $country }. Escolha outro país em “Enviar para”.
shipping-days = { $max ->
    [one] { $min }–{ $max } dia
    [many] { $min }–{ $max } dias
   *[other] { $min }–{ $max } dias
}
shipping-tracked = Com rastreio
product-specs = Especificações
product-description = Descrição
seller-title = Vendedor
seller-positive = { $percent }% de avaliações positivas
seller-feedback = { $count ->
    [one] { $count } avaliação
    [many] { $count } avaliações
   *[other] { $count } avaliações
}
seller-years = { $count ->
    [one] { $count } ano na { -brand }
    [many] { $count } anos na { -brand }
   *[other] { $count } anos na { -brand }
}
seller-followers = { $count ->
    [one] { $count } seguidor
    [many] { $count } seguidores
   *[other] { $count } seguidores
}
seller-described = Produto conforme o anúncio
seller-communication = Comunicação
seller-shipping-speed = Rapidez no envio

## Product page: gallery, buying, protection

gallery-label = Imagens do produto
gallery-hint = Use as setas para trocar a imagem e Enter para ampliar.
gallery-prev = Imagem anterior
gallery-next = Próxima imagem
tiers-range = { $min }–{ $max } un.
tiers-open = { $min }+ un.
buy-box-label = Quantidade e compra
quantity-label = Quantidade
quantity-decrease = Diminuir a quantidade
quantity-increase = Aumentar a quantidade
stock-available = { $count ->
    [one] { $count } unidade disponível
    [many] { $count } de unidades disponíveis
   *[other] { $count } unidades disponíveis
}
stock-out = Esgotado
unit-price-label = Preço por unidade
total-label = { $count ->
    [one] Total de { $count } unidade
    [many] Total de { $count } de unidades
   *[other] Total de { $count } unidades
}
variant-choose = Primeiro escolha uma opção em cada grupo.
variant-not-chosen = Não escolhido
add-to-cart = Adicionar ao carrinho
buy-now = Comprar agora
added-to-cart = Adicionado ao seu carrinho.
shipping-route = De { $from } para { $to }
delivery-window = Entrega: { $dates }
shipping-untracked = Sem rastreamento
protection-title = Proteção ao comprador
protection-held = Guardamos seu pagamento e só o repassamos ao vendedor depois que você confirmar que o pedido chegou.
protection-refund = Não chegou ou não é como o anúncio? Abra uma disputa e receba reembolso total ou parcial.
protection-arbitration = Se você e o vendedor não chegarem a um acordo, comparamos as fotos do anúncio com as suas e decidimos.
seller-visit = Visitar a loja
similar-title = Itens semelhantes
more-from-store-title = Mais desta loja
follow-store = Seguir
follow-following = Seguindo
follow-failed = Não foi possível salvar. Tente novamente.

## Product page: report a listing

report-open = Denunciar este produto
report-title = Denunciar falsificação ou violação de propriedade intelectual
report-intro = Conte o que há de errado com este anúncio. Analisamos cada denúncia; o vendedor não saberá quem a enviou.
report-reason-label = Motivo
report-reason-choose = Escolha um motivo
report-reason-counterfeit = Falsificação de um produto de marca
report-reason-ip-infringement-trademark = Marca usada sem permissão
report-reason-ip-infringement-copyright = Fotos, textos ou designs copiados
report-reason-prohibited-item = Item de venda proibida
report-reason-misleading-listing = Título, fotos ou descrição enganosos
report-reason-other = Outro motivo
report-details-label = O que há de errado?
report-details-hint = Descreva o que você notou em { $min } a { $max } caracteres.
report-details-count = { $count } de { $max } caracteres
report-email-label = Seu e-mail (opcional)
report-email-hint = Só se você quiser que entremos em contato sobre esta denúncia.
report-evidence-label = Fotos (opcional)
report-evidence-hint = { $count ->
    [one] No máximo uma foto
    [many] Até { $count } fotos
   *[other] Até { $count } fotos
}: JPEG, PNG ou WebP, com até { $max } MB cada.
report-file-remove = Remover a foto { $index }
report-submit = Enviar denúncia
report-sending = Enviando…
report-cancel = Cancelar
report-error-reason = Escolha um motivo.
report-error-details-required = Descreva o problema.
report-error-details-short = { $count ->
    [one] Escreva pelo menos { $count } caractere.
    [many] Escreva pelo menos { $count } caracteres.
   *[other] Escreva pelo menos { $count } caracteres.
}
report-error-details-long = { $count ->
    [one] Escreva no máximo { $count } caractere.
    [many] Escreva no máximo { $count } caracteres.
   *[other] Escreva no máximo { $count } caracteres.
}
report-error-email = Digite um e-mail como nome@exemplo.com ou deixe o campo vazio.
report-error-evidence-count = { $count ->
    [one] Anexe no máximo { $count } foto.
    [many] Anexe no máximo { $count } fotos.
   *[other] Anexe no máximo { $count } fotos.
}
report-error-file-large = Esta foto é grande demais: no máximo { $count } MB e 8192 pixels por lado.
report-error-file-type = Este arquivo não é uma foto JPEG, PNG ou WebP.
report-error-file-broken = Não foi possível ler esta foto. Escolha outro arquivo.
report-error-field = Este valor não foi aceito.
report-done-title = Obrigado, recebemos sua denúncia
report-done = O número da sua denúncia é { $reference }. Nossa equipe vai analisar o anúncio.
report-close = Fechar

## Reviews

reviews-title = Avaliações
reviews-filter-label = Filtrar avaliações
reviews-filter-all = Todas
reviews-filter-photos = Com fotos
reviews-filter-photos-count = Com fotos ({ $count })
reviews-filter-stars = { $stars ->
    [one] { $stars } estrela
    [many] { $stars } estrelas
   *[other] { $stars } estrelas
}
reviews-histogram-label = Avaliações por estrelas
reviews-histogram-row = { $stars ->
    [one] { $stars } estrela
    [many] { $stars } estrelas
   *[other] { $stars } estrelas
}: { $count ->
    [one] { $count } avaliação
    [many] { $count } de avaliações
   *[other] { $count } avaliações
}
reviews-empty = Ainda não há avaliações.
reviews-filter-empty = Nenhuma avaliação corresponde a este filtro.
reviews-more = Mais avaliações
review-photo = Foto { $index } de { $total } enviada por { $author }

## Results, filters, suggestions

sort-label = Ordenar por
sort-best-match = Mais relevantes
sort-orders = Mais pedidos
sort-price-asc = Preço: menor para maior
sort-price-desc = Preço: maior para menor
sort-newest = Mais recentes
sort-rating = Mais bem avaliados
filters-title = Filtros
filters-title-count = Filtros ({ $count })
filters-close = Fechar filtros
filters-clear = Limpar todos os filtros
filters-categories = Categorias
filters-price = Preço, { $currency }
price-min = Mín.
price-max = Máx.
price-apply = Aplicar
price-invalid = Digite os preços como números, por exemplo 12.50.
price-inverted = O preço mínimo é maior que o máximo.
price-hint = Aqui, de { $min } a { $max }
price-invalid-hint = Corrija a faixa de preço para ver produtos.
filters-shipping = Frete e estoque
filter-free-shipping = Frete grátis
filter-in-stock = Em estoque
filters-delivery = Prazo de entrega
filter-delivery-any = Qualquer prazo
filter-delivery-days = { $days ->
    [one] Em até { $days } dia
    [many] Em até { $days } de dias
   *[other] Em até { $days } dias
}
filters-quality = Avaliação
filter-rating-4 = 4 estrelas ou mais
filter-seller-95 = Vendedores com 95% ou mais de avaliações positivas
filters-ships-from = Enviado de
filters-show = { $count ->
    [one] Ver { $count } produto
    [many] Ver { $count } de produtos
   *[other] Ver { $count } produtos
}
results-earlier = { $count ->
    [one] Mostrar resultados anteriores ({ $count } oculto)
    [many] Mostrar resultados anteriores ({ $count } ocultos)
   *[other] Mostrar resultados anteriores ({ $count } ocultos)
}
no-results-title = Nenhum produto encontrado
no-results-text = Confira a ortografia, use menos palavras ou remova alguns filtros.
related-queries = Experimente estas buscas
related-categories = Ou navegue por estas categorias
suggestions-label = Sugestões
suggestion-in = em { $category }

## Cart and account

cart-title = Carrinho
cart-empty = Seu carrinho está vazio
cart-items = { $count ->
    [one] { $count } item no seu carrinho
    [many] { $count } itens no seu carrinho
   *[other] { $count } itens no seu carrinho
}
cart-empty-hint = Os itens que você adicionar vão esperar aqui até você finalizar a compra.
account-title = Conta
account-empty = Seus pedidos vão aparecer aqui
account-empty-hint = Depois de fazer um pedido, você poderá acompanhá-lo, confirmar a entrega e abrir disputas nesta página.

## Not found

not-found-title = Página não encontrada
not-found-text = A página que você procura não existe ou mudou de endereço.

## Errors

error-title = Algo deu errado
error-generic = Não foi possível carregar isto. Tente de novo.
error-network = Sem conexão com a loja. Verifique sua internet e tente de novo.
offline-banner = Você está offline. As páginas que você visitou e seu carrinho continuam abrindo; as alterações serão enviadas quando a conexão voltar.
offline-action-needs-network = Isto precisa de conexão com a loja. Você está offline: o que você preencheu fica guardado; tente de novo quando a conexão voltar.
update-available = Nova versão disponível
update-reload = Recarregar
error-malformed = A loja enviou uma resposta que não conseguimos ler. Tente de novo.
error-server = A loja está com problemas no momento. Tente de novo daqui a pouco.
error-not-found = Não encontramos o que você procurava.
error-route-not-found = Não encontramos o que você procurava.
error-category-not-found = Esta categoria não existe.
error-product-not-found = Este produto não existe ou não está mais à venda.
error-seller-not-found = Este vendedor não existe.
error-image-not-found = Esta imagem não está disponível.
error-invalid-cursor = A lista mudou desde que você a abriu. Carregue-a de novo.
error-invalid-parameter = Parte desta solicitação não era válida.
error-method-not-allowed = Esta ação não é possível aqui.
error-validation-failed = Alguns campos precisam de atenção. Verifique-os e tente novamente.
error-payload-too-large = O arquivo é grande demais. Escolha um menor.
error-unsupported-media-type = Este tipo de arquivo não é aceito. Use uma foto JPEG, PNG ou WebP.
error-idempotency-key-required = Não foi possível enviar a solicitação com segurança. Tente novamente.
error-idempotency-key-reused = Esta solicitação já foi enviada com outros dados. Recarregue a página e tente novamente.
error-internal = A loja está com problemas no momento. Tente de novo daqui a pouco.
error-unknown = Aconteceu algo inesperado. Tente de novo.

## Cart and checkout

cart-summary-label = Resumo do pedido
cart-summary-title = Resumo
# $count: pieces in the cart
cart-summary-items = { $count ->
    [one] Itens ({ $count })
    [many] Itens ({ $count })
   *[other] Itens ({ $count })
}
cart-summary-shipping = Frete
cart-summary-seller-discounts = Cupons de vendedores
cart-summary-platform-discount = Cupom da plataforma
cart-summary-total = Valor total
cart-charge-note = Os preços aparecem na moeda que você escolheu. A moeda e o valor da cobrança são informados no pagamento.
cart-checkout = Finalizar compra
cart-view = Ver carrinho
cart-nothing-active = Não há itens para pedir no carrinho; os salvos estão abaixo.
cart-last-known = Mostrando seu carrinho como estava no último carregamento.
cart-offline-blocked = Você só poderá fazer o pedido quando a loja estiver disponível de novo.
cart-offline-pending = Ainda não salvo: será salvo quando você voltar a ficar on-line.
cart-added-offline = Adicionado neste dispositivo: seu carrinho será salvo quando você voltar a ficar on-line.
cart-offline-added = { $count ->
    [one] { $count } item adicionado off-line aparecerá aqui quando você voltar a ficar on-line.
    [many] { $count } itens adicionados off-line aparecerão aqui quando você voltar a ficar on-line.
   *[other] { $count } itens adicionados off-line aparecerão aqui quando você voltar a ficar on-line.
}
cart-not-ready = Alguns itens não podem ser pedidos assim. Corrija as linhas marcadas para continuar.
cart-seller-subtotal = Subtotal do vendedor
cart-shipping-method = Forma de envio
cart-shipping-free = Grátis
# $carrier: carrier name; $cost: price or "Free"; $window: delivery dates
cart-shipping-option = { $carrier } · { $cost } · entrega { $window }
cart-no-shipping = Este vendedor não entrega estes itens no país escolhido.
# $price: price of one piece at this quantity
cart-unit-price = { $price } por unidade
cart-tier-applied = Preço de atacado
# $amount: coupon discount on the line
cart-line-discount = Cupom −{ $amount }
cart-save-for-later = Salvar para depois
cart-move-to-cart = Mover para o carrinho
cart-remove = Remover
cart-change-variant = Alterar
cart-variant-label = Variante
# $title: product title
cart-removed = “{ $title }” foi removido.
cart-undo = Desfazer
cart-saved-title = Salvos para depois
cart-problem-out-of-stock = Esgotado
# $stock: pieces left
cart-problem-over-stock = { $stock ->
    [one] Resta só { $stock } unidade: diminua a quantidade.
    [many] Restam só { $stock } unidades: diminua a quantidade.
   *[other] Restam só { $stock } unidades: diminua a quantidade.
}
cart-problem-gone = Este produto não é mais vendido.
cart-problem-not-shipped = Este item não é enviado para o país escolhido.
cart-problem-unknown = Este item não pode ser pedido agora.
# $count: pieces
cart-items-short = { $count ->
    [one] { $count } item
    [many] { $count } itens
   *[other] { $count } itens
}
drawer-close = Fechar carrinho
coupon-title = Cupons
coupon-label = Código do cupom
coupon-apply = Aplicar
coupon-order-note = Primeiro valem os cupons de vendedores, cada um nos itens do seu vendedor; depois, um cupom da plataforma no pedido inteiro.
coupon-enter-code = Digite um código de cupom.
coupon-not-added = Este código já foi aplicado, ou você já aplicou o máximo de códigos permitido.
# $amount: discount
coupon-applied = Aplicado: −{ $amount }
# $code: coupon code
coupon-remove = Remover o cupom { $code }
coupon-coupon-not-found = Não existe cupom com este código.
coupon-coupon-expired = Este cupom expirou.
coupon-lapsed = O cupom { $code } expirou e foi retirado do seu carrinho.
# $min: minimum order
coupon-coupon-min-not-met = Este cupom exige um pedido mínimo de { $min }.
coupon-coupon-not-applicable = Este cupom não vale para nenhum item do seu carrinho.
coupon-coupon-one-platform-only = Só é possível usar um cupom da plataforma por pedido.
coupon-unknown = Este cupom não pode ser usado.
checkout-title = Finalizar compra
checkout-steps-label = Etapas da compra
checkout-step-address = Endereço de entrega
checkout-step-shipping = Envio
checkout-step-payment = Pagamento
checkout-step-review = Revisar e pagar
checkout-sign-in = Entre ou cadastre-se para continuar
checkout-sign-in-note = Seu carrinho é mantido: depois de entrar, você continua exatamente daqui.
checkout-address-add = Adicionar um novo endereço
checkout-continue = Continuar
checkout-address-save-continue = Salvar endereço e continuar
checkout-address-choose = Escolha um endereço de entrega para continuar.
checkout-back = Voltar
checkout-back-to-cart = Voltar ao carrinho
checkout-buy-now-note = Você está comprando só este item: seu carrinho continua como está.
checkout-buy-now-cart = Finalizar o carrinho em vez disso
checkout-change = Alterar
checkout-change-payment = Escolher outra forma de pagamento
# $seller: seller name
checkout-seller = Pedido de { $seller }
# $carrier: carrier name
checkout-shipping-by = Envio por { $carrier }:
checkout-seller-coupon = Cupom do vendedor:
checkout-platform-share = Cupom da plataforma, parte deste pedido:
checkout-order-total = Total do pedido:
# $method: payment method name
checkout-wallet-note = Depois de fazer o pedido, você vai para a página de { $method } para confirmar o pagamento e depois volta para cá.
# $amount: amount charged; $currency: currency name
checkout-charge = Será cobrado { $amount } ({ $currency }).
checkout-hold-note = Seu pagamento fica retido e só é repassado ao vendedor depois que você confirmar que recebeu o pedido.
checkout-place = Fazer pedido
checkout-placing = Fazendo seu pedido…
checkout-confirm-again = O novo total está no resumo. Confira e toque de novo em “Fazer pedido” para pagar.
checkout-declined-kept = Nada foi cobrado e seu carrinho continua igual.
complete-pay-again = Pagar o pedido { $number } com outro método
checkout-card-again = Digite os dados do cartão novamente.
card-number = Número do cartão
card-exp-month = Mês de validade (MM)
card-exp-year = Ano de validade (AA)
card-cvc = Código de segurança (CVC)
card-holder = Nome no cartão
card-test-note = Esta loja usa um provedor de pagamento de teste: nenhum dinheiro real é cobrado.
card-error-required = Digite o número do cartão.
card-error-number = Este número de cartão não é válido. Confira os dígitos.
card-error-month = Digite o mês como um número de 1 a 12.
card-error-year = Digite o ano com dois ou quatro dígitos.
card-error-expired = Este cartão está vencido.
card-error-cvc = Digite os 3 ou 4 dígitos do verso do cartão.
card-error-holder = Digite o nome como está escrito no cartão.
card-error-server = Confira este campo.
payment-method-card = Cartão bancário
payment-method-qiwi = Carteira QIWI
payment-method-webmoney = Carteira WebMoney
payment-method-boleto = Boleto bancário
payment-method-other = Outra forma de pagamento
payment-declined-card-declined = Seu banco recusou o cartão. Tente outro cartão ou outra forma de pagamento.
payment-declined-insufficient-funds = O cartão não tem saldo suficiente. Tente outro cartão ou outra forma de pagamento.
payment-declined-declined-by-buyer = O pagamento foi cancelado na página de pagamento.
payment-declined-unknown = O pagamento foi recusado.
complete-title = Obrigado, seu pedido foi feito
# $count: number of orders
complete-orders = { $count ->
    [1] Seu pedido, de um único vendedor:
    [one] Sua compra foi dividida em { $count } pedido, um por vendedor:
    [many] Sua compra foi dividida em { $count } pedidos, um por vendedor:
   *[other] Sua compra foi dividida em { $count } pedidos, um por vendedor:
}
complete-charged = Cobrado
complete-hold-title = Seu pagamento está retido
complete-hold-text = Guardamos seu dinheiro e só o repassamos ao vendedor depois que você confirmar que recebeu o que pediu. Se algo der errado, você pode abrir uma disputa e receber um reembolso.
complete-see-orders = Ver meus pedidos
complete-waiting-title = Aguardando sua confirmação
complete-waiting = O pagamento ainda não foi confirmado. Conclua-o na página de pagamento.
complete-continue-payment = Ir para a página de pagamento
complete-declined-title = O pagamento não foi concluído

## Account

account-sign-in-link = Entrar
account-link-label = Conta: { $name }
account-signin-title = Entre ou crie uma conta
account-modes-label = Entrar ou cadastrar-se
account-signin-tab = Entrar
account-register-tab = Cadastrar-se
account-name-label = Seu nome
account-email-label = Endereço de e-mail
account-password-label = Senha
account-password-show = Mostrar senha
account-password-hint = { $count ->
    [one] Pelo menos { $count } caractere.
    [many] Pelo menos { $count } de caracteres.
   *[other] Pelo menos { $count } caracteres.
}
account-signin-submit = Entrar
account-register-submit = Criar conta
account-signin-instead = Entrar com este e-mail
account-working = Aguarde…
account-retry-seconds = { $count ->
    [one] Tente novamente em { $count } segundo.
    [many] Tente novamente em { $count } de segundos.
   *[other] Tente novamente em { $count } segundos.
}
account-retry-minutes = { $count ->
    [one] Tente novamente em { $count } minuto.
    [many] Tente novamente em { $count } de minutos.
   *[other] Tente novamente em { $count } minutos.
}
account-field-required = Preencha este campo.
account-field-too-short = { $count ->
    [one] Muito curto: use pelo menos { $count } caractere.
    [many] Muito curto: use pelo menos { $count } de caracteres.
   *[other] Muito curto: use pelo menos { $count } caracteres.
}
account-field-too-long = { $count ->
    [one] Muito longo: use no máximo { $count } caractere.
    [many] Muito longo: use no máximo { $count } de caracteres.
   *[other] Muito longo: use no máximo { $count } caracteres.
}
account-field-email-malformed = Digite um e-mail como nome@exemplo.com.
account-field-phone-malformed = Digite um telefone com pelo menos 5 dígitos; espaços, +, - e parênteses são aceitos.
account-field-malformed = Verifique este valor.
account-field-country-not-shipped = Não entregamos neste país.
account-field-postal-code-format = Não é um código postal do país escolhido; veja o exemplo acima.
account-details-title = Seus dados
account-sign-out = Sair
account-addresses-title = Endereços
account-addresses-empty = Você ainda não tem endereços salvos.
account-address-add = Adicionar endereço
account-address-new-title = Novo endereço
account-address-edit-title = Editar endereço
account-address-edit = Editar
account-address-edit-label = Editar o endereço de { $name }
account-address-delete = Excluir
account-address-delete-label = Excluir o endereço de { $name }
account-address-delete-confirm = Excluir este endereço?
account-address-delete-yes = Sim, excluir
account-address-delete-no = Manter
account-address-default = Endereço padrão
account-address-make-default = Tornar padrão
account-address-default-check = Usar como meu endereço padrão
account-address-save = Salvar endereço
account-address-saved = Endereço salvo.
account-address-deleted = Endereço excluído.
account-cancel = Cancelar
account-recipient-label = Nome completo do destinatário
account-recipient-hint = Como no seu documento de identidade, para a alfândega.
account-phone-label = Telefone
account-phone-hint = O entregador liga para este número sobre a entrega.
account-country-label = País
account-country-choose = Escolha um país
account-region-label = Estado ou região (opcional)
account-city-label = Cidade
account-street-label = Rua, número e complemento
account-postal-label = CEP
account-postal-hint = Por exemplo: { $example }
account-postal-hint-other = De 2 a 12 letras ou dígitos; espaços e hífens são aceitos.

## Orders

orders-title = Meus pedidos
account-orders-link = Meus pedidos
account-disputes-link = Minhas disputas
account-wishlist-link = Meus favoritos
account-following-link = Lojas que sigo
wishlist-title = Favoritos
wishlist-signin-note = Entre para ter seus favoritos em todos os seus dispositivos.
wishlist-empty = Sua lista de favoritos está vazia. Toque no coração de um produto para salvá-lo aqui.
wishlist-price-dropped = O preço caiu
wishlist-price-when-added = Ao adicionar:
wishlist-out-of-stock = Esgotado
wishlist-gone = Não está mais disponível
wishlist-remove-button = Remover
wishlist-remove-label = Remover “{ $title }” dos favoritos
wishlist-removed = Removido dos favoritos.
wishlist-added-to-cart = Adicionado ao carrinho.
following-title = Lojas que sigo
following-empty = Você ainda não segue nenhuma loja. Toque em “Seguir” em uma loja para vê-la aqui.
buy-again = Comprar de novo
buy-again-added = { $count ->
    [one] { $count } item adicionado ao carrinho.
    [many] { $count } itens adicionados ao carrinho.
   *[other] { $count } itens adicionados ao carrinho.
}
buy-again-nothing = Nenhum destes itens pode ser comprado agora.
buy-again-price-changed = “{ $title }”: o preço mudou de { $then } para { $now }.
buy-again-out-of-stock = “{ $title }” está esgotado.
buy-again-gone = “{ $title }” não está mais disponível.
orders-tabs-label = Pedidos por status
orders-tab-all = Todos
orders-tab-awaiting-payment = Aguardando pagamento
orders-tab-awaiting-shipment = Aguardando envio
orders-tab-shipped = Enviados
orders-tab-awaiting-confirmation = Aguardando confirmação
orders-tab-completed = Concluídos
orders-tab-in-dispute = Em disputa
orders-empty = Ainda não há pedidos aqui.
orders-show-more = Mostrar mais pedidos
orders-back = Voltar para meus pedidos
order-page-title = Pedido
order-title = Pedido { $reference }
order-state-pending-payment = Aguardando pagamento
order-state-paid-held = Pago, aguardando envio
order-state-shipped = Enviado
order-state-delivered = Entregue
order-state-completed = Concluído
order-state-cancelled = Cancelado
order-state-unknown = Status desconhecido
order-state-in-dispute = Em disputa
hold-title = Seu pagamento
hold-pending = { $amount } — ainda não pago
hold-held = { $amount } retidos — ainda não repassados ao vendedor
hold-frozen = { $amount } congelados enquanto a disputa está aberta — não repassados ao vendedor
hold-released = { $amount } liberados ao vendedor
hold-refunded = { $amount } reembolsados a você
hold-partially-refunded = { $amount } reembolsados a você, { $price } liberados ao vendedor
hold-voided = O pagamento não foi concluído — nada foi cobrado.
hold-unknown = No momento, o estado do seu pagamento é desconhecido.
hold-paid = Você pagou
hold-still-held = Ainda retido
hold-to-seller = Liberado ao vendedor
hold-to-you = Reembolsado a você
countdown-days-left = { $days ->
    [one] Falta { $days } dia
    [many] Faltam { $days } dias
   *[other] Faltam { $days } dias
}
countdown-hours-left = { $count ->
    [one] Falta { $count } hora
    [many] Faltam { $count } horas
   *[other] Faltam { $count } horas
}
countdown-minutes-left = { $count ->
    [one] Falta { $count } minuto
    [many] Faltam { $count } minutos
   *[other] Faltam { $count } minutos
}
countdown-auto-confirm-at = Será confirmado automaticamente em { $dates }
countdown-protection-ends-at = A proteção ao comprador termina em { $dates }
countdown-deadline-at = Prazo: { $dates }
countdown-effect-complete-release = Então o pedido será concluído sozinho e o dinheiro retido irá para o vendedor.
countdown-effect-unknown = Então o pedido avançará sozinho.
countdown-passed-complete-release = O prazo terminou: o pedido é concluído e o dinheiro vai para o vendedor.
countdown-passed-unknown = O prazo terminou.
order-timeline-title = O que aconteceu
order-tracking-number = Código de rastreio
order-tracking-copy = Copiar
order-tracking-copied = Código de rastreio copiado
order-tracking-copy-failed = Não foi possível copiar: selecione o código e copie manualmente.
order-delivery-title = Entrega
order-ships-within = { $days ->
    [one] O vendedor envia em até { $days } dia após o pagamento.
    [many] O vendedor envia em até { $days } dias após o pagamento.
   *[other] O vendedor envia em até { $days } dias após o pagamento.
}
order-delivery-estimate = Entrega estimada: { $dates }
order-delivery-carrier = Transportadora: { $carrier }
order-totals-title = Pagamento
order-totals-coupons = Cupons
order-totals-paid = Você pagou
order-totals-refunded = Reembolsado a você
order-totals-net = Pago após reembolsos
order-lines-title = Itens
order-line-quantity = { $count ->
    [one] { $count } unidade
    [many] { $count } unidades
   *[other] { $count } unidades
}
order-address-title = Endereço de entrega
actor-buyer = Você
actor-seller = Vendedor
actor-system = Storefront (sistema)
actor-carrier = Transportadora
actor-unknown = Alguém
event-placed = Pedido feito
event-paid-held = Você pagou { $amount } — o dinheiro está retido, não foi repassado ao vendedor
event-shipped = Enviado pelo vendedor via { $carrier }
event-tracking = Atualização de rastreio
event-delivered = Entregue
event-receipt-confirmed = Você confirmou o recebimento
event-auto-confirmed = Confirmado automaticamente: o prazo terminou
event-released = { $amount } liberados ao vendedor
event-cancelled = Pedido cancelado
event-refunded = { $amount } reembolsados a você
event-extension-requested = { $days ->
    [one] Você pediu mais { $days } dia de proteção
    [many] Você pediu mais { $days } dias de proteção
   *[other] Você pediu mais { $days } dias de proteção
}
event-extension-granted = { $days ->
    [one] O vendedor acrescentou { $days } dia de proteção; agora ela termina em { $to }
    [many] O vendedor acrescentou { $days } dias de proteção; agora ela termina em { $to }
   *[other] O vendedor acrescentou { $days } dias de proteção; agora ela termina em { $to }
}
event-extension-refused = { $days ->
    [one] O vendedor recusou mais { $days } dia de proteção
    [many] O vendedor recusou mais { $days } dias de proteção
   *[other] O vendedor recusou mais { $days } dias de proteção
}
event-feedback-left = Você deixou uma avaliação
event-dispute-opened = Disputa aberta — o dinheiro está congelado
event-dispute-closed = Disputa encerrada
event-unknown = Pedido atualizado
tracking-accepted-by-carrier = Recebido pela transportadora
tracking-departed-sorting-centre = Saiu do centro de triagem
tracking-in-transit = Em trânsito
tracking-arrived-destination-country = Chegou ao país de destino
tracking-customs-cleared = Liberado pela alfândega
tracking-arrived-local-facility = Na unidade de entrega local
tracking-out-for-delivery = Saiu para entrega
tracking-unknown = Atualização de rastreio
order-actions-label = O que você pode fazer
action-confirm-receipt = Confirmar recebimento
action-cancel-order = Cancelar pedido
action-open-dispute = Abrir uma disputa
action-request-extension = Pedir mais tempo
extension-days-label = Estender a proteção por
extension-days-option = { $days ->
    [one] { $days } dia
    [many] { $days } dias
   *[other] { $days } dias
}
extension-pending = { $days ->
    [one] Você pediu mais { $days } dia — aguardando a resposta do vendedor.
    [many] Você pediu mais { $days } dias — aguardando a resposta do vendedor.
   *[other] Você pediu mais { $days } dias — aguardando a resposta do vendedor.
}
extension-granted = { $days ->
    [one] O vendedor estendeu sua proteção em { $days } dia.
    [many] O vendedor estendeu sua proteção em { $days } dias.
   *[other] O vendedor estendeu sua proteção em { $days } dias.
}
extension-refused = { $days ->
    [one] O vendedor recusou estender sua proteção em { $days } dia.
    [many] O vendedor recusou estender sua proteção em { $days } dias.
   *[other] O vendedor recusou estender sua proteção em { $days } dias.
}
extension-unknown = Seu pedido de extensão foi respondido.
confirm-dialog-title = Confirmar que você recebeu o pedido?
confirm-dialog-text = { $amount } serão pagos ao vendedor.
confirm-dialog-warning = Sua proteção ao comprador termina: não será mais possível abrir uma disputa para este pedido. Confirme apenas se tudo chegou conforme a descrição.
confirm-dialog-ok = Sim, pagar o vendedor
confirm-dialog-keep = Ainda não
cancel-dialog-title = Cancelar este pedido?
cancel-dialog-text = O vendedor ainda não o enviou. Você recebe { $amount } de volta integralmente.
cancel-dialog-ok = Cancelar o pedido
cancel-dialog-keep = Manter o pedido
order-done-confirmed = Recebimento confirmado. O dinheiro foi pago ao vendedor.
order-done-cancelled = Pedido cancelado. O valor total será reembolsado a você.
order-done-extension = Pedido enviado. O vendedor vai responder; até lá seu prazo continua o mesmo.
order-done-feedback = Obrigado pela sua avaliação!
order-done-paid = Pago. O dinheiro fica retido até você confirmar que recebeu o pedido.
order-pay-again-unavailable = Este pedido não pode mais ser pago de novo (o prazo acabou ou um item esgotou). Este é o estado atual.
order-pay-again-title = Pagar novamente
order-pay-again-text = O pagamento foi recusado, então este pedido foi cancelado. Você pode pagá-lo com outro método até { $date }.
order-pay-again-submit = Pagar novamente
order-changed = Este pedido mudou enquanto isso. Este é o estado atual — confira e tente de novo.
order-not-allowed = Isso não é mais possível para este pedido. Este é o estado atual.
feedback-title = Avalie este pedido
feedback-yours = Sua avaliação
feedback-item-as-described = Item conforme a descrição
feedback-communication = Comunicação
feedback-shipping-speed = Rapidez do envio
feedback-stars = { $count ->
    [one] { $count } estrela
    [many] { $count } estrelas
   *[other] { $count } estrelas
}
feedback-text-label = Seu comentário (opcional)
feedback-text-count = { $count } de { $max } caracteres
feedback-public-note = Suas estrelas de “Item conforme a descrição” e seu comentário são publicados na página do produto, assinados com a primeira e a última letra do seu nome.
feedback-stars-required = Avalie os três aspectos: item, comunicação e rapidez do envio.
feedback-submit = Enviar avaliação

## Account and checkout errors

error-email-taken = Já existe uma conta com este e-mail. Entre na conta ou use outro e-mail.
error-invalid-credentials = O e-mail ou a senha estão incorretos.
error-too-many-attempts = Muitas tentativas de login sem sucesso. Aguarde um pouco e tente novamente.
error-rate-limited = Muitas solicitações desta conexão. Aguarde um pouco e tente novamente.
error-server-busy = A loja está ocupada no momento. Tente novamente em alguns segundos.
error-unauthenticated = Entre na sua conta para continuar.
error-address-not-found = Este endereço não existe mais.
error-order-not-found = Não encontramos este pedido.
error-payment-not-found = Não encontramos este pagamento.
error-price-changed = Os preços no seu carrinho mudaram. Confira o novo total antes de pagar.
error-out-of-stock = Alguns itens do seu carrinho não estão mais disponíveis nesta quantidade.
error-cart-empty = Seu carrinho está vazio.
error-shipping-unavailable = Alguns itens não podem ser entregues neste endereço.
error-payment-declined = O pagamento foi recusado. Nada foi cobrado.
error-payment-not-pending = Este pagamento já foi concluído ou cancelado.
error-precondition-required = Recarregue este pedido e tente novamente.
error-precondition-failed = Este pedido mudou nesse meio-tempo. Carregamos o estado atual — confira e tente novamente.
error-illegal-transition = Esta ação não é mais possível para o pedido no estado atual.
error-dispute-not-found = Não encontramos esta disputa.
error-dispute-already-open = Este item já tem uma disputa aberta. Você pode acompanhá-la na página do pedido.
error-dispute-window-closed = Não é mais possível abrir uma disputa para este pedido: ele ainda não foi enviado, já foi concluído ou a proteção ao comprador terminou.
error-conversation-not-found = Não encontramos esta conversa.
error-notification-not-found = Não encontramos esta notificação.

## Inbox

inbox-contact-seller = Falar com o vendedor
inbox-messages-title = Mensagens
inbox-notifications-title = Notificações
inbox-mark-all-read = Marcar tudo como lido
inbox-notifications-empty = Ainda não há notificações. Avisaremos aqui quando seus pedidos avançarem.
inbox-messages-empty = Ainda não há mensagens. Pergunte a um vendedor com “Falar com o vendedor” na página de um produto ou pedido.
inbox-unread = Não lida
inbox-unread-count = Não lidas: { $count }
inbox-about-order = Pedido { $order }
inbox-back-to-messages = Todas as mensagens
inbox-message-label = Mensagem
inbox-message-placeholder = Escreva uma mensagem…
inbox-add-photos = Adicionar fotos (até 3)
inbox-remove-photo = Remover a foto { $name }
inbox-photo-refused = Algumas fotos não foram adicionadas: até 3 fotos JPEG, PNG ou WebP de no máximo 10 MB cada.
inbox-photo-alt = Foto anexada à mensagem
inbox-send = Enviar
inbox-sending = Enviando…
inbox-failed-retry = Falhou — tentar de novo
inbox-seller-answers-soon = O vendedor costuma responder em poucas horas.
inbox-n-order-paid = Pagamento do pedido { $order } recebido. O vendedor está preparando o envio.
inbox-n-order-shipped = O pedido { $order } foi enviado. Código de rastreio: { $tracking }
inbox-n-order-delivered = O pedido { $order } foi entregue.
inbox-n-protection-ending = A proteção ao comprador do pedido { $order } termina em 3 dias — confirme o recebimento ou abra uma disputa.
inbox-n-auto-confirmed = O pedido { $order } foi confirmado automaticamente e o pagamento liberado ao vendedor.
inbox-n-dispute-answered = O vendedor respondeu à sua disputa do pedido { $order }.
inbox-n-dispute-decided = Foi tomada uma decisão na sua disputa do pedido { $order }.
inbox-n-message-reply = { $seller } respondeu à sua mensagem.
inbox-n-price-dropped = O preço caiu: { $title } agora custa { $price } (antes { $was }).
inbox-n-unknown = Há novidades na sua conta.

## Disputes

dispute-form-title = Abrir uma disputa
dispute-page-title = Disputa
disputes-title = Minhas disputas
disputes-empty = Você não tem disputas.
disputes-to-orders = Ir para meus pedidos
disputes-opened-on = Aberta em { $dates }
disputes-all-link = Todas as minhas disputas
dispute-back-to-order = Voltar ao pedido
dispute-form-intro = Conte o que deu errado. Seu dinheiro fica congelado, sem ser pago ao vendedor, até a disputa terminar.
dispute-form-not-possible = Não é possível abrir uma disputa para este pedido agora: ele ainda não foi enviado, já há uma disputa aberta ou a proteção ao comprador terminou.
dispute-view-link = Ver a disputa
dispute-form-order-changed = Este pedido mudou nesse meio-tempo. Carregamos o estado atual — confira o formulário e envie de novo.
dispute-line-label = Sobre qual item?
dispute-item-label = O item da disputa
dispute-choose = Escolha…
dispute-received-label = O pacote chegou?
dispute-received-yes = Sim, o pacote chegou
dispute-received-no = Não, o pacote não chegou
dispute-reason-label = O que deu errado?
dispute-reason-not-as-described = Diferente do anunciado
dispute-reason-wrong-size-colour-material = Tamanho, cor ou material errado
dispute-reason-poor-quality = Baixa qualidade
dispute-reason-doesnt-work = Não funciona
dispute-reason-counterfeit = Falsificado
dispute-reason-damaged = Danificado
dispute-reason-empty-parcel = Pacote vazio
dispute-reason-short-quantity = Menos itens do que o pedido
dispute-reason-still-in-transit = Ainda em trânsito
dispute-reason-held-at-customs = Retido na alfândega
dispute-reason-no-tracking = Sem informações de rastreio
dispute-reason-returned-to-sender = Devolvido ao remetente
dispute-reason-wrong-address = Entregue no endereço errado
dispute-reason-unknown = Outro motivo
dispute-outcome-label = O que você gostaria?
dispute-outcome-full-refund = Reembolso total
dispute-outcome-partial-refund = Reembolso parcial
dispute-outcome-return-and-refund = Devolver o item com reembolso total
dispute-outcome-resend = O vendedor envia o item de novo sem custo
dispute-outcome-no-refund = Sem reembolso
dispute-outcome-unknown = Outra solução
dispute-amount-label = Valor do reembolso ({ $currency })
dispute-amount-hint = Mais que zero e menos que { $max }.
dispute-description-label = Descreva o problema
dispute-description-hint = De { $min } a { $max } caracteres. O que você esperava e o que recebeu?
dispute-description-count = { $count } de { $max } caracteres
dispute-photos-label = Fotos
dispute-photos-required-hint = Para este motivo é preciso pelo menos uma foto.
dispute-photos-optional-hint = Fotos ajudam o vendedor e a plataforma a entender o problema.
dispute-photos-limits = { $count ->
    [one] Até { $count } foto
    [many] Até { $count } fotos
   *[other] Até { $count } fotos
} (JPEG, PNG ou WebP), com no máximo { $max } MB cada; fotos grandes são reduzidas antes do envio.
dispute-photos-preparing = Suas fotos ainda estão sendo preparadas. Aguarde um momento e envie de novo.
dispute-photo-preparing = Preparando…
dispute-photo-ready = Pronta para enviar
dispute-photo-scaled = Reduzida para o envio
dispute-photo-uploading = Enviando { $name }
dispute-photo-sent = Enviada
dispute-photo-retry = Tentar o envio de novo
dispute-photo-remove = Remover a foto { $index }
dispute-submit = Abrir a disputa
dispute-sending = Enviando…
dispute-error-line = Escolha o item da disputa.
dispute-error-received = Informe se o pacote chegou.
dispute-error-reason = Escolha o que deu errado.
dispute-error-outcome = Escolha o que você gostaria.
dispute-error-amount = Digite o valor do reembolso como número, por exemplo 12,50.
dispute-error-amount-range = O valor deve ser maior que zero e menor que { $max }.
dispute-error-description = Descreva o problema.
dispute-error-description-short = { $count ->
    [one] Escreva pelo menos { $count } caractere.
    [many] Escreva pelo menos { $count } caracteres.
   *[other] Escreva pelo menos { $count } caracteres.
}
dispute-error-description-long = { $count ->
    [one] Escreva no máximo { $count } caractere.
    [many] Escreva no máximo { $count } caracteres.
   *[other] Escreva no máximo { $count } caracteres.
}
dispute-error-photos-required = Adicione pelo menos uma foto para este motivo.
dispute-error-photos-count = { $count ->
    [one] Você pode adicionar no máximo { $count } foto.
    [many] Você pode adicionar no máximo { $count } fotos.
   *[other] Você pode adicionar no máximo { $count } fotos.
}
dispute-error-file-large = Este arquivo tem mais de { $count } MB.
dispute-error-file-type = Este arquivo não é uma foto em formato JPEG, PNG ou WebP.
dispute-error-file-broken = Não foi possível ler esta foto. Tente outra.
dispute-error-file-network = O envio não foi concluído. Verifique sua conexão e tente de novo.
dispute-error-field = Confira este campo.
dispute-title = Disputa sobre { $title }
dispute-order-ref = Pedido { $reference }
dispute-state-awaiting-seller = Aguardando o vendedor
dispute-state-negotiating = Em negociação
dispute-state-escalated = Em análise
dispute-state-resolved = Resolvida
dispute-state-cancelled = Cancelada
dispute-state-unknown = Em andamento
dispute-banner-your-action = Sua ação é necessária: o vendedor respondeu.
dispute-banner-waiting-seller = Aguardando a resposta do vendedor.
dispute-banner-under-review = Em análise: a plataforma está comparando o anúncio com suas fotos.
dispute-banner-resolved = Esta disputa está resolvida.
dispute-banner-cancelled = Você cancelou esta disputa.
dispute-deadlines-label = Prazos
dispute-deadline-seller-reply = O vendedor deve responder até { $dates }
dispute-deadline-escalation = Você pode pedir a decisão da plataforma a partir de { $dates }
dispute-deadline-return-shipment = Envie a devolução até { $dates }
dispute-deadline-return-receipt = O vendedor confirma a devolução até { $dates }
dispute-deadline-redelivery = O item deve ser entregue de novo até { $dates }
dispute-deadline-decision = A plataforma decide até { $dates }
dispute-deadline-passed = O prazo acabou
dispute-effect-accept-buyer = Se o vendedor não responder, seu pedido é aceito.
dispute-effect-escalation = Depois você pode pedir a decisão da plataforma.
dispute-effect-close-seller = Se a devolução não for enviada até lá, a disputa é encerrada a favor do vendedor.
dispute-effect-refund-buyer = Depois você recebe o reembolso total.
dispute-effect-resume-order = Depois o pedido segue normalmente.
dispute-effect-platform-decides = Então a decisão é cumprida: um reembolso para você ou o pagamento ao vendedor.
dispute-decision-title = Decisão
dispute-decision-amount = Reembolso: { $amount }
dispute-decision-by = Decidido por: { $name }
dispute-rationale-seller-silent = O vendedor não respondeu a tempo, então seu pedido foi aceito.
dispute-rationale-accepted = Uma parte aceitou a proposta da outra.
dispute-rationale-evidence-supports = As fotos confirmam sua reclamação.
dispute-rationale-partial-evidence = As fotos confirmam sua reclamação em parte.
dispute-rationale-return-not-shipped = A devolução não foi enviada a tempo.
dispute-rationale-other = O caso foi decidido com base nas provas apresentadas.
dispute-hold-line = { $amount } retidos, sem pagamento ao vendedor. No máximo { $max } pode ser reembolsado.
dispute-hold-refunded = { $amount } reembolsados a você.
dispute-hold-released = { $amount } pagos ao vendedor.
dispute-proposals-title = Propostas
dispute-proposal-amount = { $title } de { $amount }
dispute-party-buyer = Você
dispute-party-seller = Vendedor
dispute-party-platform = Plataforma
dispute-party-system = Automaticamente
dispute-party-unknown = Alguém
dispute-accept = Aceitar esta proposta
dispute-decline = Recusar
dispute-decline-title = Recusar a proposta do vendedor
dispute-next-title = E agora?
dispute-escalate-text = Não chegaram a um acordo? A plataforma compara as fotos do anúncio com as suas e decide.
dispute-escalate = Pedir a decisão da plataforma
dispute-escalate-later = Você poderá pedir a decisão da plataforma depois do prazo indicado acima. Enquanto isso, pode fazer outra proposta.
dispute-counter-label = Propor outra coisa
dispute-counter-message = Mensagem ao vendedor (opcional)
dispute-counter-send = Enviar minha proposta
dispute-done-accepted = Você aceitou a proposta.
dispute-done-escalated = Agora a plataforma vai analisar o caso.
dispute-done-cancelled = A disputa foi cancelada.
dispute-done-countered = Sua proposta foi enviada ao vendedor.
dispute-done-message = Sua mensagem foi enviada.
dispute-done-return = O código de rastreio foi enviado ao vendedor.
dispute-changed = Esta disputa mudou nesse meio-tempo. Carregamos o estado atual — confira e tente de novo.
dispute-not-allowed = Esta ação não é mais possível no estado atual da disputa.
dispute-return-title = Devolver o item
dispute-return-address = Devolva o item para { $seller }; o vendedor paga o frete da devolução.
dispute-return-due = Envie até { $dates }
dispute-return-shipped = Enviado, código de rastreio:
dispute-return-received = O vendedor recebeu a devolução.
dispute-return-carrier = Transportadora
dispute-return-tracking = Código de rastreio
dispute-return-invalid = Informe a transportadora e um código de rastreio de 4 a 40 caracteres.
dispute-return-send = Enviar o código de rastreio
dispute-compare-title = O anúncio e suas fotos
dispute-compare-listing = Fotos do anúncio
dispute-compare-yours = Suas fotos
dispute-compare-snapshot-note = Como o anúncio estava quando você comprou.
dispute-compare-current-note = As fotos atuais do anúncio (podem ter mudado desde a sua compra).
dispute-compare-no-photos = Você não adicionou fotos.
dispute-photo-zoom = { $title }, foto { $index }
dispute-zoom-keys = Setas: foto seguinte ou anterior. Escape: fechar.
dispute-zoom-close = Fechar
dispute-messages-title = Mensagens
dispute-messages-empty = Nenhuma mensagem ainda.
dispute-message-label = Escreva ao vendedor
dispute-message-send = Enviar a mensagem
dispute-claim-title = Sua reclamação
dispute-history-title = Histórico
dispute-event-opened = Disputa aberta
dispute-event-proposed = Proposta
dispute-event-accepted = Proposta aceita
dispute-event-rejected = O vendedor recusou a reclamação
dispute-event-auto-accepted = O vendedor não respondeu a tempo: seu pedido continua valendo
dispute-event-escalated = Enviada à plataforma para decisão
dispute-event-decided = A plataforma decidiu
dispute-event-message = Mensagem
dispute-event-return-shipped = Devolução enviada
dispute-event-return-received = Devolução recebida pelo vendedor
dispute-event-return-expired = A devolução não foi enviada a tempo
dispute-event-resent = O vendedor enviou o item de novo
dispute-event-redelivered = O item foi entregue de novo
dispute-event-refunded = Dinheiro devolvido a você
dispute-event-released = Dinheiro pago ao vendedor
dispute-event-cancelled = Disputa cancelada
dispute-event-unknown = Atualização
dispute-cancel-title = Cancelar a disputa
dispute-cancel-text = Se o problema foi resolvido, você pode retirar a disputa. O pedido então segue normalmente.
dispute-cancel = Cancelar a disputa
dispute-cancel-ok = Sim, cancelar a disputa
dispute-cancel-keep = Manter a disputa

## Translator tools

l10n-title = Traduções
l10n-intro = Todas as mensagens nos seis idiomas lado a lado, lidas dos arquivos que a loja serve agora. As células marcadas precisam do olhar de um tradutor.
l10n-modes = Ver a loja
l10n-mode-ids = Com os identificadores
l10n-mode-pseudo = Pseudolocalização
l10n-mode-pseudo-rtl = Pseudolocalização espelhada
l10n-mode-off = Como de costume
l10n-banner-ids = Prévia para tradutores: ids das mensagens no lugar do texto.
l10n-banner-pseudo = Prévia para tradutores: pseudolocalização.
l10n-banner-pseudo-rtl = Prévia para tradutores: pseudolocalização espelhada.
l10n-banner-exit = Voltar à loja normal
l10n-filter-status = Situação
l10n-status-all = Todas as mensagens
l10n-status-problems = Com alguma marca
l10n-status-missing = Faltando
l10n-status-empty = Vazio
l10n-status-unchanged = Igual ao inglês
l10n-status-mismatch = Variáveis diferentes
l10n-status-long = Mais de 40% mais longo
l10n-filter-page = Página
l10n-page-all = Todas as páginas
l10n-filter-id = O identificador contém
l10n-args-title = Argumentos de exemplo
l10n-arg-number = Número
l10n-arg-text = Nome ou texto
l10n-sample-long = Nome longo
l10n-sample-rtl = Nome da direita para a esquerda
# $shown: rows on screen; $total: messages matching the filters
l10n-shown = { $total ->
    [one] Mostrando { $shown } de { $total } mensagem
    [many] Mostrando { $shown } de { $total } de mensagens
   *[other] Mostrando { $shown } de { $total } mensagens
}
l10n-col-id = Identificador
l10n-show-more = Mostrar mais
l10n-notes = Nota:
l10n-plural-grid = Formas de plural
l10n-plural-number = Número
# $percent: signed percentage against English, e.g. "+55%"
l10n-length = { $percent } em relação ao inglês
# $count: number of errors; $file: the file's path
l10n-syntax-errors = { $count ->
    [one] { $count } erro de sintaxe em { $file }
    [many] { $count } de erros de sintaxe em { $file }
   *[other] { $count } erros de sintaxe em { $file }
}
l10n-ids-panel = Em todos os idiomas

## Widgets

widget-title-product = Produto da Storefront
widget-title-buy = Comprar na Storefront
widget-title-collection = Produtos da Storefront
widget-buy = Comprar
widget-buy-for = Comprar por { $price }
widget-variant-choose = Escolha…
widget-new-tab = (abre a loja em uma nova aba)
widget-unavailable = Este item não está disponível no momento.
widget-offline = Não foi possível acessar a loja agora.
widget-retrying = { $seconds ->
    [one] Tentaremos de novo em { $seconds } segundo.
    [many] Tentaremos de novo em { $seconds } segundos.
   *[other] Tentaremos de novo em { $seconds } segundos.
}
widget-collection-empty = Ainda não há itens para mostrar.
widget-collection-label = Produtos da Storefront
widget-wish-failed = Não foi possível alterar seus favoritos. Tente novamente.
cart-add-title = Adicionando ao seu carrinho
cart-add-unavailable = Não é possível adicionar este item: ele não está mais disponível.
cart-add-sold-out = Este item está esgotado, por isso não pode ser adicionado ao carrinho.
cart-add-choose = Qual você quer?
partners-title = Widgets para sites parceiros
partners-intro = Escolha um widget e suas opções, confira a pré-visualização e cole o código no seu site. Os pedidos feitos pelos seus widgets são creditados ao seu ID de parceiro.
partners-kind = Tipo de widget
partners-kind-product = Card de produto
partners-kind-buy = Botão de compra
partners-kind-collection = Coleção
partners-product = ID do produto
partners-source-hint = Preencha um destes campos: uma categoria (ID ou nome do endereço dela), uma busca ou IDs de produtos separados por vírgulas.
partners-category = Categoria
partners-query = Busca
partners-ids = IDs de produtos
partners-limit = Número de itens
partners-layout = Disposição
partners-layout-grid = Grade
partners-layout-carousel = Carrossel
partners-theme = Tema
partners-theme-light = Claro
partners-theme-dark = Escuro
partners-theme-accent = Destaque
partners-partner = Seu ID de parceiro
partners-partner-hint = Até 64 letras latinas, dígitos, pontos, hifens ou sublinhados.
partners-partner-invalid = Este ID de parceiro não pode ser usado: só letras latinas, dígitos, pontos, hifens e sublinhados, até 64.
partners-preview = Pré-visualização
partners-preview-frame = Pré-visualização do widget
partners-snippet = Código para o seu site
partners-copy = Copiar código
partners-copied = Copiado para a área de transferência.
partners-copy-failed = Não é permitido copiar aqui: o código está selecionado, pressione Ctrl+C (⌘C no Mac).
