# Storefront — English (source locale). Every other locale mirrors these ids.

-brand = Storefront

## Site

site-name = { -brand }
site-title = { -brand } — shop millions of items with buyer protection
# $page: the page's own title
page-title = { $page } · { -brand }
# Composed pages (the server's <title>, description and link previews; crates/server/src/pages)
# $title: product title, $price: its price, $store: seller name, $rating: average stars
seo-product-title = { $title } — { $price } | { -brand }
seo-product-description = { $title }: { $price } from { $store }, rated { $rating } of 5. Buyer protection on every order.
# $name: category name, $count: products in it
seo-category-title = { $name } | { -brand }
seo-category-description = Shop { $name } on { -brand }: items in stock: { $count }, from trusted sellers, with buyer protection on every order.
# $query: what the buyer searched for
seo-search-title = “{ $query }”: search results | { -brand }
seo-search-description = Products matching “{ $query }” on { -brand }, with buyer protection on every order.
# $store: seller name, $percent: positive feedback share
seo-store-title = { $store }: store on { -brand }
seo-store-description = All products from { $store } on { -brand }. Positive feedback: { $percent }%.
seo-home-description = Millions of items from trusted sellers, from one piece to wholesale lots, with buyer protection on every order.
seo-categories-description = Every category of { -brand }: electronics, fashion, home, toys and more.
skip-link = Skip to main content
loading = Loading…
logo-label = { -brand } home page

## Header

topbar-protection = Buyer protection: your payment is held until you confirm delivery
search-label = Search products
search-placeholder = Search millions of products
search-submit = Search
language-label = Language
currency-label = Currency
ship-to-label = Ship to
# $count: pieces in the cart
cart-label = { $count ->
    [0] Cart, empty
    [one] Cart, { $count } item
   *[other] Cart, { $count } items
}

## Navigation

nav-home = Home
nav-categories = Categories
nav-cart = Cart
nav-account = Account
nav-inbox = Inbox
inbox-badge-label = Notifications, unread: { $count }
nav-wishlist = Wish list
bottom-nav-label = Main navigation
breadcrumbs-label = Breadcrumbs
subcategories-label = Subcategories
footer-nav-label = Site links
footer-protection = Pay safely: the money reaches the seller only after you confirm the order arrived as described. Open a dispute if it did not, and get a full or partial refund.

## Actions

action-retry = Try again
action-load-more = Load more
action-see-all = See all
action-start-shopping = Start shopping
action-continue-shopping = Continue shopping
action-go-home = Go to the home page

## Home

home-title = Everything you need, delivered worldwide
home-subtitle = Millions of items from trusted sellers, from one piece to wholesale lots.
perk-protection = Buyer protection on every order
perk-shipping = { $count ->
    [one] Shipping to { $count } country
   *[other] Shipping to { $count } countries
}
perk-shipping-intl = International shipping
perk-refunds = Full or partial refunds through disputes
home-deals = Daily deals
home-deals-note = New deals every day
deals-prev = Previous deals
deals-next = More deals
home-categories = Shop by category
home-recommended = Recommended for you
recent-title = Recently viewed
home-more = More to love
feed-empty = No products here yet.
feed-end = You have seen everything here.

## Product cards

# $percent: formatted percentage, e.g. "35%"
discount-badge = −{ $percent }
price-original-label = Original price:
# $min, $max: formatted prices
price-range = { $min } – { $max }
free-shipping = Free shipping
wishlist-add = Add to wish list
wishlist-remove = Remove from wish list
# $rating: formatted rating, e.g. "4.7"
rating-label = Rated { $rating } out of 5
reviews-count = { $count ->
    [one] { $count } review
   *[other] { $count } reviews
}
sold-count = { $count ->
    [one] { $count } sold
   *[other] { $count } sold
}
products-count = { $count ->
    [one] { $count } product
   *[other] { $count } products
}

## Categories and search

categories-title = All categories
category-unavailable = Category unavailable
search-all-title = All products
# $query: what the buyer typed
search-title = Results for “{ $query }”

## Product page

product-unavailable = Product unavailable
# $index, $total: image numbers
gallery-image = Image { $index } of { $total }
tiers-title = Buy more, pay less
tiers-quantity = Quantity
tiers-unit-price = Price per piece
shipping-title = Shipping
# $country: country name
shipping-none = This item does not ship to { $country }. Choose another country in “Ship to”.
shipping-days = { $max ->
    [one] { $min }–{ $max } day
   *[other] { $min }–{ $max } days
}
shipping-tracked = Tracked
product-specs = Specifications
product-description = Description
seller-title = Seller
# $percent: formatted number, e.g. "97.5"
seller-positive = { $percent }% positive feedback
seller-feedback = { $count ->
    [one] { $count } rating
   *[other] { $count } ratings
}
seller-years = { $count ->
    [one] { $count } year on { -brand }
   *[other] { $count } years on { -brand }
}
seller-followers = { $count ->
    [one] { $count } follower
   *[other] { $count } followers
}
seller-described = Item as described
seller-communication = Communication
seller-shipping-speed = Shipping speed

## Product page: gallery, buying, protection

gallery-label = Product images
gallery-hint = Use the arrow keys to change the image and Enter to zoom.
gallery-prev = Previous image
gallery-next = Next image
# $min, $max: quantities of a wholesale tier
tiers-range = { $min }–{ $max } pcs
# $min: the smallest quantity of the last tier
tiers-open = { $min }+ pcs
buy-box-label = Quantity and purchase
quantity-label = Quantity
quantity-decrease = Decrease quantity
quantity-increase = Increase quantity
stock-available = { $count ->
    [one] { $count } piece available
   *[other] { $count } pieces available
}
stock-out = Out of stock
unit-price-label = Price per piece
total-label = { $count ->
    [one] Total for { $count } piece
   *[other] Total for { $count } pieces
}
variant-choose = Choose an option in each group first.
variant-not-chosen = Not chosen
add-to-cart = Add to cart
buy-now = Buy now
added-to-cart = Added to your cart.
# $from, $to: country names
shipping-route = From { $from } to { $to }
# $dates: a formatted date range, e.g. "Mar 3 – 10"
delivery-window = Delivery { $dates }
shipping-untracked = No tracking
protection-title = Buyer protection
protection-held = We hold your payment and pay the seller only after you confirm the order arrived.
protection-refund = Not delivered, or not as described? Open a dispute and get a full or partial refund.
protection-arbitration = If you and the seller cannot agree, we compare the listing photos with your photos and decide.
seller-visit = Visit store
similar-title = Similar items
more-from-store-title = More from this store
follow-store = Follow
follow-following = Following
follow-failed = Could not save that. Please try again.

## Product page: report a listing

report-open = Report this listing
report-title = Report counterfeit or IP infringement
report-intro = Tell us what is wrong with this listing. We review every report; the seller does not learn who sent it.
report-reason-label = Reason
report-reason-choose = Choose a reason
report-reason-counterfeit = Counterfeit of a branded product
report-reason-ip-infringement-trademark = Trademark used without permission
report-reason-ip-infringement-copyright = Copied photos, text or designs
report-reason-prohibited-item = Item that may not be sold
report-reason-misleading-listing = Misleading title, photos or description
report-reason-other = Something else
report-details-label = What is wrong?
# $min, $max: character limits
report-details-hint = Describe what you noticed in { $min } to { $max } characters.
# $count: characters typed; $max: the most allowed
report-details-count = { $count } of { $max } characters
report-email-label = Your e-mail (optional)
report-email-hint = Only if you want us to contact you about this report.
report-evidence-label = Photos (optional)
# $count: most photos; $max: megabytes per photo
report-evidence-hint = { $count ->
    [one] One photo at most
   *[other] Up to { $count } photos
}: JPEG, PNG or WebP, { $max } MB each at most.
# $index: the photo's number in the list
report-file-remove = Remove photo { $index }
report-submit = Send report
report-sending = Sending…
report-cancel = Cancel
report-error-reason = Choose a reason.
report-error-details-required = Describe the problem.
report-error-details-short = { $count ->
    [one] Write at least { $count } character.
   *[other] Write at least { $count } characters.
}
report-error-details-long = { $count ->
    [one] Write at most { $count } character.
   *[other] Write at most { $count } characters.
}
report-error-email = Enter an e-mail address like name@example.com, or leave it empty.
report-error-evidence-count = { $count ->
    [one] Attach at most { $count } photo.
   *[other] Attach at most { $count } photos.
}
# $count: megabytes
report-error-file-large = This photo is too large: at most { $count } MB and 8192 pixels a side.
report-error-file-type = This file is not a JPEG, PNG or WebP photo.
report-error-file-broken = This photo could not be read. Please choose another file.
report-error-field = This value was not accepted.
report-done-title = Thank you, we received your report
# $reference: the report's number, e.g. "R-12"
report-done = Your report number is { $reference }. Our team will review the listing.
report-close = Close

## Reviews

reviews-title = Reviews
reviews-filter-label = Filter reviews
reviews-filter-all = All
reviews-filter-photos = With photos
# $count: reviews that have photos
reviews-filter-photos-count = With photos ({ $count })
reviews-filter-stars = { $stars ->
    [one] { $stars } star
   *[other] { $stars } stars
}
reviews-histogram-label = Ratings by stars
reviews-histogram-row = { $stars ->
    [one] { $stars } star
   *[other] { $stars } stars
}: { $count ->
    [one] { $count } review
   *[other] { $count } reviews
}
reviews-empty = No reviews yet.
reviews-filter-empty = No reviews match this filter.
reviews-more = More reviews
# $author: reviewer's name; $index, $total: photo numbers
review-photo = Photo { $index } of { $total } from { $author }

## Results, filters, suggestions

sort-label = Sort by
sort-best-match = Best match
sort-orders = Most orders
sort-price-asc = Price: low to high
sort-price-desc = Price: high to low
sort-newest = Newest
sort-rating = Top rated
filters-title = Filters
filters-title-count = Filters ({ $count })
filters-close = Close filters
filters-clear = Clear all filters
filters-categories = Categories
# $currency: ISO code of the display currency, e.g. "EUR"
filters-price = Price, { $currency }
price-min = Min
price-max = Max
price-apply = Apply
price-invalid = Enter prices as numbers, like 12.50.
price-inverted = The minimum price is higher than the maximum.
price-hint = From { $min } to { $max } here
price-invalid-hint = Fix the price range to see products.
filters-shipping = Shipping and stock
filter-free-shipping = Free shipping
filter-in-stock = In stock
filters-delivery = Delivery time
filter-delivery-any = Any time
filter-delivery-days = { $days ->
    [one] Within { $days } day
   *[other] Within { $days } days
}
filters-quality = Rating
filter-rating-4 = 4 stars and up
filter-seller-95 = Sellers with 95%+ positive feedback
filters-ships-from = Ships from
filters-show = { $count ->
    [one] Show { $count } product
   *[other] Show { $count } products
}
results-earlier = { $count ->
    [one] Show { $count } earlier result
   *[other] Show earlier results ({ $count } hidden)
}
no-results-title = No products found
no-results-text = Check the spelling, use fewer words, or remove some filters.
related-queries = Try these searches
related-categories = Or browse these categories
suggestions-label = Suggestions
suggestion-in = in { $category }

## Cart and account

cart-title = Cart
cart-empty = Your cart is empty
cart-items = { $count ->
    [one] { $count } item in your cart
   *[other] { $count } items in your cart
}
cart-empty-hint = Items you add will wait here until you check out.
account-title = Account
account-empty = Your orders will appear here
account-empty-hint = After you place an order you can track it, confirm delivery and open disputes from this page.

## Not found

not-found-title = Page not found
not-found-text = The page you were looking for does not exist or has moved.

## Errors

error-title = Something went wrong
error-generic = We could not load this. Please try again.
error-network = No connection to the shop. Check your internet connection and try again.
offline-banner = You’re offline. Pages you’ve visited and your cart still open; changes are sent when you’re back.
offline-action-needs-network = This needs a connection to the shop. You’re offline: what you entered is kept, try again when you’re back online.
update-available = New version available
update-reload = Reload
error-malformed = The shop sent an answer we could not read. Please try again.
error-server = The shop is having trouble right now. Please try again in a moment.
error-not-found = We could not find what you were looking for.
error-route-not-found = We could not find what you were looking for.
error-category-not-found = This category does not exist.
error-product-not-found = This product does not exist or is no longer sold.
error-seller-not-found = This seller does not exist.
error-image-not-found = This image is not available.
error-invalid-cursor = The list has changed since you opened it. Please reload it.
error-invalid-parameter = Part of this request was not valid.
error-method-not-allowed = This action is not possible here.
error-validation-failed = Some fields need attention. Please check them and try again.
error-payload-too-large = The file is too large. Please choose a smaller one.
error-unsupported-media-type = This type of file is not accepted. Please use a JPEG, PNG or WebP photo.
error-idempotency-key-required = The request could not be sent safely. Please try again.
error-idempotency-key-reused = This request was already sent with different details. Please reload the page and try again.
error-internal = The shop is having trouble right now. Please try again in a moment.
error-unknown = Something unexpected happened. Please try again.

## Cart and checkout

cart-summary-label = Order summary
cart-summary-title = Summary
# $count: pieces in the cart
cart-summary-items = { $count ->
    [one] Items ({ $count })
   *[other] Items ({ $count })
}
cart-summary-shipping = Shipping
cart-summary-seller-discounts = Seller coupons
cart-summary-platform-discount = Platform coupon
cart-summary-total = Total
cart-charge-note = Prices are shown in your chosen currency. The currency and amount you are charged are stated at payment.
cart-checkout = Go to checkout
cart-view = View cart
cart-nothing-active = No items are waiting in your cart; the saved ones are below.
cart-last-known = Showing your cart as it was last loaded.
cart-offline-blocked = You cannot place an order until the shop is reachable again.
cart-offline-pending = Not saved yet: saved when you’re back online.
cart-added-offline = Added on this device: your cart is saved when you’re back online.
cart-offline-added = { $count ->
    [one] { $count } item added offline appears here when you’re back online.
   *[other] { $count } items added offline appear here when you’re back online.
}
cart-not-ready = Some items cannot be ordered as they are. Fix the marked lines to continue.
cart-seller-subtotal = Seller subtotal
cart-shipping-method = Shipping method
cart-shipping-free = Free
# $carrier: carrier name; $cost: price or "Free"; $window: delivery dates
cart-shipping-option = { $carrier } · { $cost } · delivery { $window }
cart-no-shipping = This seller cannot deliver these items to the chosen country.
# $price: price of one piece at this quantity
cart-unit-price = { $price } per piece
cart-tier-applied = Wholesale price
# $amount: coupon discount on the line
cart-line-discount = Coupon −{ $amount }
cart-save-for-later = Save for later
cart-move-to-cart = Move to cart
cart-remove = Remove
cart-change-variant = Change
cart-variant-label = Variant
# $title: product title
cart-removed = Removed “{ $title }”.
cart-undo = Undo
cart-saved-title = Saved for later
cart-problem-out-of-stock = Out of stock
# $stock: pieces left
cart-problem-over-stock = { $stock ->
    [one] Only { $stock } piece left: lower the quantity.
   *[other] Only { $stock } pieces left: lower the quantity.
}
cart-problem-gone = This product is no longer sold.
cart-problem-not-shipped = This item does not ship to the chosen country.
cart-problem-unknown = This item cannot be ordered right now.
# $count: pieces
cart-items-short = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
drawer-close = Close cart
coupon-title = Coupons
coupon-label = Coupon code
coupon-apply = Apply
coupon-order-note = Seller coupons apply first, each to its seller’s items; then one platform coupon applies to the whole order.
coupon-enter-code = Enter a coupon code.
coupon-not-added = This code is already applied, or you have applied the most codes allowed.
# $amount: discount
coupon-applied = Applied: −{ $amount }
# $code: coupon code
coupon-remove = Remove coupon { $code }
coupon-coupon-not-found = There is no coupon with this code.
coupon-coupon-expired = This coupon has expired.
coupon-lapsed = { $code } has expired and was taken out of your cart.
# $min: minimum order
coupon-coupon-min-not-met = This coupon needs an order of at least { $min }.
coupon-coupon-not-applicable = This coupon does not apply to any item in your cart.
coupon-coupon-one-platform-only = Only one platform coupon can be used per order.
coupon-unknown = This coupon cannot be used.
checkout-title = Checkout
checkout-steps-label = Checkout steps
checkout-step-address = Delivery address
checkout-step-shipping = Shipping
checkout-step-payment = Payment
checkout-step-review = Review and pay
checkout-sign-in = Sign in or register to continue
checkout-sign-in-note = Your cart is kept: after signing in you continue right here.
checkout-address-add = Add a new address
checkout-continue = Continue
checkout-address-save-continue = Save address and continue
checkout-address-choose = Choose a delivery address to continue.
checkout-back = Back
checkout-back-to-cart = Back to cart
checkout-buy-now-note = You’re buying this item on its own: your cart stays as it is.
checkout-buy-now-cart = Check out your cart instead
checkout-change = Change
checkout-change-payment = Choose another payment method
# $seller: seller name
checkout-seller = Order from { $seller }
# $carrier: carrier name
checkout-shipping-by = Shipping by { $carrier }:
checkout-seller-coupon = Seller coupon:
checkout-platform-share = Platform coupon, this order’s share:
checkout-order-total = Order total:
# $method: payment method name
checkout-wallet-note = After you place the order you go to the { $method } page to confirm the payment, and then come back here.
# $amount: amount charged; $currency: currency name
checkout-charge = You will be charged { $amount } ({ $currency }).
checkout-hold-note = Your payment is held and paid to the seller only after you confirm that you received your order.
checkout-place = Place order
checkout-placing = Placing your order…
checkout-confirm-again = The new total is shown in the summary. Check it and press “Place order” again to pay it.
checkout-declined-kept = Nothing was charged and your cart is unchanged.
complete-pay-again = Pay for order { $number } with another method
checkout-card-again = Please enter your card details again.
card-number = Card number
card-exp-month = Expiry month (MM)
card-exp-year = Expiry year (YY)
card-cvc = Security code (CVC)
card-holder = Name on card
card-test-note = This shop uses a test payment provider: no real money is charged.
card-error-required = Enter the card number.
card-error-number = This card number is not valid. Check the digits.
card-error-month = Enter the month as a number from 1 to 12.
card-error-year = Enter the year with two or four digits.
card-error-expired = This card has expired.
card-error-cvc = Enter the 3 or 4 digits from the back of the card.
card-error-holder = Enter the name as it is written on the card.
card-error-server = Please check this field.
payment-method-card = Bank card
payment-method-qiwi = QIWI Wallet
payment-method-webmoney = WebMoney
payment-method-boleto = Boleto (Brazilian bank slip)
payment-method-other = Other payment method
payment-declined-card-declined = Your bank declined the card. Try another card or payment method.
payment-declined-insufficient-funds = There is not enough money on the card. Try another card or payment method.
payment-declined-declined-by-buyer = The payment was cancelled on the payment page.
payment-declined-unknown = The payment was declined.
complete-title = Thank you, your order is placed
# $count: number of orders
complete-orders = { $count ->
    [1] Your order, from one seller:
    [one] Your order was split into { $count } order, one per seller:
   *[other] Your order was split into { $count } orders, one per seller:
}
complete-charged = Charged
complete-hold-title = Your payment is held
complete-hold-text = We keep your money safe and pay the seller only after you confirm that you received what you ordered. If something is wrong, you can open a dispute and get a refund.
complete-see-orders = See my orders
complete-waiting-title = Waiting for your confirmation
complete-waiting = The payment is not confirmed yet. Finish it on the payment page.
complete-continue-payment = Continue to the payment page
complete-declined-title = The payment did not go through

## Account

account-sign-in-link = Sign in
account-link-label = Account: { $name }
account-signin-title = Sign in or create an account
account-modes-label = Sign in or register
account-signin-tab = Sign in
account-register-tab = Register
account-name-label = Your name
account-email-label = E-mail
account-password-label = Password
account-password-show = Show password
account-password-hint = { $count ->
    [one] At least { $count } character.
   *[other] At least { $count } characters.
}
account-signin-submit = Sign in
account-register-submit = Create account
account-signin-instead = Sign in instead
account-working = Please wait…
account-retry-seconds = { $count ->
    [one] Try again in { $count } second.
   *[other] Try again in { $count } seconds.
}
account-retry-minutes = { $count ->
    [one] Try again in { $count } minute.
   *[other] Try again in { $count } minutes.
}
account-field-required = Please fill this in.
account-field-too-short = { $count ->
    [one] Too short: use at least { $count } character.
   *[other] Too short: use at least { $count } characters.
}
account-field-too-long = { $count ->
    [one] Too long: use at most { $count } character.
   *[other] Too long: use at most { $count } characters.
}
account-field-email-malformed = Enter an e-mail address like name@example.com.
account-field-phone-malformed = Enter a phone number with at least 5 digits; spaces, +, - and brackets are fine.
account-field-malformed = Please check this value.
account-field-country-not-shipped = We do not deliver to this country.
account-field-postal-code-format = This is not a postal code of the chosen country; see the example above.
account-details-title = Your details
account-sign-out = Sign out
account-addresses-title = Address book
account-addresses-empty = You have no saved addresses yet.
account-address-add = Add an address
account-address-new-title = New address
account-address-edit-title = Edit address
account-address-edit = Edit
account-address-edit-label = Edit the address of { $name }
account-address-delete = Delete
account-address-delete-label = Delete the address of { $name }
account-address-delete-confirm = Delete this address?
account-address-delete-yes = Yes, delete
account-address-delete-no = Keep it
account-address-default = Default address
account-address-make-default = Make default
account-address-default-check = Use as my default address
account-address-save = Save address
account-address-saved = Address saved.
account-address-deleted = Address deleted.
account-cancel = Cancel
account-recipient-label = Recipient’s full name
account-recipient-hint = As on your ID, for customs.
account-phone-label = Phone
account-phone-hint = The courier calls this number about the delivery.
account-country-label = Country
account-country-choose = Choose a country
account-region-label = Region, state or province (optional)
account-city-label = City
account-street-label = Street, house and flat
account-postal-label = Postal code
account-postal-hint = For example: { $example }
account-postal-hint-other = 2 to 12 letters or digits; spaces and hyphens are fine.

## Orders

orders-title = My orders
account-orders-link = My orders
account-disputes-link = My disputes
account-wishlist-link = My wish list
account-following-link = Followed stores
wishlist-title = Wish list
wishlist-signin-note = Sign in to keep your wish list on all your devices.
wishlist-empty = Your wish list is empty. Tap the heart on a product to save it here.
wishlist-price-dropped = Price dropped
# Followed by the price when the product was added
wishlist-price-when-added = When added:
wishlist-out-of-stock = Out of stock
wishlist-gone = No longer available
wishlist-remove-button = Remove
# $title: product title
wishlist-remove-label = Remove { $title } from the wish list
wishlist-removed = Removed from the wish list.
wishlist-added-to-cart = Added to the cart.
following-title = Followed stores
following-empty = You don’t follow any stores yet. Tap Follow on a store to see it here.
buy-again = Buy again
# $count: pieces put in the cart
buy-again-added = { $count ->
    [one] { $count } item added to the cart.
   *[other] { $count } items added to the cart.
}
buy-again-nothing = None of these items can be bought now.
# $title: product title; $then, $now: prices
buy-again-price-changed = { $title }: the price changed from { $then } to { $now }.
buy-again-out-of-stock = { $title } is out of stock.
buy-again-gone = { $title } is no longer available.
orders-tabs-label = Orders by status
orders-tab-all = All
orders-tab-awaiting-payment = Awaiting payment
orders-tab-awaiting-shipment = Awaiting shipment
orders-tab-shipped = Shipped
orders-tab-awaiting-confirmation = Awaiting confirmation
orders-tab-completed = Completed
orders-tab-in-dispute = In dispute
orders-empty = No orders here yet.
orders-show-more = Show more orders
orders-back = Back to my orders
order-page-title = Order
order-title = Order { $reference }
order-state-pending-payment = Awaiting payment
order-state-paid-held = Paid, awaiting shipment
order-state-shipped = Shipped
order-state-delivered = Delivered
order-state-completed = Completed
order-state-cancelled = Cancelled
order-state-unknown = Status unknown
order-state-in-dispute = In dispute
hold-title = Your payment
hold-pending = { $amount } — not paid yet
hold-held = { $amount } held — not paid to the seller yet
hold-frozen = { $amount } frozen while the dispute is open — not paid to the seller
hold-released = { $amount } released to the seller
hold-refunded = { $amount } refunded to you
hold-partially-refunded = { $amount } refunded to you, { $price } released to the seller
hold-voided = The payment was not completed — nothing was charged.
hold-unknown = The state of your payment is not known right now.
hold-paid = You paid
hold-still-held = Still held
hold-to-seller = Released to the seller
hold-to-you = Refunded to you
countdown-days-left = { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}
countdown-hours-left = { $count ->
    [one] { $count } hour left
   *[other] { $count } hours left
}
countdown-minutes-left = { $count ->
    [one] { $count } minute left
   *[other] { $count } minutes left
}
countdown-auto-confirm-at = Confirms automatically on { $dates }
countdown-protection-ends-at = Buyer protection ends on { $dates }
countdown-deadline-at = Deadline: { $dates }
countdown-effect-complete-release = Then the order completes by itself and the held money goes to the seller.
countdown-effect-unknown = Then the order moves on by itself.
countdown-passed-complete-release = The deadline has passed: the order completes and the money goes to the seller.
countdown-passed-unknown = The deadline has passed.
order-timeline-title = What happened
order-tracking-number = Tracking number
order-tracking-copy = Copy
order-tracking-copied = Tracking number copied
order-tracking-copy-failed = Couldn’t copy: select the number and copy it by hand.
order-delivery-title = Delivery
order-ships-within = { $days ->
    [one] The seller ships within { $days } day of payment.
   *[other] The seller ships within { $days } days of payment.
}
order-delivery-estimate = Estimated delivery: { $dates }
order-delivery-carrier = Carrier: { $carrier }
order-totals-title = Payment
order-totals-coupons = Coupons
order-totals-paid = You paid
order-totals-refunded = Refunded to you
order-totals-net = Paid after refunds
order-lines-title = Items
order-line-quantity = { $count ->
    [one] { $count } piece
   *[other] { $count } pieces
}
order-address-title = Delivery address
actor-buyer = You
actor-seller = Seller
actor-system = Storefront
actor-carrier = Carrier
actor-unknown = Someone
event-placed = Order placed
event-paid-held = Paid { $amount } — the money is held, not paid to the seller
event-shipped = Shipped by the seller with { $carrier }
event-tracking = Tracking update
event-delivered = Delivered
event-receipt-confirmed = You confirmed receipt
event-auto-confirmed = Confirmed automatically: the deadline passed
event-released = { $amount } released to the seller
event-cancelled = Order cancelled
event-refunded = { $amount } refunded to you
event-extension-requested = { $days ->
    [one] You asked for { $days } more day of protection
   *[other] You asked for { $days } more days of protection
}
event-extension-granted = { $days ->
    [one] The seller added { $days } day of protection; it now ends on { $to }
   *[other] The seller added { $days } days of protection; it now ends on { $to }
}
event-extension-refused = { $days ->
    [one] The seller refused { $days } more day of protection
   *[other] The seller refused { $days } more days of protection
}
event-feedback-left = You left feedback
event-dispute-opened = Dispute opened — the money is frozen
event-dispute-closed = Dispute closed
event-unknown = Order updated
tracking-accepted-by-carrier = Accepted by the carrier
tracking-departed-sorting-centre = Left the sorting centre
tracking-in-transit = In transit
tracking-arrived-destination-country = Arrived in the destination country
tracking-customs-cleared = Cleared customs
tracking-arrived-local-facility = At the local delivery office
tracking-out-for-delivery = Out for delivery
tracking-unknown = Tracking update
order-actions-label = What you can do
action-confirm-receipt = Confirm receipt
action-cancel-order = Cancel order
action-open-dispute = Open a dispute
action-request-extension = Ask for more time
extension-days-label = Extend protection by
extension-days-option = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
extension-pending = { $days ->
    [one] You asked for { $days } more day — waiting for the seller’s answer.
   *[other] You asked for { $days } more days — waiting for the seller’s answer.
}
extension-granted = { $days ->
    [one] The seller extended your protection by { $days } day.
   *[other] The seller extended your protection by { $days } days.
}
extension-refused = { $days ->
    [one] The seller refused to extend your protection by { $days } day.
   *[other] The seller refused to extend your protection by { $days } days.
}
extension-unknown = Your extension request has been answered.
confirm-dialog-title = Confirm that you received the order?
confirm-dialog-text = { $amount } will be paid to the seller.
confirm-dialog-warning = Your buyer protection ends: you can no longer open a dispute for this order. Only confirm if everything arrived as described.
confirm-dialog-ok = Yes, pay the seller
confirm-dialog-keep = Not yet
cancel-dialog-title = Cancel this order?
cancel-dialog-text = The seller has not shipped it yet. You get { $amount } back in full.
cancel-dialog-ok = Cancel the order
cancel-dialog-keep = Keep the order
order-done-confirmed = Receipt confirmed. The money has been paid to the seller.
order-done-cancelled = Order cancelled. The full amount is refunded to you.
order-done-extension = Request sent. The seller will answer; your deadline stays as it is until then.
order-done-feedback = Thank you for your feedback!
order-done-paid = Paid. The money is held until you confirm that you received your order.
order-pay-again-unavailable = This order can no longer be paid again (the time is over or an item is out of stock). Here is its current state.
order-pay-again-title = Pay again
order-pay-again-text = The payment was declined, so this order was cancelled. You can pay for it with another method until { $date }.
order-pay-again-submit = Pay again
order-changed = This order changed in the meantime. Here is its current state — please check it and try again.
order-not-allowed = This is no longer possible for this order. Here is its current state.
feedback-title = Rate this order
feedback-yours = Your feedback
feedback-item-as-described = Item as described
feedback-communication = Communication
feedback-shipping-speed = Shipping speed
feedback-stars = { $count ->
    [one] { $count } star
   *[other] { $count } stars
}
feedback-text-label = Your review (optional)
feedback-text-count = { $count } of { $max } characters
feedback-public-note = Your “Item as described” stars and your review are published on the product’s page, signed with the first and last letter of your name.
feedback-stars-required = Please rate all three: item, communication and shipping speed.
feedback-submit = Send feedback

## Account and checkout errors

error-email-taken = An account with this e-mail already exists. Sign in instead, or use another e-mail.
error-invalid-credentials = The e-mail or password is wrong.
error-too-many-attempts = Too many unsuccessful sign-in attempts. Please wait a little and try again.
error-rate-limited = Too many requests from this connection. Please wait a little and try again.
error-server-busy = The shop is busy right now. Please try again in a few seconds.
error-unauthenticated = Please sign in to continue.
error-address-not-found = This address no longer exists.
error-order-not-found = We could not find this order.
error-payment-not-found = We could not find this payment.
error-price-changed = Prices in your cart have changed. Please check the new total before paying.
error-out-of-stock = Some items in your cart are no longer in stock in this quantity.
error-cart-empty = Your cart is empty.
error-shipping-unavailable = Some items cannot be delivered to this address.
error-payment-declined = The payment was declined. Nothing has been charged.
error-payment-not-pending = This payment has already been completed or cancelled.
error-precondition-required = Please reload this order and try again.
error-precondition-failed = This order has changed in the meantime. We have loaded its current state — please check it and try again.
error-illegal-transition = This action is no longer possible for this order in its current state.
error-dispute-not-found = We couldn’t find this dispute.
error-dispute-already-open = This item already has an open dispute. You can follow it from the order page.
error-dispute-window-closed = A dispute can no longer be opened for this order: it hasn’t shipped yet, it is finished, or its buyer protection has ended.
error-conversation-not-found = We couldn’t find this conversation.
error-notification-not-found = We couldn’t find this notification.

## Inbox

inbox-contact-seller = Contact seller
inbox-messages-title = Messages
inbox-notifications-title = Notifications
inbox-mark-all-read = Mark all read
inbox-notifications-empty = No notifications yet. We’ll tell you here when your orders move.
inbox-messages-empty = No messages yet. Ask a seller with “Contact seller” on a product or order page.
inbox-unread = Unread
inbox-unread-count = Unread: { $count }
inbox-about-order = Order { $order }
inbox-back-to-messages = All messages
inbox-message-label = Message
inbox-message-placeholder = Write a message…
inbox-add-photos = Add photos (up to 3)
inbox-remove-photo = Remove photo { $name }
inbox-photo-refused = Some photos could not be added: up to 3 JPEG, PNG or WebP photos of at most 10 MB each.
inbox-photo-alt = Photo attached to the message
inbox-send = Send
inbox-sending = Sending…
inbox-failed-retry = Failed — retry
inbox-seller-answers-soon = The seller usually answers within a few hours.
inbox-n-order-paid = Payment received for order { $order }. The seller is preparing it.
inbox-n-order-shipped = Order { $order } has shipped. Tracking number: { $tracking }
inbox-n-order-delivered = Order { $order } was delivered.
inbox-n-protection-ending = Buyer protection for order { $order } ends in 3 days — confirm receipt or open a dispute.
inbox-n-auto-confirmed = Order { $order } was confirmed automatically and the payment released to the seller.
inbox-n-dispute-answered = The seller answered your dispute on order { $order }.
inbox-n-dispute-decided = A decision was made in your dispute on order { $order }.
inbox-n-message-reply = { $seller } replied to your message.
inbox-n-price-dropped = Price dropped: { $title } is now { $price } (was { $was }).
inbox-n-unknown = There is news about your account.

## Disputes

dispute-form-title = Open a dispute
dispute-page-title = Dispute
disputes-title = My disputes
disputes-empty = You have no disputes.
disputes-to-orders = Go to my orders
disputes-opened-on = Opened { $dates }
disputes-all-link = All my disputes
dispute-back-to-order = Back to the order
dispute-form-intro = Tell us what went wrong. Your money stays frozen — not paid to the seller — until the dispute ends.
dispute-form-not-possible = A dispute can’t be opened for this order now: it hasn’t shipped yet, a dispute is already open, or its buyer protection has ended.
dispute-view-link = View the dispute
dispute-form-order-changed = This order has changed in the meantime. We have loaded its current state — please check the form and send it again.
dispute-line-label = Which item is it about?
dispute-item-label = The item the dispute is about
dispute-choose = Choose…
dispute-received-label = Did the parcel arrive?
dispute-received-yes = Yes, the parcel arrived
dispute-received-no = No, the parcel didn’t arrive
dispute-reason-label = What went wrong?
dispute-reason-not-as-described = Not as described
dispute-reason-wrong-size-colour-material = Wrong size, colour or material
dispute-reason-poor-quality = Poor quality
dispute-reason-doesnt-work = Doesn’t work
dispute-reason-counterfeit = Counterfeit
dispute-reason-damaged = Damaged
dispute-reason-empty-parcel = Empty parcel
dispute-reason-short-quantity = Fewer items than ordered
dispute-reason-still-in-transit = Still in transit
dispute-reason-held-at-customs = Held at customs
dispute-reason-no-tracking = No tracking information
dispute-reason-returned-to-sender = Returned to the sender
dispute-reason-wrong-address = Delivered to a wrong address
dispute-reason-unknown = Another reason
dispute-outcome-label = What would you like?
dispute-outcome-full-refund = Full refund
dispute-outcome-partial-refund = Partial refund
dispute-outcome-return-and-refund = Return the item for a full refund
dispute-outcome-resend = The seller sends the item again for free
dispute-outcome-no-refund = No refund
dispute-outcome-unknown = Another outcome
dispute-amount-label = Refund amount ({ $currency })
dispute-amount-hint = More than zero and less than { $max }.
dispute-description-label = Describe the problem
dispute-description-hint = { $min }–{ $max } characters. What did you expect, and what did you get?
dispute-description-count = { $count } of { $max } characters
dispute-photos-label = Photos
dispute-photos-required-hint = For this reason at least one photo is required.
dispute-photos-optional-hint = Photos help the seller and the platform understand the problem.
dispute-photos-limits = { $count ->
    [one] Up to { $count } photo
   *[other] Up to { $count } photos
} (JPEG, PNG or WebP), at most { $max } MB each; large photos are reduced before the upload.
dispute-photos-preparing = Your photos are still being prepared. Please wait a moment and send again.
dispute-photo-preparing = Preparing…
dispute-photo-ready = Ready to upload
dispute-photo-scaled = Reduced for the upload
dispute-photo-uploading = Uploading { $name }
dispute-photo-sent = Uploaded
dispute-photo-retry = Retry the upload
dispute-photo-remove = Remove photo { $index }
dispute-submit = Open the dispute
dispute-sending = Sending…
dispute-error-line = Choose the item the dispute is about.
dispute-error-received = Tell us whether the parcel arrived.
dispute-error-reason = Choose what went wrong.
dispute-error-outcome = Choose what you would like.
dispute-error-amount = Enter the refund amount as a number, for example 12.50.
dispute-error-amount-range = The amount must be more than zero and less than { $max }.
dispute-error-description = Describe the problem.
dispute-error-description-short = { $count ->
    [one] Write at least { $count } character.
   *[other] Write at least { $count } characters.
}
dispute-error-description-long = { $count ->
    [one] Write at most { $count } character.
   *[other] Write at most { $count } characters.
}
dispute-error-photos-required = Add at least one photo for this reason.
dispute-error-photos-count = { $count ->
    [one] You can add at most { $count } photo.
   *[other] You can add at most { $count } photos.
}
dispute-error-file-large = This file is larger than { $count } MB.
dispute-error-file-type = This file is not a photo in JPEG, PNG or WebP format.
dispute-error-file-broken = This photo could not be read. Please try another one.
dispute-error-file-network = The upload did not go through. Check your connection and retry.
dispute-error-field = Please check this field.
dispute-title = Dispute about { $title }
dispute-order-ref = Order { $reference }
dispute-state-awaiting-seller = Waiting for the seller
dispute-state-negotiating = Negotiating
dispute-state-escalated = Under review
dispute-state-resolved = Resolved
dispute-state-cancelled = Cancelled
dispute-state-unknown = In progress
dispute-banner-your-action = Your action needed: the seller has answered.
dispute-banner-waiting-seller = Waiting for the seller to answer.
dispute-banner-under-review = Under review: the platform is comparing the listing with your photos.
dispute-banner-resolved = This dispute is resolved.
dispute-banner-cancelled = You cancelled this dispute.
dispute-deadlines-label = Deadlines
dispute-deadline-seller-reply = The seller must answer by { $dates }
dispute-deadline-escalation = You can ask the platform to decide from { $dates }
dispute-deadline-return-shipment = Ship the return by { $dates }
dispute-deadline-return-receipt = The seller confirms the return by { $dates }
dispute-deadline-redelivery = The item is to be delivered again by { $dates }
dispute-deadline-decision = The platform decides by { $dates }
dispute-deadline-passed = Time is up
dispute-effect-accept-buyer = If the seller doesn’t answer, your request is accepted.
dispute-effect-escalation = Then you can ask the platform to decide.
dispute-effect-close-seller = If the return isn’t shipped by then, the dispute closes in the seller’s favour.
dispute-effect-refund-buyer = Then you get your full refund.
dispute-effect-resume-order = Then the order continues as usual.
dispute-effect-platform-decides = Then the decision is carried out: a refund to you or payment to the seller.
dispute-decision-title = Decision
dispute-decision-amount = Refund: { $amount }
dispute-decision-by = Decided by: { $name }
dispute-rationale-seller-silent = The seller did not answer in time, so your request was accepted.
dispute-rationale-accepted = One side accepted the other’s proposal.
dispute-rationale-evidence-supports = The photos support your claim.
dispute-rationale-partial-evidence = The photos support your claim in part.
dispute-rationale-return-not-shipped = The return was not shipped in time.
dispute-rationale-other = The case was decided on the evidence provided.
dispute-hold-line = { $amount } held — not paid to the seller. At most { $max } can be refunded.
dispute-hold-refunded = { $amount } refunded to you.
dispute-hold-released = { $amount } paid to the seller.
dispute-proposals-title = Proposals
dispute-proposal-amount = { $title } of { $amount }
dispute-party-buyer = You
dispute-party-seller = Seller
dispute-party-platform = Platform
dispute-party-system = Automatically
dispute-party-unknown = Someone
dispute-accept = Accept this proposal
dispute-decline = Decline
dispute-decline-title = Decline the seller’s proposal
dispute-next-title = What next?
dispute-escalate-text = Can’t agree? The platform compares the listing’s photos with yours and decides.
dispute-escalate = Ask the platform to decide
dispute-escalate-later = You can ask the platform to decide once the deadline above has passed. Meanwhile you can make another proposal.
dispute-counter-label = Propose instead
dispute-counter-message = Message to the seller (optional)
dispute-counter-send = Send my proposal
dispute-done-accepted = You accepted the proposal.
dispute-done-escalated = The platform will now review the case.
dispute-done-cancelled = The dispute is cancelled.
dispute-done-countered = Your proposal was sent to the seller.
dispute-done-message = Your message was sent.
dispute-done-return = The tracking number was sent to the seller.
dispute-changed = This dispute has changed in the meantime. We have loaded its current state — please check it and try again.
dispute-not-allowed = This action is no longer possible for this dispute in its current state.
dispute-return-title = Return the item
dispute-return-address = Send the item back to { $seller }; the seller pays for the return shipping.
dispute-return-due = Ship by { $dates }
dispute-return-shipped = Shipped, tracking number:
dispute-return-received = The seller has received the return.
dispute-return-carrier = Carrier
dispute-return-tracking = Tracking number
dispute-return-invalid = Enter the carrier and a tracking number of 4–40 characters.
dispute-return-send = Send the tracking number
dispute-compare-title = The listing and your photos
dispute-compare-listing = Listing photos
dispute-compare-yours = Your photos
dispute-compare-snapshot-note = As the listing was when you bought it.
dispute-compare-current-note = The listing’s current photos (they may have changed since you bought it).
dispute-compare-no-photos = You added no photos.
dispute-photo-zoom = { $title }, photo { $index }
dispute-zoom-keys = Arrow keys: next or previous photo. Escape: close.
dispute-zoom-close = Close
dispute-messages-title = Messages
dispute-messages-empty = No messages yet.
dispute-message-label = Write to the seller
dispute-message-send = Send the message
dispute-claim-title = Your claim
dispute-history-title = History
dispute-event-opened = Dispute opened
dispute-event-proposed = Proposal
dispute-event-accepted = Proposal accepted
dispute-event-rejected = The seller rejected the claim
dispute-event-auto-accepted = The seller did not answer in time: your request stands
dispute-event-escalated = Sent to the platform for a decision
dispute-event-decided = The platform decided
dispute-event-message = Message
dispute-event-return-shipped = Return shipped
dispute-event-return-received = Return received by the seller
dispute-event-return-expired = The return was not shipped in time
dispute-event-resent = The seller sent the item again
dispute-event-redelivered = The item was delivered again
dispute-event-refunded = Money returned to you
dispute-event-released = Money paid to the seller
dispute-event-cancelled = Dispute cancelled
dispute-event-unknown = Update
dispute-cancel-title = Cancel the dispute
dispute-cancel-text = If the problem is solved, you can withdraw the dispute. The order then continues as usual.
dispute-cancel = Cancel the dispute
dispute-cancel-ok = Yes, cancel the dispute
dispute-cancel-keep = Keep the dispute

## Translator tools

l10n-title = Translations
l10n-intro = Every message in all six languages side by side, read from the files the shop serves now. Marked cells need a translator’s look.
l10n-modes = Preview the shop
l10n-mode-ids = With message ids
l10n-mode-pseudo = Pseudo-locale
l10n-mode-pseudo-rtl = Mirrored pseudo-locale
l10n-mode-off = As usual
l10n-banner-ids = Translator preview: message ids instead of text.
l10n-banner-pseudo = Translator preview: pseudo-locale.
l10n-banner-pseudo-rtl = Translator preview: mirrored pseudo-locale.
l10n-banner-exit = Back to the usual shop
l10n-filter-status = Status
l10n-status-all = All messages
l10n-status-problems = Anything marked
l10n-status-missing = Missing
l10n-status-empty = Empty
l10n-status-unchanged = Same as English
l10n-status-mismatch = Variables differ
l10n-status-long = Over 40% longer
l10n-filter-page = Page
l10n-page-all = All pages
l10n-filter-id = Id contains
l10n-args-title = Sample arguments
l10n-arg-number = Number
l10n-arg-text = Name or text
l10n-sample-long = Long name
l10n-sample-rtl = Right-to-left name
# $shown: rows on screen; $total: messages matching the filters
l10n-shown = { $total ->
    [one] Showing { $shown } of { $total } message
   *[other] Showing { $shown } of { $total } messages
}
l10n-col-id = Message id
l10n-show-more = Show more
l10n-notes = Note:
l10n-plural-grid = Plural forms
l10n-plural-number = Number
# $percent: signed percentage against English, e.g. "+55%"
l10n-length = { $percent } vs English
# $count: number of errors; $file: the file's path
l10n-syntax-errors = { $count ->
    [one] { $count } syntax error in { $file }
   *[other] { $count } syntax errors in { $file }
}
l10n-ids-panel = In every language

## Widgets

widget-title-product = Product from Storefront
widget-title-buy = Buy on Storefront
widget-title-collection = Products from Storefront
widget-buy = Buy now
widget-buy-for = Buy for { $price }
widget-variant-choose = Choose…
widget-new-tab = (opens the shop in a new tab)
widget-unavailable = This item is not available right now.
widget-offline = The shop can’t be reached right now.
widget-retrying = { $seconds ->
    [one] Trying again in { $seconds } second.
   *[other] Trying again in { $seconds } seconds.
}
widget-collection-empty = No items to show here yet.
widget-collection-label = Products from Storefront
widget-wish-failed = Your wish list could not be changed. Please try again.
cart-add-title = Adding to your cart
cart-add-unavailable = This item can’t be added: it is no longer available.
cart-add-sold-out = This item is sold out, so it can’t be added to your cart.
cart-add-choose = Which one would you like?
partners-title = Widgets for partner sites
partners-intro = Choose a widget and its options, check the live preview, then paste the snippet into your site. Orders placed through your widgets are credited to your partner ID.
partners-kind = Widget
partners-kind-product = Product card
partners-kind-buy = Buy button
partners-kind-collection = Collection
partners-product = Product ID
partners-source-hint = Fill in one of these: a category (ID or name from its address), a search, or product IDs separated by commas.
partners-category = Category
partners-query = Search
partners-ids = Product IDs
partners-limit = Number of items
partners-layout = Layout
partners-layout-grid = Grid
partners-layout-carousel = Carousel
partners-theme = Theme
partners-theme-light = Light
partners-theme-dark = Dark
partners-theme-accent = Accent
partners-partner = Your partner ID
partners-partner-hint = Up to 64 Latin letters, digits, dots, hyphens or underscores.
partners-partner-invalid = This partner ID can’t be used: only Latin letters, digits, dots, hyphens and underscores, up to 64.
partners-preview = Preview
partners-preview-frame = Widget preview
partners-snippet = Snippet for your site
partners-copy = Copy snippet
partners-copied = Copied to the clipboard.
partners-copy-failed = Copying isn’t allowed here: the snippet is selected, press Ctrl+C (⌘C on a Mac).
