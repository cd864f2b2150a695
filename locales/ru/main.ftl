# Storefront — русский.

-brand = Storefront

## Site

site-name = { -brand }
site-title = { -brand } — миллионы товаров с защитой покупателя
page-title = { $page } · { -brand }
# Composed pages (the server's <title>, description and link previews; crates/server/src/pages)
# $title: product title, $price: its price, $store: seller name, $rating: average stars
seo-product-title = { $title } — { $price } | { -brand }
seo-product-description = { $title }: { $price }, продавец { $store }, рейтинг { $rating } из 5. Защита покупателя для каждого заказа.
# $name: category name, $count: products in it
seo-category-title = { $name } | { -brand }
seo-category-description = { $name } в { -brand }: товаров в наличии — { $count }, от проверенных продавцов, с защитой покупателя.
# $query: what the buyer searched for
seo-search-title = «{ $query }»: результаты поиска | { -brand }
seo-search-description = Товары по запросу «{ $query }» в { -brand } с защитой покупателя для каждого заказа.
# $store: seller name, $percent: positive feedback share
seo-store-title = { $store }: магазин в { -brand }
seo-store-description = Все товары магазина { $store } в { -brand }. Положительных отзывов: { $percent }%.
seo-home-description = Миллионы товаров от проверенных продавцов — от одной штуки до оптовых партий, с защитой покупателя.
seo-categories-description = Все категории { -brand }: электроника, одежда, дом, игрушки и многое другое.
skip-link = Перейти к основному содержимому
loading = Загрузка…
logo-label = { -brand }, главная страница

## Header

topbar-protection = Защита покупателя: оплата удерживается, пока вы не подтвердите получение
search-label = Поиск товаров
search-placeholder = Поиск среди товаров
search-submit = Найти
language-label = Язык
currency-label = Валюта
ship-to-label = Доставка в
cart-label = { $count ->
    [0] Корзина пуста
    [one] Корзина, { $count } товар
    [few] Корзина, { $count } товара
    [many] Корзина, { $count } товаров
   *[other] Корзина, { $count } товара
}

## Navigation

nav-home = Главная
nav-categories = Каталог
nav-cart = Корзина
nav-account = Профиль
nav-inbox = Входящие
inbox-badge-label = Уведомления, непрочитанных: { $count }
nav-wishlist = Избранное
bottom-nav-label = Основная навигация
breadcrumbs-label = Навигационная цепочка
subcategories-label = Подкатегории
footer-nav-label = Разделы сайта
footer-protection = Платите спокойно: продавец получит деньги только после того, как вы подтвердите, что заказ пришёл и соответствует описанию. Если что-то не так — откройте спор и получите полный или частичный возврат.

## Actions

action-retry = Повторить
action-load-more = Показать ещё
action-see-all = Смотреть все
action-start-shopping = За покупками
action-continue-shopping = Продолжить покупки
action-go-home = На главную

## Home

home-title = Всё, что нужно, с доставкой по всему миру
home-subtitle = Миллионы товаров от проверенных продавцов — от одной штуки до оптовых партий.
perk-protection = Защита покупателя для каждого заказа
perk-shipping = { $count ->
    [one] Доставка в { $count } страну
    [few] Доставка в { $count } страны
    [many] Доставка в { $count } стран
   *[other] Доставка в { $count } страны
}
perk-shipping-intl = Международная доставка
perk-refunds = Полный или частичный возврат через спор
home-deals = Товары дня
home-deals-note = Новые скидки каждый день
deals-prev = Предыдущие товары дня
deals-next = Ещё товары дня
home-categories = Категории
home-recommended = Рекомендуем вам
recent-title = Вы недавно смотрели
home-more = Вам может понравиться
feed-empty = Здесь пока нет товаров.
feed-end = Вы посмотрели всё.

## Product cards

discount-badge = −{ $percent }
price-original-label = Цена без скидки:
price-range = { $min } – { $max }
free-shipping = Бесплатная доставка
wishlist-add = Добавить в избранное
wishlist-remove = Убрать из избранного
rating-label = Оценка { $rating } из 5
reviews-count = { $count ->
    [one] { $count } отзыв
    [few] { $count } отзыва
    [many] { $count } отзывов
   *[other] { $count } отзыва
}
sold-count = { $count ->
    [one] { $count } продажа
    [few] { $count } продажи
    [many] { $count } продаж
   *[other] { $count } продажи
}
products-count = { $count ->
    [one] { $count } товар
    [few] { $count } товара
    [many] { $count } товаров
   *[other] { $count } товара
}

## Categories and search

categories-title = Все категории
category-unavailable = Категория недоступна
search-all-title = Все товары
search-title = Результаты по запросу «{ $query }»

## Product page

product-unavailable = Товар недоступен
gallery-image = Изображение { $index } из { $total }
tiers-title = Больше покупаете — меньше платите
tiers-quantity = Количество
tiers-unit-price = Цена за штуку
shipping-title = Доставка
shipping-none = Этот товар не доставляется в страну «{ $country }». Выберите другую страну в поле «Доставка в».
shipping-days = { $max ->
    [one] { $min }–{ $max } день
    [few] { $min }–{ $max } дня
    [many] { $min }–{ $max } дней
   *[other] { $min }–{ $max } дня
}
shipping-tracked = С отслеживанием
product-specs = Характеристики
product-description = Описание
seller-title = Продавец
seller-positive = { $percent }% положительных отзывов
seller-feedback = { $count ->
    [one] { $count } оценка
    [few] { $count } оценки
    [many] { $count } оценок
   *[other] { $count } оценки
}
seller-years = { $count ->
    [one] { $count } год на { -brand }
    [few] { $count } года на { -brand }
    [many] { $count } лет на { -brand }
   *[other] { $count } года на { -brand }
}
seller-followers = { $count ->
    [one] { $count } подписчик
    [few] { $count } подписчика
    [many] { $count } подписчиков
   *[other] { $count } подписчика
}
seller-described = Соответствие описанию
seller-communication = Общение
seller-shipping-speed = Скорость отправки

## Product page: gallery, buying, protection

gallery-label = Фотографии товара
gallery-hint = Стрелки переключают фото, Enter увеличивает его.
gallery-prev = Предыдущее фото
gallery-next = Следующее фото
tiers-range = { $min }–{ $max } шт.
tiers-open = от { $min } шт.
buy-box-label = Количество и покупка
quantity-label = Количество
quantity-decrease = Уменьшить количество
quantity-increase = Увеличить количество
stock-available = { $count ->
    [one] В наличии { $count } штука
    [few] В наличии { $count } штуки
    [many] В наличии { $count } штук
   *[other] В наличии { $count } штуки
}
stock-out = Нет в наличии
unit-price-label = Цена за штуку
total-label = { $count ->
    [one] Итого за { $count } штуку
    [few] Итого за { $count } штуки
    [many] Итого за { $count } штук
   *[other] Итого за { $count } штуки
}
variant-choose = Сначала выберите вариант в каждой группе.
variant-not-chosen = Не выбрано
add-to-cart = В корзину
buy-now = Купить сейчас
added-to-cart = Товар добавлен в корзину.
shipping-route = Откуда: { $from } · Куда: { $to }
delivery-window = Доставка: { $dates }
shipping-untracked = Без отслеживания
protection-title = Защита покупателя
protection-held = Мы держим вашу оплату и переводим её продавцу только после того, как вы подтвердите получение заказа.
protection-refund = Заказ не пришёл или не соответствует описанию? Откройте спор и получите полный или частичный возврат денег.
protection-arbitration = Если вы не договоритесь с продавцом, мы сравним фото в объявлении с вашими фото и примем решение.
seller-visit = Перейти в магазин
similar-title = Похожие товары
more-from-store-title = Ещё из этого магазина
follow-store = Подписаться
follow-following = Вы подписаны
follow-failed = Не удалось сохранить. Попробуйте ещё раз.

## Product page: report a listing

report-open = Пожаловаться на товар
report-title = Сообщить о подделке или нарушении прав
report-intro = Расскажите, что не так с этим товаром. Мы проверяем каждую жалобу; продавец не узнает, кто её отправил.
report-reason-label = Причина
report-reason-choose = Выберите причину
report-reason-counterfeit = Подделка фирменного товара
report-reason-ip-infringement-trademark = Товарный знак используется без разрешения
report-reason-ip-infringement-copyright = Скопированы фото, текст или дизайн
report-reason-prohibited-item = Товар, запрещённый к продаже
report-reason-misleading-listing = Название, фото или описание вводят в заблуждение
report-reason-other = Другое
report-details-label = Что не так?
report-details-hint = Опишите, что вы заметили: от { $min } до { $max } знаков.
report-details-count = { $count } из { $max } знаков
report-email-label = Ваш e-mail (необязательно)
report-email-hint = Укажите, только если хотите, чтобы мы связались с вами по этой жалобе.
report-evidence-label = Фотографии (необязательно)
report-evidence-hint = { $count ->
    [one] До { $count } фотографии
    [few] До { $count } фотографий
    [many] До { $count } фотографий
   *[other] До { $count } фотографии
} в формате JPEG, PNG или WebP, каждая не больше { $max } МБ.
report-file-remove = Удалить фотографию { $index }
report-submit = Отправить жалобу
report-sending = Отправляем…
report-cancel = Отмена
report-error-reason = Выберите причину.
report-error-details-required = Опишите проблему.
report-error-details-short = { $count ->
    [one] Напишите не меньше { $count } знака.
    [few] Напишите не меньше { $count } знаков.
    [many] Напишите не меньше { $count } знаков.
   *[other] Напишите не меньше { $count } знака.
}
report-error-details-long = { $count ->
    [one] Напишите не больше { $count } знака.
    [few] Напишите не больше { $count } знаков.
    [many] Напишите не больше { $count } знаков.
   *[other] Напишите не больше { $count } знака.
}
report-error-email = Введите адрес вида name@example.com или оставьте поле пустым.
report-error-evidence-count = { $count ->
    [one] Можно приложить не больше { $count } фотографии.
    [few] Можно приложить не больше { $count } фотографий.
    [many] Можно приложить не больше { $count } фотографий.
   *[other] Можно приложить не больше { $count } фотографии.
}
report-error-file-large = Фотография слишком большая: не больше { $count } МБ и 8192 пикселей по стороне.
report-error-file-type = Этот файл — не фотография в формате JPEG, PNG или WebP.
report-error-file-broken = Не удалось прочитать эту фотографию. Выберите другой файл.
report-error-field = Это значение не принято.
report-done-title = Спасибо, ваша жалоба получена
report-done = Номер жалобы: { $reference }. Наша команда проверит товар.
report-close = Закрыть

## Reviews

reviews-title = Отзывы
reviews-filter-label = Фильтр отзывов
reviews-filter-all = Все
reviews-filter-photos = С фото
reviews-filter-photos-count = С фото ({ $count })
reviews-filter-stars = { $stars ->
    [one] { $stars } звезда
    [few] { $stars } звезды
    [many] { $stars } звёзд
   *[other] { $stars } звезды
}
reviews-histogram-label = Оценки по числу звёзд
reviews-histogram-row = { $stars ->
    [one] { $stars } звезда
    [few] { $stars } звезды
    [many] { $stars } звёзд
   *[other] { $stars } звезды
}: { $count ->
    [one] { $count } отзыв
    [few] { $count } отзыва
    [many] { $count } отзывов
   *[other] { $count } отзыва
}
reviews-empty = Отзывов пока нет.
reviews-filter-empty = Нет отзывов, подходящих под этот фильтр.
reviews-more = Ещё отзывы
review-photo = Фото { $index } из { $total } от покупателя { $author }

## Results, filters, suggestions

sort-label = Сортировка
sort-best-match = По релевантности
sort-orders = По числу заказов
sort-price-asc = Сначала дешевле
sort-price-desc = Сначала дороже
sort-newest = Новинки
sort-rating = С высоким рейтингом
filters-title = Фильтры
filters-title-count = Фильтры ({ $count })
filters-close = Закрыть фильтры
filters-clear = Сбросить все фильтры
filters-categories = Категории
filters-price = Цена, { $currency }
price-min = От
price-max = До
price-apply = Применить
price-invalid = Введите цену числом, например 12.50.
price-inverted = Минимальная цена больше максимальной.
price-hint = Здесь от { $min } до { $max }
price-invalid-hint = Исправьте диапазон цен, чтобы увидеть товары.
filters-shipping = Доставка и наличие
filter-free-shipping = Бесплатная доставка
filter-in-stock = В наличии
filters-delivery = Срок доставки
filter-delivery-any = Любой
filter-delivery-days = { $days ->
    [one] До { $days } дня
    [few] До { $days } дней
    [many] До { $days } дней
   *[other] До { $days } дня
}
filters-quality = Рейтинг
filter-rating-4 = 4 звезды и выше
filter-seller-95 = Продавцы с 95%+ положительных отзывов
filters-ships-from = Отправка из
filters-show = { $count ->
    [one] Показать { $count } товар
    [few] Показать { $count } товара
    [many] Показать { $count } товаров
   *[other] Показать { $count } товара
}
results-earlier = { $count ->
    [one] Показать предыдущие результаты (скрыт { $count })
    [few] Показать предыдущие результаты (скрыто { $count })
    [many] Показать предыдущие результаты (скрыто { $count })
   *[other] Показать предыдущие результаты (скрыто { $count })
}
no-results-title = Ничего не найдено
no-results-text = Проверьте написание, сократите запрос или снимите часть фильтров.
related-queries = Попробуйте эти запросы
related-categories = Или загляните в категории
suggestions-label = Подсказки
suggestion-in = в категории «{ $category }»

## Cart and account

cart-title = Корзина
cart-empty = Ваша корзина пуста
cart-items = { $count ->
    [one] В корзине { $count } товар
    [few] В корзине { $count } товара
    [many] В корзине { $count } товаров
   *[other] В корзине { $count } товара
}
cart-empty-hint = Добавленные товары будут ждать здесь до оформления заказа.
account-title = Профиль
account-empty = Здесь появятся ваши заказы
account-empty-hint = После оформления заказа на этой странице можно будет отслеживать его, подтверждать получение и открывать споры.

## Not found

not-found-title = Страница не найдена
not-found-text = Такой страницы нет или она переехала.

## Errors

error-title = Что-то пошло не так
error-generic = Не удалось загрузить данные. Попробуйте ещё раз.
error-network = Нет связи с магазином. Проверьте подключение к интернету и попробуйте ещё раз.
offline-banner = Нет подключения к сети. Открытые ранее страницы и корзина доступны; изменения отправятся, когда связь вернётся.
offline-action-needs-network = Для этого нужно подключение к магазину. Сейчас вы офлайн: введённые данные сохранены, повторите попытку, когда связь вернётся.
update-available = Доступна новая версия
update-reload = Обновить
error-malformed = Магазин прислал ответ, который не удалось прочитать. Попробуйте ещё раз.
error-server = В магазине временные неполадки. Попробуйте ещё раз через минуту.
error-not-found = Не удалось найти то, что вы искали.
error-route-not-found = Не удалось найти то, что вы искали.
error-category-not-found = Такой категории нет.
error-product-not-found = Такого товара нет или он больше не продаётся.
error-seller-not-found = Такого продавца нет.
error-image-not-found = Изображение недоступно.
error-invalid-cursor = Список изменился, пока вы его смотрели. Обновите его.
error-invalid-parameter = Часть запроса оказалась некорректной.
error-method-not-allowed = Это действие здесь недоступно.
error-validation-failed = Некоторые поля заполнены неверно. Проверьте их и попробуйте ещё раз.
error-payload-too-large = Файл слишком большой. Выберите файл поменьше.
error-unsupported-media-type = Этот тип файла не принимается. Используйте фото в формате JPEG, PNG или WebP.
error-idempotency-key-required = Не удалось безопасно отправить запрос. Попробуйте ещё раз.
error-idempotency-key-reused = Этот запрос уже был отправлен с другими данными. Обновите страницу и попробуйте снова.
error-internal = В магазине временные неполадки. Попробуйте ещё раз через минуту.
error-unknown = Произошла непредвиденная ошибка. Попробуйте ещё раз.

## Cart and checkout

cart-summary-label = Сводка заказа
cart-summary-title = Итого
# $count: pieces in the cart
cart-summary-items = { $count ->
    [one] Товары ({ $count } шт.)
    [few] Товары ({ $count } шт.)
    [many] Товары ({ $count } шт.)
   *[other] Товары ({ $count } шт.)
}
cart-summary-shipping = Доставка
cart-summary-seller-discounts = Купоны продавцов
cart-summary-platform-discount = Купон площадки
cart-summary-total = Всего
cart-charge-note = Цены показаны в выбранной валюте. Валюта и сумма списания указываются при оплате.
cart-checkout = Перейти к оформлению
cart-view = Открыть корзину
cart-nothing-active = В корзине нет товаров к заказу; отложенные — ниже.
cart-last-known = Корзина показана такой, какой была при последней загрузке.
cart-offline-blocked = Оформить заказ можно будет, когда магазин снова станет доступен.
cart-offline-pending = Ещё не сохранено: сохранится, когда появится связь.
cart-added-offline = Добавлено на этом устройстве: корзина сохранится, когда появится связь.
cart-offline-added = { $count ->
    [one] { $count } товар, добавленный без связи, появится здесь, когда связь вернётся.
    [few] { $count } товара, добавленных без связи, появятся здесь, когда связь вернётся.
    [many] { $count } товаров, добавленных без связи, появятся здесь, когда связь вернётся.
   *[other] { $count } товара, добавленных без связи, появятся здесь, когда связь вернётся.
}
cart-not-ready = Некоторые товары нельзя заказать в таком виде. Исправьте отмеченные строки.
cart-seller-subtotal = Сумма у продавца
cart-shipping-method = Способ доставки
cart-shipping-free = Бесплатно
# $carrier: carrier name; $cost: price or "Free"; $window: delivery dates
cart-shipping-option = { $carrier } · { $cost } · доставка { $window }
cart-no-shipping = Этот продавец не доставляет эти товары в выбранную страну.
# $price: price of one piece at this quantity
cart-unit-price = { $price } за шт.
cart-tier-applied = Оптовая цена
# $amount: coupon discount on the line
cart-line-discount = Купон −{ $amount }
cart-save-for-later = Отложить
cart-move-to-cart = Вернуть в корзину
cart-remove = Удалить
cart-change-variant = Изменить
cart-variant-label = Вариант
# $title: product title
cart-removed = «{ $title }» удалён из корзины.
cart-undo = Отменить
cart-saved-title = Отложенные товары
cart-problem-out-of-stock = Нет в наличии
# $stock: pieces left
cart-problem-over-stock = { $stock ->
    [one] Осталась только { $stock } штука: уменьшите количество.
    [few] Осталось только { $stock } штуки: уменьшите количество.
    [many] Осталось только { $stock } штук: уменьшите количество.
   *[other] Осталось только { $stock } штуки: уменьшите количество.
}
cart-problem-gone = Этот товар больше не продаётся.
cart-problem-not-shipped = Этот товар не доставляется в выбранную страну.
cart-problem-unknown = Этот товар сейчас нельзя заказать.
# $count: pieces
cart-items-short = { $count ->
    [one] { $count } товар
    [few] { $count } товара
    [many] { $count } товаров
   *[other] { $count } товара
}
drawer-close = Закрыть корзину
coupon-title = Купоны
coupon-label = Код купона
coupon-apply = Применить
coupon-order-note = Сначала применяются купоны продавцов — каждый к товарам своего продавца, затем один купон площадки ко всему заказу.
coupon-enter-code = Введите код купона.
coupon-not-added = Этот код уже применён, или применено максимальное число кодов.
# $amount: discount
coupon-applied = Применён: −{ $amount }
# $code: coupon code
coupon-remove = Убрать купон { $code }
coupon-coupon-not-found = Купона с таким кодом нет.
coupon-coupon-expired = Срок действия купона истёк.
coupon-lapsed = Срок действия купона { $code } истёк, и он убран из корзины.
# $min: minimum order
coupon-coupon-min-not-met = Купон действует при заказе от { $min }.
coupon-coupon-not-applicable = Купон не подходит ни к одному товару в корзине.
coupon-coupon-one-platform-only = В одном заказе можно использовать только один купон площадки.
coupon-unknown = Этот купон нельзя использовать.
checkout-title = Оформление заказа
checkout-steps-label = Шаги оформления
checkout-step-address = Адрес доставки
checkout-step-shipping = Доставка
checkout-step-payment = Оплата
checkout-step-review = Проверка и оплата
checkout-sign-in = Войдите или зарегистрируйтесь, чтобы продолжить
checkout-sign-in-note = Корзина сохранится: после входа вы продолжите с этого места.
checkout-address-add = Добавить новый адрес
checkout-continue = Продолжить
checkout-address-save-continue = Сохранить адрес и продолжить
checkout-address-choose = Выберите адрес доставки, чтобы продолжить.
checkout-back = Назад
checkout-back-to-cart = Вернуться в корзину
checkout-buy-now-note = Вы покупаете только этот товар: корзина остаётся без изменений.
checkout-buy-now-cart = Оформить всю корзину
checkout-change = Изменить
checkout-change-payment = Выбрать другой способ оплаты
# $seller: seller name
checkout-seller = Заказ у продавца { $seller }
# $carrier: carrier name
checkout-shipping-by = Доставка { $carrier }:
checkout-seller-coupon = Купон продавца:
checkout-platform-share = Купон площадки, доля этого заказа:
checkout-order-total = Сумма заказа:
# $method: payment method name
checkout-wallet-note = После оформления вы перейдёте на страницу { $method }, чтобы подтвердить оплату, и затем вернётесь сюда.
# $amount: amount charged; $currency: currency name
checkout-charge = С вас будет списано { $amount } ({ $currency }).
checkout-hold-note = Оплата удерживается и переводится продавцу только после того, как вы подтвердите получение заказа.
checkout-place = Оформить заказ
checkout-placing = Оформляем заказ…
checkout-confirm-again = Новая сумма показана в сводке. Проверьте её и снова нажмите «Оформить заказ», чтобы оплатить.
checkout-declined-kept = Деньги не списаны, корзина не изменилась.
complete-pay-again = Оплатить заказ { $number } другим способом
checkout-card-again = Пожалуйста, введите данные карты ещё раз.
card-number = Номер карты
card-exp-month = Месяц окончания (ММ)
card-exp-year = Год окончания (ГГ)
card-cvc = Код безопасности (CVC)
card-holder = Имя на карте
card-test-note = Магазин использует тестовую платёжную систему: настоящие деньги не списываются.
card-error-required = Введите номер карты.
card-error-number = Неверный номер карты. Проверьте цифры.
card-error-month = Введите месяц числом от 1 до 12.
card-error-year = Введите год двумя или четырьмя цифрами.
card-error-expired = Срок действия карты истёк.
card-error-cvc = Введите 3 или 4 цифры с обратной стороны карты.
card-error-holder = Введите имя так, как оно написано на карте.
card-error-server = Проверьте это поле.
payment-method-card = Банковская карта
payment-method-qiwi = QIWI Кошелёк
payment-method-webmoney = Кошелёк WebMoney
payment-method-boleto = Boleto (бразильский платёжный бланк)
payment-method-other = Другой способ оплаты
payment-declined-card-declined = Банк отклонил карту. Попробуйте другую карту или способ оплаты.
payment-declined-insufficient-funds = На карте недостаточно средств. Попробуйте другую карту или способ оплаты.
payment-declined-declined-by-buyer = Оплата отменена на странице платёжной системы.
payment-declined-unknown = Платёж отклонён.
complete-title = Спасибо, заказ оформлен
# $count: number of orders
complete-orders = { $count ->
    [1] Ваш заказ у одного продавца:
    [one] Покупка разделена на { $count } заказ — по одному на продавца:
    [few] Покупка разделена на { $count } заказа — по одному на продавца:
    [many] Покупка разделена на { $count } заказов — по одному на продавца:
   *[other] Покупка разделена на { $count } заказа — по одному на продавца:
}
complete-charged = Списано
complete-hold-title = Оплата удерживается
complete-hold-text = Мы храним ваши деньги и переводим их продавцу только после того, как вы подтвердите получение заказа. Если что-то не так, вы можете открыть спор и получить возврат.
complete-see-orders = Мои заказы
complete-waiting-title = Ждём вашего подтверждения
complete-waiting = Оплата ещё не подтверждена. Завершите её на странице платёжной системы.
complete-continue-payment = Перейти к оплате
complete-declined-title = Оплата не прошла

## Account

account-sign-in-link = Войти
account-link-label = Аккаунт: { $name }
account-signin-title = Вход или регистрация
account-modes-label = Вход или регистрация
account-signin-tab = Вход
account-register-tab = Регистрация
account-name-label = Ваше имя
account-email-label = Электронная почта
account-password-label = Пароль
account-password-show = Показать пароль
account-password-hint = { $count ->
    [one] Не менее { $count } символа.
    [few] Не менее { $count } символов.
    [many] Не менее { $count } символов.
   *[other] Не менее { $count } символа.
}
account-signin-submit = Войти
account-register-submit = Создать аккаунт
account-signin-instead = Войти с этой почтой
account-working = Подождите…
account-retry-seconds = { $count ->
    [one] Попробуйте снова через { $count } секунду.
    [few] Попробуйте снова через { $count } секунды.
    [many] Попробуйте снова через { $count } секунд.
   *[other] Попробуйте снова через { $count } секунды.
}
account-retry-minutes = { $count ->
    [one] Попробуйте снова через { $count } минуту.
    [few] Попробуйте снова через { $count } минуты.
    [many] Попробуйте снова через { $count } минут.
   *[other] Попробуйте снова через { $count } минуты.
}
account-field-required = Заполните это поле.
account-field-too-short = { $count ->
    [one] Слишком коротко: нужно не менее { $count } символа.
    [few] Слишком коротко: нужно не менее { $count } символов.
    [many] Слишком коротко: нужно не менее { $count } символов.
   *[other] Слишком коротко: нужно не менее { $count } символа.
}
account-field-too-long = { $count ->
    [one] Слишком длинно: не более { $count } символа.
    [few] Слишком длинно: не более { $count } символов.
    [many] Слишком длинно: не более { $count } символов.
   *[other] Слишком длинно: не более { $count } символа.
}
account-field-email-malformed = Введите адрес почты вида name@example.com.
account-field-phone-malformed = Введите номер телефона не короче 5 цифр; можно пробелы, +, - и скобки.
account-field-malformed = Проверьте это значение.
account-field-country-not-shipped = Мы не доставляем в эту страну.
account-field-postal-code-format = Это не почтовый индекс выбранной страны; см. пример выше.
account-details-title = Ваши данные
account-sign-out = Выйти
account-addresses-title = Адреса доставки
account-addresses-empty = У вас пока нет сохранённых адресов.
account-address-add = Добавить адрес
account-address-new-title = Новый адрес
account-address-edit-title = Изменить адрес
account-address-edit = Изменить
account-address-edit-label = Изменить адрес получателя { $name }
account-address-delete = Удалить
account-address-delete-label = Удалить адрес получателя { $name }
account-address-delete-confirm = Удалить этот адрес?
account-address-delete-yes = Да, удалить
account-address-delete-no = Оставить
account-address-default = Адрес по умолчанию
account-address-make-default = Сделать основным
account-address-default-check = Использовать как адрес по умолчанию
account-address-save = Сохранить адрес
account-address-saved = Адрес сохранён.
account-address-deleted = Адрес удалён.
account-cancel = Отмена
account-recipient-label = Полное имя получателя
account-recipient-hint = Как в паспорте — это нужно для таможни.
account-phone-label = Телефон
account-phone-hint = По этому номеру позвонит курьер.
account-country-label = Страна
account-country-choose = Выберите страну
account-region-label = Регион, область или край (необязательно)
account-city-label = Город
account-street-label = Улица, дом и квартира
account-postal-label = Почтовый индекс
account-postal-hint = Например: { $example }
account-postal-hint-other = От 2 до 12 букв или цифр; можно пробелы и дефисы.

## Orders

orders-title = Мои заказы
account-orders-link = Мои заказы
account-disputes-link = Мои споры
account-wishlist-link = Избранное
account-following-link = Мои магазины
wishlist-title = Избранное
wishlist-signin-note = Войдите, чтобы избранное было доступно на всех ваших устройствах.
wishlist-empty = В избранном пока пусто. Нажмите на сердечко у товара, чтобы сохранить его здесь.
wishlist-price-dropped = Цена снизилась
wishlist-price-when-added = При добавлении:
wishlist-out-of-stock = Нет в наличии
wishlist-gone = Товар больше не продаётся
wishlist-remove-button = Удалить
wishlist-remove-label = Удалить «{ $title }» из избранного
wishlist-removed = Удалено из избранного.
wishlist-added-to-cart = Добавлено в корзину.
following-title = Мои магазины
following-empty = Вы пока не подписаны ни на один магазин. Нажмите «Подписаться» на странице магазина, и он появится здесь.
buy-again = Купить снова
buy-again-added = { $count ->
    [one] { $count } товар добавлен в корзину.
    [few] { $count } товара добавлены в корзину.
    [many] { $count } товаров добавлены в корзину.
   *[other] { $count } товара добавлены в корзину.
}
buy-again-nothing = Ни один из этих товаров сейчас нельзя купить.
buy-again-price-changed = «{ $title }»: цена изменилась с { $then } на { $now }.
buy-again-out-of-stock = «{ $title }» нет в наличии.
buy-again-gone = «{ $title }» больше не продаётся.
orders-tabs-label = Заказы по статусу
orders-tab-all = Все
orders-tab-awaiting-payment = Ждут оплаты
orders-tab-awaiting-shipment = Ждут отправки
orders-tab-shipped = Отправлены
orders-tab-awaiting-confirmation = Ждут подтверждения
orders-tab-completed = Завершены
orders-tab-in-dispute = Спор открыт
orders-empty = Здесь пока нет заказов.
orders-show-more = Показать ещё заказы
orders-back = К моим заказам
order-page-title = Заказ
order-title = Заказ { $reference }
order-state-pending-payment = Ждёт оплаты
order-state-paid-held = Оплачен, ждёт отправки
order-state-shipped = Отправлен
order-state-delivered = Доставлен
order-state-completed = Завершён
order-state-cancelled = Отменён
order-state-unknown = Статус неизвестен
order-state-in-dispute = Открыт спор
hold-title = Ваш платёж
hold-pending = { $amount } — ещё не оплачено
hold-held = { $amount } удерживается — продавцу ещё не переведено
hold-frozen = { $amount } заморожено на время спора — продавцу не переведено
hold-released = { $amount } переведено продавцу
hold-refunded = { $amount } возвращено вам
hold-partially-refunded = { $amount } возвращено вам, { $price } переведено продавцу
hold-voided = Платёж не завершён — деньги не списаны.
hold-unknown = Состояние платежа сейчас неизвестно.
hold-paid = Вы заплатили
hold-still-held = Ещё удерживается
hold-to-seller = Переведено продавцу
hold-to-you = Возвращено вам
countdown-days-left = { $days ->
    [one] Остался { $days } день
    [few] Осталось { $days } дня
    [many] Осталось { $days } дней
   *[other] Осталось { $days } дня
}
countdown-hours-left = { $count ->
    [one] Остался { $count } час
    [few] Осталось { $count } часа
    [many] Осталось { $count } часов
   *[other] Осталось { $count } часа
}
countdown-minutes-left = { $count ->
    [one] Осталась { $count } минута
    [few] Осталось { $count } минуты
    [many] Осталось { $count } минут
   *[other] Осталось { $count } минуты
}
countdown-auto-confirm-at = Подтвердится автоматически { $dates }
countdown-protection-ends-at = Защита покупателя закончится { $dates }
countdown-deadline-at = Срок: { $dates }
countdown-effect-complete-release = Тогда заказ завершится сам, и удержанные деньги уйдут продавцу.
countdown-effect-unknown = Тогда заказ перейдёт к следующему шагу сам.
countdown-passed-complete-release = Срок истёк: заказ завершается, деньги уходят продавцу.
countdown-passed-unknown = Срок истёк.
order-timeline-title = Что происходило
order-tracking-number = Трек-номер
order-tracking-copy = Копировать
order-tracking-copied = Трек-номер скопирован
order-tracking-copy-failed = Не удалось скопировать: выделите номер и скопируйте его вручную.
order-delivery-title = Доставка
order-ships-within = { $days ->
    [one] Продавец отправит заказ в течение { $days } дня после оплаты.
    [few] Продавец отправит заказ в течение { $days } дней после оплаты.
    [many] Продавец отправит заказ в течение { $days } дней после оплаты.
   *[other] Продавец отправит заказ в течение { $days } дня после оплаты.
}
order-delivery-estimate = Ожидаемая доставка: { $dates }
order-delivery-carrier = Перевозчик: { $carrier }
order-totals-title = Оплата
order-totals-coupons = Купоны
order-totals-paid = Вы заплатили
order-totals-refunded = Возвращено вам
order-totals-net = Итого с учётом возвратов
order-lines-title = Товары
order-line-quantity = { $count ->
    [one] { $count } штука
    [few] { $count } штуки
    [many] { $count } штук
   *[other] { $count } штуки
}
order-address-title = Адрес доставки
actor-buyer = Вы
actor-seller = Продавец
actor-system = Storefront (система)
actor-carrier = Перевозчик
actor-unknown = Кто-то
event-placed = Заказ оформлен
event-paid-held = Оплачено { $amount } — деньги удерживаются, продавцу не переведены
event-shipped = Продавец отправил заказ через { $carrier }
event-tracking = Обновление отслеживания
event-delivered = Доставлен
event-receipt-confirmed = Вы подтвердили получение
event-auto-confirmed = Подтверждён автоматически: срок истёк
event-released = { $amount } переведено продавцу
event-cancelled = Заказ отменён
event-refunded = { $amount } возвращено вам
event-extension-requested = { $days ->
    [one] Вы попросили продлить защиту на { $days } день
    [few] Вы попросили продлить защиту на { $days } дня
    [many] Вы попросили продлить защиту на { $days } дней
   *[other] Вы попросили продлить защиту на { $days } дня
}
event-extension-granted = { $days ->
    [one] Продавец продлил защиту на { $days } день; теперь она заканчивается { $to }
    [few] Продавец продлил защиту на { $days } дня; теперь она заканчивается { $to }
    [many] Продавец продлил защиту на { $days } дней; теперь она заканчивается { $to }
   *[other] Продавец продлил защиту на { $days } дня; теперь она заканчивается { $to }
}
event-extension-refused = { $days ->
    [one] Продавец отказал в продлении защиты на { $days } день
    [few] Продавец отказал в продлении защиты на { $days } дня
    [many] Продавец отказал в продлении защиты на { $days } дней
   *[other] Продавец отказал в продлении защиты на { $days } дня
}
event-feedback-left = Вы оставили отзыв
event-dispute-opened = Открыт спор — деньги заморожены
event-dispute-closed = Спор закрыт
event-unknown = Заказ обновлён
tracking-accepted-by-carrier = Принят перевозчиком
tracking-departed-sorting-centre = Покинул сортировочный центр
tracking-in-transit = В пути
tracking-arrived-destination-country = Прибыл в страну назначения
tracking-customs-cleared = Прошёл таможню
tracking-arrived-local-facility = В местном отделении доставки
tracking-out-for-delivery = Передан курьеру
tracking-unknown = Обновление отслеживания
order-actions-label = Что можно сделать
action-confirm-receipt = Подтвердить получение
action-cancel-order = Отменить заказ
action-open-dispute = Открыть спор
action-request-extension = Попросить продлить
extension-days-label = Продлить защиту на
extension-days-option = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
extension-pending = { $days ->
    [one] Вы попросили продлить на { $days } день — ждём ответа продавца.
    [few] Вы попросили продлить на { $days } дня — ждём ответа продавца.
    [many] Вы попросили продлить на { $days } дней — ждём ответа продавца.
   *[other] Вы попросили продлить на { $days } дня — ждём ответа продавца.
}
extension-granted = { $days ->
    [one] Продавец продлил вашу защиту на { $days } день.
    [few] Продавец продлил вашу защиту на { $days } дня.
    [many] Продавец продлил вашу защиту на { $days } дней.
   *[other] Продавец продлил вашу защиту на { $days } дня.
}
extension-refused = { $days ->
    [one] Продавец отказался продлить вашу защиту на { $days } день.
    [few] Продавец отказался продлить вашу защиту на { $days } дня.
    [many] Продавец отказался продлить вашу защиту на { $days } дней.
   *[other] Продавец отказался продлить вашу защиту на { $days } дня.
}
extension-unknown = На ваш запрос о продлении ответили.
confirm-dialog-title = Подтвердить получение заказа?
confirm-dialog-text = Продавцу будет переведено { $amount }.
confirm-dialog-warning = Защита покупателя закончится: открыть спор по этому заказу будет нельзя. Подтверждайте, только если всё пришло как в описании.
confirm-dialog-ok = Да, заплатить продавцу
confirm-dialog-keep = Пока нет
cancel-dialog-title = Отменить этот заказ?
cancel-dialog-text = Продавец его ещё не отправил. Вам вернётся вся сумма: { $amount }.
cancel-dialog-ok = Отменить заказ
cancel-dialog-keep = Оставить заказ
order-done-confirmed = Получение подтверждено. Деньги переведены продавцу.
order-done-cancelled = Заказ отменён. Вся сумма возвращается вам.
order-done-extension = Запрос отправлен. Продавец ответит; до тех пор срок не меняется.
order-done-feedback = Спасибо за отзыв!
order-done-paid = Оплачено. Деньги удерживаются, пока вы не подтвердите получение заказа.
order-pay-again-unavailable = Этот заказ больше нельзя оплатить повторно (время вышло или товар закончился). Вот его текущее состояние.
order-pay-again-title = Оплатить снова
order-pay-again-text = Платёж отклонён, поэтому заказ отменён. Его можно оплатить другим способом до { $date }.
order-pay-again-submit = Оплатить снова
order-changed = Пока вы смотрели, заказ изменился. Вот его текущее состояние — проверьте и попробуйте снова.
order-not-allowed = Для этого заказа это уже невозможно. Вот его текущее состояние.
feedback-title = Оцените заказ
feedback-yours = Ваш отзыв
feedback-item-as-described = Соответствие описанию
feedback-communication = Общение
feedback-shipping-speed = Скорость отправки
feedback-stars = { $count ->
    [one] { $count } звезда
    [few] { $count } звезды
    [many] { $count } звёзд
   *[other] { $count } звезды
}
feedback-text-label = Ваш отзыв (необязательно)
feedback-text-count = { $count } из { $max } символов
feedback-public-note = Оценка «Соответствие описанию» и ваш отзыв появятся на странице товара с подписью из первой и последней буквы вашего имени.
feedback-stars-required = Оцените все три пункта: товар, общение и скорость отправки.
feedback-submit = Отправить отзыв

## Account and checkout errors

error-email-taken = Аккаунт с этим адресом почты уже существует. Войдите или укажите другой адрес.
error-invalid-credentials = Неверная почта или пароль.
error-too-many-attempts = Слишком много неудачных попыток входа. Подождите немного и попробуйте снова.
error-rate-limited = Слишком много запросов с этого подключения. Подождите немного и попробуйте снова.
error-server-busy = Магазин сейчас перегружен. Попробуйте снова через несколько секунд.
error-unauthenticated = Войдите, чтобы продолжить.
error-address-not-found = Этого адреса больше нет.
error-order-not-found = Мы не нашли этот заказ.
error-payment-not-found = Мы не нашли этот платёж.
error-price-changed = Цены в корзине изменились. Проверьте новую сумму перед оплатой.
error-out-of-stock = Некоторых товаров из корзины больше нет в нужном количестве.
error-cart-empty = Ваша корзина пуста.
error-shipping-unavailable = Некоторые товары нельзя доставить по этому адресу.
error-payment-declined = Платёж отклонён. Деньги не списаны.
error-payment-not-pending = Этот платёж уже завершён или отменён.
error-precondition-required = Обновите страницу заказа и попробуйте ещё раз.
error-precondition-failed = Заказ тем временем изменился. Мы загрузили его текущее состояние — проверьте его и попробуйте снова.
error-illegal-transition = Это действие больше недоступно для заказа в его текущем состоянии.
error-dispute-not-found = Спор не найден.
error-dispute-already-open = По этому товару уже открыт спор. Следить за ним можно на странице заказа.
error-dispute-window-closed = Открыть спор по этому заказу больше нельзя: он ещё не отправлен, уже завершён или срок защиты покупателя истёк.
error-conversation-not-found = Мы не нашли эту переписку.
error-notification-not-found = Мы не нашли это уведомление.

## Inbox

inbox-contact-seller = Написать продавцу
inbox-messages-title = Сообщения
inbox-notifications-title = Уведомления
inbox-mark-all-read = Отметить все как прочитанные
inbox-notifications-empty = Уведомлений пока нет. Здесь мы сообщим, когда ваши заказы сдвинутся с места.
inbox-messages-empty = Сообщений пока нет. Задайте вопрос продавцу кнопкой «Написать продавцу» на странице товара или заказа.
inbox-unread = Не прочитано
inbox-unread-count = Непрочитанных: { $count }
inbox-about-order = Заказ { $order }
inbox-back-to-messages = Все сообщения
inbox-message-label = Сообщение
inbox-message-placeholder = Напишите сообщение…
inbox-add-photos = Добавить фото (до 3)
inbox-remove-photo = Убрать фото { $name }
inbox-photo-refused = Некоторые фото не добавлены: можно до 3 фото в формате JPEG, PNG или WebP, каждое не больше 10 МБ.
inbox-photo-alt = Фото к сообщению
inbox-send = Отправить
inbox-sending = Отправляется…
inbox-failed-retry = Не отправлено — повторить
inbox-seller-answers-soon = Продавец обычно отвечает в течение нескольких часов.
inbox-n-order-paid = Оплата заказа { $order } получена. Продавец готовит его к отправке.
inbox-n-order-shipped = Заказ { $order } отправлен. Трек-номер: { $tracking }
inbox-n-order-delivered = Заказ { $order } доставлен.
inbox-n-protection-ending = Защита покупателя по заказу { $order } закончится через 3 дня — подтвердите получение или откройте спор.
inbox-n-auto-confirmed = Заказ { $order } подтверждён автоматически, оплата передана продавцу.
inbox-n-dispute-answered = Продавец ответил в споре по заказу { $order }.
inbox-n-dispute-decided = По спору о заказе { $order } принято решение.
inbox-n-message-reply = { $seller } ответил на ваше сообщение.
inbox-n-price-dropped = Цена снизилась: { $title } теперь стоит { $price } (было { $was }).
inbox-n-unknown = В вашем аккаунте есть новости.

## Disputes

dispute-form-title = Открыть спор
dispute-page-title = Спор
disputes-title = Мои споры
disputes-empty = У вас нет споров.
disputes-to-orders = К моим заказам
disputes-opened-on = Открыт { $dates }
disputes-all-link = Все мои споры
dispute-back-to-order = Назад к заказу
dispute-form-intro = Расскажите, что пошло не так. Деньги остаются замороженными и не переводятся продавцу, пока спор не закончится.
dispute-form-not-possible = Сейчас по этому заказу нельзя открыть спор: он ещё не отправлен, спор уже открыт или защита покупателя закончилась.
dispute-view-link = Открыть спор
dispute-form-order-changed = Заказ за это время изменился. Мы загрузили его текущее состояние — проверьте форму и отправьте её ещё раз.
dispute-line-label = О каком товаре речь?
dispute-item-label = Товар, о котором спор
dispute-choose = Выберите…
dispute-received-label = Посылка пришла?
dispute-received-yes = Да, посылка пришла
dispute-received-no = Нет, посылка не пришла
dispute-reason-label = Что случилось?
dispute-reason-not-as-described = Не соответствует описанию
dispute-reason-wrong-size-colour-material = Не тот размер, цвет или материал
dispute-reason-poor-quality = Плохое качество
dispute-reason-doesnt-work = Не работает
dispute-reason-counterfeit = Подделка
dispute-reason-damaged = Повреждён
dispute-reason-empty-parcel = Пустая посылка
dispute-reason-short-quantity = Меньше товаров, чем заказано
dispute-reason-still-in-transit = Всё ещё в пути
dispute-reason-held-at-customs = Задержан на таможне
dispute-reason-no-tracking = Нет данных отслеживания
dispute-reason-returned-to-sender = Возвращён отправителю
dispute-reason-wrong-address = Доставлен не по адресу
dispute-reason-unknown = Другая причина
dispute-outcome-label = Чего вы хотите?
dispute-outcome-full-refund = Полный возврат денег
dispute-outcome-partial-refund = Частичный возврат денег
dispute-outcome-return-and-refund = Вернуть товар и получить полный возврат
dispute-outcome-resend = Продавец бесплатно отправит товар ещё раз
dispute-outcome-no-refund = Без возврата денег
dispute-outcome-unknown = Другое решение
dispute-amount-label = Сумма возврата ({ $currency })
dispute-amount-hint = Больше нуля и меньше { $max }.
dispute-description-label = Опишите проблему
dispute-description-hint = От { $min } до { $max } знаков. Что вы ожидали и что получили?
dispute-description-count = { $count } из { $max } знаков
dispute-photos-label = Фотографии
dispute-photos-required-hint = Для этой причины нужна хотя бы одна фотография.
dispute-photos-optional-hint = Фотографии помогают продавцу и платформе понять проблему.
dispute-photos-limits = { $count ->
    [one] До { $count } фотографии
    [few] До { $count } фотографий
    [many] До { $count } фотографий
   *[other] До { $count } фотографии
} (JPEG, PNG или WebP), каждая не больше { $max } МБ; большие фото уменьшаются перед загрузкой.
dispute-photos-preparing = Фотографии ещё готовятся. Подождите немного и отправьте снова.
dispute-photo-preparing = Подготовка…
dispute-photo-ready = Готово к загрузке
dispute-photo-scaled = Уменьшено для загрузки
dispute-photo-uploading = Загрузка { $name }
dispute-photo-sent = Загружено
dispute-photo-retry = Повторить загрузку
dispute-photo-remove = Удалить фотографию { $index }
dispute-submit = Открыть спор
dispute-sending = Отправка…
dispute-error-line = Выберите товар, о котором спор.
dispute-error-received = Укажите, пришла ли посылка.
dispute-error-reason = Выберите, что случилось.
dispute-error-outcome = Выберите, чего вы хотите.
dispute-error-amount = Введите сумму возврата числом, например 12,50.
dispute-error-amount-range = Сумма должна быть больше нуля и меньше { $max }.
dispute-error-description = Опишите проблему.
dispute-error-description-short = { $count ->
    [one] Напишите не меньше { $count } знака.
    [few] Напишите не меньше { $count } знаков.
    [many] Напишите не меньше { $count } знаков.
   *[other] Напишите не меньше { $count } знака.
}
dispute-error-description-long = { $count ->
    [one] Напишите не больше { $count } знака.
    [few] Напишите не больше { $count } знаков.
    [many] Напишите не больше { $count } знаков.
   *[other] Напишите не больше { $count } знака.
}
dispute-error-photos-required = Для этой причины добавьте хотя бы одну фотографию.
dispute-error-photos-count = { $count ->
    [one] Можно добавить не больше { $count } фотографии.
    [few] Можно добавить не больше { $count } фотографий.
    [many] Можно добавить не больше { $count } фотографий.
   *[other] Можно добавить не больше { $count } фотографии.
}
dispute-error-file-large = Этот файл больше { $count } МБ.
dispute-error-file-type = Этот файл не фотография в формате JPEG, PNG или WebP.
dispute-error-file-broken = Не удалось прочитать фотографию. Попробуйте другую.
dispute-error-file-network = Загрузка не прошла. Проверьте подключение и повторите.
dispute-error-field = Проверьте это поле.
dispute-title = Спор о товаре «{ $title }»
dispute-order-ref = Заказ { $reference }
dispute-state-awaiting-seller = Ждём продавца
dispute-state-negotiating = Переговоры
dispute-state-escalated = На рассмотрении
dispute-state-resolved = Решён
dispute-state-cancelled = Отменён
dispute-state-unknown = В процессе
dispute-banner-your-action = Нужно ваше действие: продавец ответил.
dispute-banner-waiting-seller = Ждём ответа продавца.
dispute-banner-under-review = На рассмотрении: платформа сравнивает объявление с вашими фотографиями.
dispute-banner-resolved = Спор решён.
dispute-banner-cancelled = Вы отменили этот спор.
dispute-deadlines-label = Сроки
dispute-deadline-seller-reply = Продавец должен ответить до { $dates }
dispute-deadline-escalation = Попросить решения платформы можно с { $dates }
dispute-deadline-return-shipment = Отправьте возврат до { $dates }
dispute-deadline-return-receipt = Продавец подтвердит получение возврата до { $dates }
dispute-deadline-redelivery = Товар должны доставить повторно до { $dates }
dispute-deadline-decision = Платформа примет решение до { $dates }
dispute-deadline-passed = Время вышло
dispute-effect-accept-buyer = Если продавец не ответит, ваше требование будет принято.
dispute-effect-escalation = После этого можно попросить решения платформы.
dispute-effect-close-seller = Если возврат не отправлен к этому сроку, спор закроется в пользу продавца.
dispute-effect-refund-buyer = После этого вы получите полный возврат денег.
dispute-effect-resume-order = После этого заказ продолжится как обычно.
dispute-effect-platform-decides = Затем решение исполняется: возврат денег вам или выплата продавцу.
dispute-decision-title = Решение
dispute-decision-amount = Возврат: { $amount }
dispute-decision-by = Решил: { $name }
dispute-rationale-seller-silent = Продавец не ответил вовремя, поэтому ваше требование принято.
dispute-rationale-accepted = Одна сторона приняла предложение другой.
dispute-rationale-evidence-supports = Фотографии подтверждают вашу претензию.
dispute-rationale-partial-evidence = Фотографии частично подтверждают вашу претензию.
dispute-rationale-return-not-shipped = Возврат не был отправлен вовремя.
dispute-rationale-other = Решение принято по предоставленным доказательствам.
dispute-hold-line = { $amount } удерживается и не переведено продавцу. Вернуть можно не больше { $max }.
dispute-hold-refunded = Вам возвращено { $amount }.
dispute-hold-released = Продавцу выплачено { $amount }.
dispute-proposals-title = Предложения
dispute-proposal-amount = { $title } на сумму { $amount }
dispute-party-buyer = Вы
dispute-party-seller = Продавец
dispute-party-platform = Платформа
dispute-party-system = Автоматически
dispute-party-unknown = Участник
dispute-accept = Принять предложение
dispute-decline = Отклонить
dispute-decline-title = Отклонить предложение продавца
dispute-next-title = Что дальше?
dispute-escalate-text = Не получается договориться? Платформа сравнит фотографии объявления с вашими и примет решение.
dispute-escalate = Попросить решения платформы
dispute-escalate-later = Попросить решения платформы можно после срока, указанного выше. Пока можно сделать другое предложение.
dispute-counter-label = Предложить другое
dispute-counter-message = Сообщение продавцу (необязательно)
dispute-counter-send = Отправить моё предложение
dispute-done-accepted = Вы приняли предложение.
dispute-done-escalated = Теперь дело рассмотрит платформа.
dispute-done-cancelled = Спор отменён.
dispute-done-countered = Ваше предложение отправлено продавцу.
dispute-done-message = Сообщение отправлено.
dispute-done-return = Трек-номер отправлен продавцу.
dispute-changed = Спор за это время изменился. Мы загрузили его текущее состояние — проверьте его и попробуйте ещё раз.
dispute-not-allowed = В текущем состоянии спора это действие уже невозможно.
dispute-return-title = Возврат товара
dispute-return-address = Отправьте товар обратно продавцу { $seller }; доставку возврата оплачивает продавец.
dispute-return-due = Отправить до { $dates }
dispute-return-shipped = Отправлено, трек-номер:
dispute-return-received = Продавец получил возврат.
dispute-return-carrier = Служба доставки
dispute-return-tracking = Трек-номер
dispute-return-invalid = Укажите службу доставки и трек-номер длиной от 4 до 40 знаков.
dispute-return-send = Отправить трек-номер
dispute-compare-title = Объявление и ваши фотографии
dispute-compare-listing = Фотографии объявления
dispute-compare-yours = Ваши фотографии
dispute-compare-snapshot-note = Такими они были на момент покупки.
dispute-compare-current-note = Текущие фотографии объявления (после покупки они могли измениться).
dispute-compare-no-photos = Вы не добавили фотографий.
dispute-photo-zoom = { $title }, фото { $index }
dispute-zoom-keys = Стрелки: следующее или предыдущее фото. Escape: закрыть.
dispute-zoom-close = Закрыть
dispute-messages-title = Сообщения
dispute-messages-empty = Сообщений пока нет.
dispute-message-label = Написать продавцу
dispute-message-send = Отправить сообщение
dispute-claim-title = Ваша претензия
dispute-history-title = История
dispute-event-opened = Спор открыт
dispute-event-proposed = Предложение
dispute-event-accepted = Предложение принято
dispute-event-rejected = Продавец отклонил претензию
dispute-event-auto-accepted = Продавец не ответил вовремя: ваше требование в силе
dispute-event-escalated = Передано платформе для решения
dispute-event-decided = Платформа приняла решение
dispute-event-message = Сообщение
dispute-event-return-shipped = Возврат отправлен
dispute-event-return-received = Продавец получил возврат
dispute-event-return-expired = Возврат не был отправлен вовремя
dispute-event-resent = Продавец отправил товар повторно
dispute-event-redelivered = Товар доставлен повторно
dispute-event-refunded = Деньги возвращены вам
dispute-event-released = Деньги переведены продавцу
dispute-event-cancelled = Спор отменён
dispute-event-unknown = Обновление
dispute-cancel-title = Отменить спор
dispute-cancel-text = Если проблема решена, спор можно отозвать. Тогда заказ продолжится как обычно.
dispute-cancel = Отменить спор
dispute-cancel-ok = Да, отменить спор
dispute-cancel-keep = Не отменять

## Translator tools

l10n-title = Переводы
l10n-intro = Все сообщения на шести языках рядом, из файлов, которые магазин отдаёт сейчас. Отмеченные ячейки стоит проверить переводчику.
l10n-modes = Посмотреть магазин
l10n-mode-ids = С идентификаторами сообщений
l10n-mode-pseudo = Псевдолокаль
l10n-mode-pseudo-rtl = Зеркальная псевдолокаль
l10n-mode-off = Как обычно
l10n-banner-ids = Режим переводчика: идентификаторы сообщений вместо текста.
l10n-banner-pseudo = Режим переводчика: псевдолокаль.
l10n-banner-pseudo-rtl = Режим переводчика: зеркальная псевдолокаль.
l10n-banner-exit = Вернуться к обычному магазину
l10n-filter-status = Статус
l10n-status-all = Все сообщения
l10n-status-problems = С любыми отметками
l10n-status-missing = Нет перевода
l10n-status-empty = Пусто
l10n-status-unchanged = Как в английском
l10n-status-mismatch = Переменные расходятся
l10n-status-long = Длиннее на 40% и больше
l10n-filter-page = Страница
l10n-page-all = Все страницы
l10n-filter-id = Идентификатор содержит
l10n-args-title = Примеры аргументов
l10n-arg-number = Число
l10n-arg-text = Имя или текст
l10n-sample-long = Длинное имя
l10n-sample-rtl = Имя справа налево
# $shown: rows on screen; $total: messages matching the filters
l10n-shown = { $total ->
    [one] Показано { $shown } из { $total } сообщения
    [few] Показано { $shown } из { $total } сообщений
    [many] Показано { $shown } из { $total } сообщений
   *[other] Показано { $shown } из { $total } сообщения
}
l10n-col-id = Идентификатор
l10n-show-more = Показать ещё
l10n-notes = Примечание:
l10n-plural-grid = Формы множественного числа
l10n-plural-number = Число
# $percent: signed percentage against English, e.g. "+55%"
l10n-length = { $percent } к английскому
# $count: number of errors; $file: the file's path
l10n-syntax-errors = { $count ->
    [one] { $count } синтаксическая ошибка в { $file }
    [few] { $count } синтаксические ошибки в { $file }
    [many] { $count } синтаксических ошибок в { $file }
   *[other] { $count } синтаксической ошибки в { $file }
}
l10n-ids-panel = На всех языках

## Widgets

widget-title-product = Товар из Storefront
widget-title-buy = Купить в Storefront
widget-title-collection = Товары из Storefront
widget-buy = Купить
widget-buy-for = Купить за { $price }
widget-variant-choose = Выберите…
widget-new-tab = (магазин откроется в новой вкладке)
widget-unavailable = Этот товар сейчас недоступен.
widget-offline = Магазин сейчас недоступен.
widget-retrying = { $seconds ->
    [one] Повторим через { $seconds } секунду.
    [few] Повторим через { $seconds } секунды.
    [many] Повторим через { $seconds } секунд.
   *[other] Повторим через { $seconds } секунды.
}
widget-collection-empty = Здесь пока нет товаров.
widget-collection-label = Товары из Storefront
widget-wish-failed = Не удалось изменить избранное. Попробуйте ещё раз.
cart-add-title = Добавляем в корзину
cart-add-unavailable = Этот товар нельзя добавить: он больше недоступен.
cart-add-sold-out = Этот товар распродан, поэтому его нельзя добавить в корзину.
cart-add-choose = Какой вариант вам нужен?
partners-title = Виджеты для сайтов партнёров
partners-intro = Выберите виджет и его настройки, проверьте его в предпросмотре и вставьте код на свой сайт. Заказы через ваши виджеты засчитываются вашему ID партнёра.
partners-kind = Виджет
partners-kind-product = Карточка товара
partners-kind-buy = Кнопка «Купить»
partners-kind-collection = Подборка
partners-product = ID товара
partners-source-hint = Заполните одно из полей: категорию (ID или имя из её адреса), поисковый запрос или ID товаров через запятую.
partners-category = Категория
partners-query = Поиск
partners-ids = ID товаров
partners-limit = Количество товаров
partners-layout = Расположение
partners-layout-grid = Сетка
partners-layout-carousel = Карусель
partners-theme = Тема
partners-theme-light = Светлая
partners-theme-dark = Тёмная
partners-theme-accent = Акцентная
partners-partner = Ваш ID партнёра
partners-partner-hint = До 64 латинских букв, цифр, точек, дефисов или подчёркиваний.
partners-partner-invalid = Такой ID партнёра не подходит: только латинские буквы, цифры, точки, дефисы и подчёркивания, не больше 64.
partners-preview = Предпросмотр
partners-preview-frame = Предпросмотр виджета
partners-snippet = Код для вашего сайта
partners-copy = Скопировать код
partners-copied = Скопировано в буфер обмена.
partners-copy-failed = Здесь копирование запрещено: код выделен, нажмите Ctrl+C (⌘C на Mac).
