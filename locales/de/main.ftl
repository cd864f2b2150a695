# Storefront — Deutsch.

-brand = Storefront

## Site

site-name = { -brand }
site-title = { -brand } – Millionen Artikel mit Käuferschutz
page-title = { $page } · { -brand }
# Composed pages (the server's <title>, description and link previews; crates/server/src/pages)
# $title: product title, $price: its price, $store: seller name, $rating: average stars
seo-product-title = { $title } – { $price } | { -brand }
seo-product-description = { $title }: { $price } von { $store }, bewertet mit { $rating } von 5. Käuferschutz bei jeder Bestellung.
# $name: category name, $count: products in it
seo-category-title = { $name } | { -brand }
seo-category-description = { $name } bei { -brand } kaufen: Artikel auf Lager: { $count }, von geprüften Verkäufern, mit Käuferschutz.
# $query: what the buyer searched for
seo-search-title = „{ $query }“: Suchergebnisse | { -brand }
seo-search-description = Produkte zu „{ $query }“ bei { -brand }, mit Käuferschutz bei jeder Bestellung.
# $store: seller name, $percent: positive feedback share
seo-store-title = { $store }: Shop bei { -brand }
seo-store-description = Alle Produkte von { $store } bei { -brand }. Positive Bewertungen: { $percent } %.
seo-home-description = Millionen Artikel von geprüften Verkäufern, vom Einzelstück bis zur Großhandelsmenge, mit Käuferschutz.
seo-categories-description = Alle Kategorien bei { -brand }: Elektronik, Mode, Haushalt, Spielzeug und mehr.
skip-link = Zum Hauptinhalt springen
loading = Wird geladen …
logo-label = { -brand }-Startseite

## Header

topbar-protection = Käuferschutz: Ihre Zahlung wird zurückgehalten, bis Sie den Erhalt bestätigen
search-label = Produkte suchen
search-placeholder = Millionen Produkte durchsuchen
search-submit = Suchen
language-label = Sprache
currency-label = Währung
ship-to-label = Lieferung nach
cart-label = { $count ->
    [0] Warenkorb, leer
    [one] Warenkorb, { $count } Artikel
   *[other] Warenkorb, { $count } Artikel
}

## Navigation

nav-home = Start
nav-categories = Kategorien
nav-cart = Warenkorb
nav-account = Konto
nav-inbox = Postfach
inbox-badge-label = Benachrichtigungen, ungelesen: { $count }
nav-wishlist = Wunschliste
bottom-nav-label = Hauptnavigation
breadcrumbs-label = Brotkrümelnavigation
subcategories-label = Unterkategorien
footer-nav-label = Seitenlinks
footer-protection = Sicher bezahlen: Der Verkäufer erhält das Geld erst, wenn Sie bestätigen, dass die Bestellung wie beschrieben angekommen ist. Falls nicht, eröffnen Sie einen Konflikt und erhalten eine volle oder teilweise Rückerstattung.

## Actions

action-retry = Erneut versuchen
action-load-more = Mehr laden
action-see-all = Alle ansehen
action-start-shopping = Jetzt einkaufen
action-continue-shopping = Weiter einkaufen
action-go-home = Zur Startseite

## Home

home-title = Alles, was Sie brauchen – weltweit geliefert
home-subtitle = Millionen Artikel von vertrauenswürdigen Verkäufern, vom Einzelstück bis zur Großhandelsmenge.
perk-protection = Käuferschutz bei jeder Bestellung
perk-shipping = { $count ->
    [one] Versand in { $count } Land
   *[other] Versand in { $count } Länder
}
perk-shipping-intl = Internationaler Versand
perk-refunds = Volle oder teilweise Erstattung über Konfliktfälle
home-deals = Angebote des Tages
home-deals-note = Jeden Tag neue Angebote
deals-prev = Vorherige Angebote
deals-next = Weitere Angebote
home-categories = Nach Kategorie einkaufen
home-recommended = Empfehlungen für Sie
recent-title = Zuletzt angesehen
home-more = Mehr zum Verlieben
feed-empty = Hier gibt es noch keine Produkte.
feed-end = Sie haben alles gesehen.

## Product cards

discount-badge = −{ $percent }
price-original-label = Ursprünglicher Preis:
price-range = { $min } – { $max }
free-shipping = Kostenloser Versand
wishlist-add = Zur Wunschliste hinzufügen
wishlist-remove = Von der Wunschliste entfernen
rating-label = Bewertet mit { $rating } von 5
reviews-count = { $count ->
    [one] { $count } Bewertung
   *[other] { $count } Bewertungen
}
sold-count = { $count ->
    [one] { $count } verkauft
   *[other] { $count } verkauft
}
products-count = { $count ->
    [one] { $count } Produkt
   *[other] { $count } Produkte
}

## Categories and search

categories-title = Alle Kategorien
category-unavailable = Kategorie nicht verfügbar
search-all-title = Alle Produkte
search-title = Ergebnisse für „{ $query }“

## Product page

product-unavailable = Produkt nicht verfügbar
gallery-image = Bild { $index } von { $total }
tiers-title = Mehr kaufen, weniger zahlen
tiers-quantity = Menge
tiers-unit-price = Preis pro Stück
shipping-title = Versand
shipping-none = Dieser Artikel wird nicht nach { $country } geliefert. Wählen Sie unter „Lieferung nach“ ein anderes Land.
shipping-days = { $max ->
    [one] { $min }–{ $max } Tag
   *[other] { $min }–{ $max } Tage
}
shipping-tracked = Mit Sendungsverfolgung
product-specs = Technische Daten
product-description = Beschreibung
seller-title = Verkäufer
seller-positive = { $percent } % positive Bewertungen
seller-feedback = { $count ->
    [one] { $count } Bewertung
   *[other] { $count } Bewertungen
}
seller-years = { $count ->
    [one] { $count } Jahr bei { -brand }
   *[other] { $count } Jahre bei { -brand }
}
seller-followers = { $count ->
    [one] { $count } Follower
   *[other] { $count } Follower
}
seller-described = Artikel wie beschrieben
seller-communication = Kommunikation
seller-shipping-speed = Versandgeschwindigkeit

## Product page: gallery, buying, protection

gallery-label = Produktbilder
gallery-hint = Mit den Pfeiltasten wechseln Sie das Bild, mit Enter vergrößern Sie es.
gallery-prev = Vorheriges Bild
gallery-next = Nächstes Bild
tiers-range = { $min }–{ $max } Stk.
tiers-open = ab { $min } Stk.
buy-box-label = Menge und Kauf
quantity-label = Menge
quantity-decrease = Menge verringern
quantity-increase = Menge erhöhen
stock-available = { $count ->
    [one] { $count } Stück verfügbar
   *[other] { $count } Stück verfügbar
}
stock-out = Nicht vorrätig
unit-price-label = Preis pro Stück
total-label = { $count ->
    [one] Gesamt für { $count } Stück
   *[other] Gesamt für { $count } Stück
}
variant-choose = Bitte wählen Sie zuerst in jeder Gruppe eine Option.
variant-not-chosen = Nicht gewählt
add-to-cart = In den Warenkorb
buy-now = Jetzt kaufen
added-to-cart = Zum Warenkorb hinzugefügt.
shipping-route = Von { $from } nach { $to }
delivery-window = Lieferung: { $dates }
shipping-untracked = Ohne Sendungsverfolgung
protection-title = Käuferschutz
protection-held = Wir halten Ihre Zahlung zurück und zahlen den Verkäufer erst aus, wenn Sie den Erhalt der Bestellung bestätigen.
protection-refund = Nicht angekommen oder nicht wie beschrieben? Eröffnen Sie einen Konflikt und erhalten Sie eine volle oder teilweise Rückerstattung.
protection-arbitration = Wenn Sie sich mit dem Verkäufer nicht einigen, vergleichen wir die Fotos des Angebots mit Ihren Fotos und entscheiden.
seller-visit = Zum Shop
similar-title = Ähnliche Artikel
more-from-store-title = Mehr aus diesem Shop
follow-store = Folgen
follow-following = Gefolgt
follow-failed = Das konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.

## Product page: report a listing

report-open = Dieses Angebot melden
report-title = Fälschung oder Schutzrechtsverletzung melden
report-intro = Sagen Sie uns, was mit diesem Angebot nicht stimmt. Wir prüfen jede Meldung; der Verkäufer erfährt nicht, wer sie gesendet hat.
report-reason-label = Grund
report-reason-choose = Grund auswählen
report-reason-counterfeit = Fälschung eines Markenprodukts
report-reason-ip-infringement-trademark = Marke ohne Erlaubnis verwendet
report-reason-ip-infringement-copyright = Kopierte Fotos, Texte oder Designs
report-reason-prohibited-item = Artikel, der nicht verkauft werden darf
report-reason-misleading-listing = Irreführender Titel, Fotos oder Beschreibung
report-reason-other = Etwas anderes
report-details-label = Was stimmt nicht?
report-details-hint = Beschreiben Sie in { $min } bis { $max } Zeichen, was Ihnen aufgefallen ist.
report-details-count = { $count } von { $max } Zeichen
report-email-label = Ihre E-Mail-Adresse (optional)
report-email-hint = Nur wenn wir Sie zu dieser Meldung kontaktieren sollen.
report-evidence-label = Fotos (optional)
report-evidence-hint = { $count ->
    [one] Höchstens ein Foto
   *[other] Bis zu { $count } Fotos
}: JPEG, PNG oder WebP, je höchstens { $max } MB.
report-file-remove = Foto { $index } entfernen
report-submit = Meldung senden
report-sending = Wird gesendet…
report-cancel = Abbrechen
report-error-reason = Wählen Sie einen Grund.
report-error-details-required = Beschreiben Sie das Problem.
report-error-details-short = { $count ->
    [one] Schreiben Sie mindestens { $count } Zeichen.
   *[other] Schreiben Sie mindestens { $count } Zeichen.
}
report-error-details-long = { $count ->
    [one] Schreiben Sie höchstens { $count } Zeichen.
   *[other] Schreiben Sie höchstens { $count } Zeichen.
}
report-error-email = Geben Sie eine Adresse wie name@beispiel.de ein oder lassen Sie das Feld leer.
report-error-evidence-count = { $count ->
    [one] Sie können höchstens { $count } Foto anhängen.
   *[other] Sie können höchstens { $count } Fotos anhängen.
}
report-error-file-large = Dieses Foto ist zu groß: höchstens { $count } MB und 8192 Pixel pro Seite.
report-error-file-type = Diese Datei ist kein Foto im Format JPEG, PNG oder WebP.
report-error-file-broken = Dieses Foto konnte nicht gelesen werden. Bitte wählen Sie eine andere Datei.
report-error-field = Dieser Wert wurde nicht akzeptiert.
report-done-title = Danke, wir haben Ihre Meldung erhalten
report-done = Ihre Meldungsnummer ist { $reference }. Unser Team prüft das Angebot.
report-close = Schließen

## Reviews

reviews-title = Bewertungen
reviews-filter-label = Bewertungen filtern
reviews-filter-all = Alle
reviews-filter-photos = Mit Fotos
reviews-filter-photos-count = Mit Fotos ({ $count })
reviews-filter-stars = { $stars ->
    [one] { $stars } Stern
   *[other] { $stars } Sterne
}
reviews-histogram-label = Bewertungen nach Sternen
reviews-histogram-row = { $stars ->
    [one] { $stars } Stern
   *[other] { $stars } Sterne
}: { $count ->
    [one] { $count } Bewertung
   *[other] { $count } Bewertungen
}
reviews-empty = Noch keine Bewertungen.
reviews-filter-empty = Keine Bewertungen passen zu diesem Filter.
reviews-more = Weitere Bewertungen
review-photo = Foto { $index } von { $total } von { $author }

## Results, filters, suggestions

sort-label = Sortieren nach
sort-best-match = Beste Übereinstimmung
sort-orders = Meiste Bestellungen
sort-price-asc = Preis: aufsteigend
sort-price-desc = Preis: absteigend
sort-newest = Neueste
sort-rating = Beste Bewertung
filters-title = Filter
filters-title-count = Filter ({ $count })
filters-close = Filter schließen
filters-clear = Alle Filter entfernen
filters-categories = Kategorien
filters-price = Preis, { $currency }
price-min = Min.
price-max = Max.
price-apply = Anwenden
price-invalid = Geben Sie Preise als Zahlen ein, z. B. 12.50.
price-inverted = Der Mindestpreis ist höher als der Höchstpreis.
price-hint = Hier von { $min } bis { $max }
price-invalid-hint = Korrigieren Sie die Preisspanne, um Produkte zu sehen.
filters-shipping = Versand und Verfügbarkeit
filter-free-shipping = Kostenloser Versand
filter-in-stock = Auf Lager
filters-delivery = Lieferzeit
filter-delivery-any = Beliebig
filter-delivery-days = { $days ->
    [one] Innerhalb von { $days } Tag
   *[other] Innerhalb von { $days } Tagen
}
filters-quality = Bewertung
filter-rating-4 = Ab 4 Sternen
filter-seller-95 = Verkäufer mit mind. 95 % positiven Bewertungen
filters-ships-from = Versand aus
filters-show = { $count ->
    [one] { $count } Produkt anzeigen
   *[other] { $count } Produkte anzeigen
}
results-earlier = { $count ->
    [one] Frühere Ergebnisse zeigen ({ $count } ausgeblendet)
   *[other] Frühere Ergebnisse zeigen ({ $count } ausgeblendet)
}
no-results-title = Keine Produkte gefunden
no-results-text = Prüfen Sie die Schreibweise, verwenden Sie weniger Wörter oder entfernen Sie Filter.
related-queries = Versuchen Sie diese Suchen
related-categories = Oder stöbern Sie in diesen Kategorien
suggestions-label = Vorschläge
suggestion-in = in der Kategorie { $category }

## Cart and account

cart-title = Warenkorb
cart-empty = Ihr Warenkorb ist leer
cart-items = { $count ->
    [one] { $count } Artikel im Warenkorb
   *[other] { $count } Artikel im Warenkorb
}
cart-empty-hint = Artikel, die Sie hinzufügen, warten hier, bis Sie zur Kasse gehen.
account-title = Konto
account-empty = Hier erscheinen Ihre Bestellungen
account-empty-hint = Nach einer Bestellung können Sie sie auf dieser Seite verfolgen, den Erhalt bestätigen und Konflikte eröffnen.

## Not found

not-found-title = Seite nicht gefunden
not-found-text = Die gesuchte Seite gibt es nicht oder sie ist umgezogen.

## Errors

error-title = Etwas ist schiefgelaufen
error-generic = Das konnte nicht geladen werden. Bitte versuchen Sie es erneut.
error-network = Keine Verbindung zum Shop. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.
offline-banner = Sie sind offline. Besuchte Seiten und Ihr Warenkorb sind weiter verfügbar; Änderungen werden gesendet, sobald Sie wieder online sind.
offline-action-needs-network = Dafür ist eine Verbindung zum Shop nötig. Sie sind offline: Ihre Eingaben bleiben erhalten. Versuchen Sie es erneut, sobald Sie wieder online sind.
update-available = Neue Version verfügbar
update-reload = Neu laden
error-malformed = Der Shop hat eine unlesbare Antwort geschickt. Bitte versuchen Sie es erneut.
error-server = Der Shop hat gerade Probleme. Bitte versuchen Sie es gleich noch einmal.
error-not-found = Das Gesuchte wurde nicht gefunden.
error-route-not-found = Das Gesuchte wurde nicht gefunden.
error-category-not-found = Diese Kategorie gibt es nicht.
error-product-not-found = Dieses Produkt gibt es nicht oder es wird nicht mehr verkauft.
error-seller-not-found = Diesen Verkäufer gibt es nicht.
error-image-not-found = Dieses Bild ist nicht verfügbar.
error-invalid-cursor = Die Liste hat sich seit dem Öffnen geändert. Bitte laden Sie sie neu.
error-invalid-parameter = Ein Teil dieser Anfrage war ungültig.
error-method-not-allowed = Diese Aktion ist hier nicht möglich.
error-validation-failed = Einige Felder müssen korrigiert werden. Bitte prüfen Sie sie und versuchen Sie es erneut.
error-payload-too-large = Die Datei ist zu groß. Bitte wählen Sie eine kleinere.
error-unsupported-media-type = Dieser Dateityp wird nicht akzeptiert. Bitte verwenden Sie ein JPEG-, PNG- oder WebP-Foto.
error-idempotency-key-required = Die Anfrage konnte nicht sicher gesendet werden. Bitte versuchen Sie es erneut.
error-idempotency-key-reused = Diese Anfrage wurde bereits mit anderen Angaben gesendet. Bitte laden Sie die Seite neu und versuchen Sie es erneut.
error-internal = Der Shop hat gerade Probleme. Bitte versuchen Sie es gleich noch einmal.
error-unknown = Etwas Unerwartetes ist passiert. Bitte versuchen Sie es erneut.

## Cart and checkout

cart-summary-label = Bestellübersicht
cart-summary-title = Übersicht
# $count: pieces in the cart
cart-summary-items = { $count ->
    [one] Artikel ({ $count })
   *[other] Artikel ({ $count })
}
cart-summary-shipping = Versand
cart-summary-seller-discounts = Händlergutscheine
cart-summary-platform-discount = Plattformgutschein
cart-summary-total = Gesamt
cart-charge-note = Preise werden in der gewählten Währung angezeigt. Währung und Betrag der Abbuchung nennen wir bei der Zahlung.
cart-checkout = Zur Kasse
cart-view = Warenkorb ansehen
cart-nothing-active = Im Warenkorb liegen keine Artikel zum Bestellen; die gemerkten stehen unten.
cart-last-known = Der Warenkorb wird so angezeigt, wie er zuletzt geladen wurde.
cart-offline-blocked = Bestellen ist erst wieder möglich, wenn der Shop erreichbar ist.
cart-offline-pending = Noch nicht gespeichert: wird gespeichert, sobald Sie wieder online sind.
cart-added-offline = Auf diesem Gerät hinzugefügt: Ihr Warenkorb wird gespeichert, sobald Sie wieder online sind.
cart-offline-added = { $count ->
    [one] { $count } offline hinzugefügter Artikel erscheint hier, sobald Sie wieder online sind.
   *[other] { $count } offline hinzugefügte Artikel erscheinen hier, sobald Sie wieder online sind.
}
cart-not-ready = Einige Artikel können so nicht bestellt werden. Korrigieren Sie die markierten Zeilen.
cart-seller-subtotal = Zwischensumme des Händlers
cart-shipping-method = Versandart
cart-shipping-free = Kostenlos
# $carrier: carrier name; $cost: price or "Free"; $window: delivery dates
cart-shipping-option = { $carrier } · { $cost } · Lieferung { $window }
cart-no-shipping = Dieser Händler liefert diese Artikel nicht in das gewählte Land.
# $price: price of one piece at this quantity
cart-unit-price = { $price } pro Stück
cart-tier-applied = Großhandelspreis
# $amount: coupon discount on the line
cart-line-discount = Gutschein −{ $amount }
cart-save-for-later = Für später merken
cart-move-to-cart = In den Warenkorb
cart-remove = Entfernen
cart-change-variant = Ändern
cart-variant-label = Variante
# $title: product title
cart-removed = „{ $title }“ wurde entfernt.
cart-undo = Rückgängig
cart-saved-title = Für später gemerkt
cart-problem-out-of-stock = Nicht vorrätig
# $stock: pieces left
cart-problem-over-stock = { $stock ->
    [one] Nur noch { $stock } Stück vorrätig: Verringern Sie die Menge.
   *[other] Nur noch { $stock } Stück vorrätig: Verringern Sie die Menge.
}
cart-problem-gone = Dieses Produkt wird nicht mehr verkauft.
cart-problem-not-shipped = Dieser Artikel wird nicht in das gewählte Land geliefert.
cart-problem-unknown = Dieser Artikel kann gerade nicht bestellt werden.
# $count: pieces
cart-items-short = { $count ->
    [one] { $count } Artikel
   *[other] { $count } Artikel
}
drawer-close = Warenkorb schließen
coupon-title = Gutscheine
coupon-label = Gutscheincode
coupon-apply = Einlösen
coupon-order-note = Zuerst gelten Händlergutscheine, jeder für die Artikel seines Händlers; danach ein Plattformgutschein für die ganze Bestellung.
coupon-enter-code = Geben Sie einen Gutscheincode ein.
coupon-not-added = Dieser Code ist schon eingelöst, oder es sind bereits so viele Codes wie erlaubt eingelöst.
# $amount: discount
coupon-applied = Eingelöst: −{ $amount }
# $code: coupon code
coupon-remove = Gutschein { $code } entfernen
coupon-coupon-not-found = Es gibt keinen Gutschein mit diesem Code.
coupon-coupon-expired = Dieser Gutschein ist abgelaufen.
coupon-lapsed = Der Gutschein { $code } ist abgelaufen und wurde aus Ihrem Warenkorb entfernt.
# $min: minimum order
coupon-coupon-min-not-met = Dieser Gutschein gilt ab einem Bestellwert von { $min }.
coupon-coupon-not-applicable = Dieser Gutschein passt zu keinem Artikel im Warenkorb.
coupon-coupon-one-platform-only = Pro Bestellung kann nur ein Plattformgutschein eingelöst werden.
coupon-unknown = Dieser Gutschein kann nicht verwendet werden.
checkout-title = Kasse
checkout-steps-label = Schritte zur Bestellung
checkout-step-address = Lieferadresse
checkout-step-shipping = Versand
checkout-step-payment = Zahlung
checkout-step-review = Prüfen und bezahlen
checkout-sign-in = Melden Sie sich an oder registrieren Sie sich, um fortzufahren
checkout-sign-in-note = Ihr Warenkorb bleibt erhalten: Nach der Anmeldung geht es genau hier weiter.
checkout-address-add = Neue Adresse hinzufügen
checkout-continue = Weiter
checkout-address-save-continue = Adresse speichern und weiter
checkout-address-choose = Wähle eine Lieferadresse, um fortzufahren.
checkout-back = Zurück
checkout-back-to-cart = Zurück zum Warenkorb
checkout-buy-now-note = Sie kaufen nur diesen Artikel: Ihr Warenkorb bleibt, wie er ist.
checkout-buy-now-cart = Stattdessen den Warenkorb kaufen
checkout-change = Ändern
checkout-change-payment = Andere Zahlungsart wählen
# $seller: seller name
checkout-seller = Bestellung bei { $seller }
# $carrier: carrier name
checkout-shipping-by = Versand mit { $carrier }:
checkout-seller-coupon = Gutschein des Verkäufers:
checkout-platform-share = Plattform-Gutschein, Anteil dieser Bestellung:
checkout-order-total = Bestellsumme:
# $method: payment method name
checkout-wallet-note = Nach dem Bestellen gelangen Sie auf die Seite von { $method }, bestätigen dort die Zahlung und kommen dann hierher zurück.
# $amount: amount charged; $currency: currency name
checkout-charge = Abgebucht werden { $amount } ({ $currency }).
checkout-hold-note = Ihre Zahlung wird zurückgehalten und erst an den Händler ausgezahlt, wenn Sie den Erhalt der Bestellung bestätigen.
checkout-place = Bestellung aufgeben
checkout-placing = Bestellung wird aufgegeben…
checkout-confirm-again = Die neue Summe steht in der Übersicht. Prüfen Sie sie und drücken Sie erneut „Bestellung aufgeben“, um sie zu bezahlen.
checkout-declined-kept = Es wurde nichts abgebucht, und Ihr Warenkorb ist unverändert.
complete-pay-again = Bestellung { $number } anders bezahlen
checkout-card-again = Bitte geben Sie Ihre Kartendaten erneut ein.
card-number = Kartennummer
card-exp-month = Ablaufmonat (MM)
card-exp-year = Ablaufjahr (JJ)
card-cvc = Sicherheitscode (CVC)
card-holder = Name auf der Karte
card-test-note = Dieser Shop nutzt einen Test-Zahlungsanbieter: Es wird kein echtes Geld abgebucht.
card-error-required = Geben Sie die Kartennummer ein.
card-error-number = Diese Kartennummer ist ungültig. Prüfen Sie die Ziffern.
card-error-month = Geben Sie den Monat als Zahl von 1 bis 12 ein.
card-error-year = Geben Sie das Jahr mit zwei oder vier Ziffern ein.
card-error-expired = Diese Karte ist abgelaufen.
card-error-cvc = Geben Sie die 3 oder 4 Ziffern von der Kartenrückseite ein.
card-error-holder = Geben Sie den Namen so ein, wie er auf der Karte steht.
card-error-server = Bitte prüfen Sie dieses Feld.
payment-method-card = Bankkarte
payment-method-qiwi = QIWI-Wallet
payment-method-webmoney = WebMoney-Wallet
payment-method-boleto = Boleto (brasilianischer Zahlschein)
payment-method-other = Andere Zahlungsart
payment-declined-card-declined = Ihre Bank hat die Karte abgelehnt. Versuchen Sie eine andere Karte oder Zahlungsart.
payment-declined-insufficient-funds = Auf der Karte ist nicht genug Guthaben. Versuchen Sie eine andere Karte oder Zahlungsart.
payment-declined-declined-by-buyer = Die Zahlung wurde auf der Zahlungsseite abgebrochen.
payment-declined-unknown = Die Zahlung wurde abgelehnt.
complete-title = Vielen Dank, Ihre Bestellung ist aufgegeben
# $count: number of orders
complete-orders = { $count ->
    [1] Ihre Bestellung bei einem Händler:
    [one] Ihr Einkauf wurde in { $count } Bestellung aufgeteilt, eine pro Händler:
   *[other] Ihr Einkauf wurde in { $count } Bestellungen aufgeteilt, eine pro Händler:
}
complete-charged = Abgebucht
complete-hold-title = Ihre Zahlung wird zurückgehalten
complete-hold-text = Wir verwahren Ihr Geld und zahlen es erst an den Händler aus, wenn Sie bestätigen, dass Sie erhalten haben, was Sie bestellt haben. Stimmt etwas nicht, können Sie einen Konflikt eröffnen und eine Erstattung erhalten.
complete-see-orders = Meine Bestellungen ansehen
complete-waiting-title = Wir warten auf Ihre Bestätigung
complete-waiting = Die Zahlung ist noch nicht bestätigt. Schließen Sie sie auf der Zahlungsseite ab.
complete-continue-payment = Weiter zur Zahlungsseite
complete-declined-title = Die Zahlung ist nicht durchgegangen

## Account

account-sign-in-link = Anmelden
account-link-label = Konto: { $name }
account-signin-title = Anmelden oder Konto erstellen
account-modes-label = Anmelden oder registrieren
account-signin-tab = Anmelden
account-register-tab = Registrieren
account-name-label = Ihr Name
account-email-label = E-Mail
account-password-label = Passwort
account-password-show = Passwort anzeigen
account-password-hint = { $count ->
    [one] Mindestens { $count } Zeichen.
   *[other] Mindestens { $count } Zeichen.
}
account-signin-submit = Anmelden
account-register-submit = Konto erstellen
account-signin-instead = Stattdessen anmelden
account-working = Bitte warten…
account-retry-seconds = { $count ->
    [one] Versuchen Sie es in { $count } Sekunde erneut.
   *[other] Versuchen Sie es in { $count } Sekunden erneut.
}
account-retry-minutes = { $count ->
    [one] Versuchen Sie es in { $count } Minute erneut.
   *[other] Versuchen Sie es in { $count } Minuten erneut.
}
account-field-required = Bitte füllen Sie dieses Feld aus.
account-field-too-short = { $count ->
    [one] Zu kurz: mindestens { $count } Zeichen.
   *[other] Zu kurz: mindestens { $count } Zeichen.
}
account-field-too-long = { $count ->
    [one] Zu lang: höchstens { $count } Zeichen.
   *[other] Zu lang: höchstens { $count } Zeichen.
}
account-field-email-malformed = Geben Sie eine E-Mail-Adresse wie name@example.com ein.
account-field-phone-malformed = Geben Sie eine Telefonnummer mit mindestens 5 Ziffern ein; Leerzeichen, +, - und Klammern sind erlaubt.
account-field-malformed = Bitte prüfen Sie diesen Wert.
account-field-country-not-shipped = In dieses Land liefern wir nicht.
account-field-postal-code-format = Das ist keine Postleitzahl des gewählten Landes; siehe das Beispiel oben.
account-details-title = Ihre Daten
account-sign-out = Abmelden
account-addresses-title = Adressbuch
account-addresses-empty = Sie haben noch keine gespeicherten Adressen.
account-address-add = Adresse hinzufügen
account-address-new-title = Neue Adresse
account-address-edit-title = Adresse bearbeiten
account-address-edit = Bearbeiten
account-address-edit-label = Adresse von { $name } bearbeiten
account-address-delete = Löschen
account-address-delete-label = Adresse von { $name } löschen
account-address-delete-confirm = Diese Adresse löschen?
account-address-delete-yes = Ja, löschen
account-address-delete-no = Behalten
account-address-default = Standardadresse
account-address-make-default = Als Standard festlegen
account-address-default-check = Als meine Standardadresse verwenden
account-address-save = Adresse speichern
account-address-saved = Adresse gespeichert.
account-address-deleted = Adresse gelöscht.
account-cancel = Abbrechen
account-recipient-label = Vollständiger Name des Empfängers
account-recipient-hint = Wie im Ausweis, für den Zoll.
account-phone-label = Telefon
account-phone-hint = Unter dieser Nummer meldet sich der Zusteller.
account-country-label = Land
account-country-choose = Land wählen
account-region-label = Bundesland oder Region (optional)
account-city-label = Stadt
account-street-label = Straße, Hausnummer und Wohnung
account-postal-label = Postleitzahl
account-postal-hint = Zum Beispiel: { $example }
account-postal-hint-other = 2 bis 12 Buchstaben oder Ziffern; Leerzeichen und Bindestriche sind erlaubt.

## Orders

orders-title = Meine Bestellungen
account-orders-link = Meine Bestellungen
account-disputes-link = Meine Streitfälle
account-wishlist-link = Meine Wunschliste
account-following-link = Gefolgte Shops
wishlist-title = Wunschliste
wishlist-signin-note = Melden Sie sich an, um Ihre Wunschliste auf allen Geräten zu haben.
wishlist-empty = Ihre Wunschliste ist leer. Tippen Sie bei einem Artikel auf das Herz, um ihn hier zu speichern.
wishlist-price-dropped = Preis gesenkt
wishlist-price-when-added = Beim Hinzufügen:
wishlist-out-of-stock = Nicht vorrätig
wishlist-gone = Nicht mehr erhältlich
wishlist-remove-button = Entfernen
wishlist-remove-label = „{ $title }“ von der Wunschliste entfernen
wishlist-removed = Von der Wunschliste entfernt.
wishlist-added-to-cart = In den Warenkorb gelegt.
following-title = Gefolgte Shops
following-empty = Sie folgen noch keinem Shop. Tippen Sie in einem Shop auf „Folgen“, um ihn hier zu sehen.
buy-again = Erneut kaufen
buy-again-added = { $count ->
    [one] { $count } Artikel in den Warenkorb gelegt.
   *[other] { $count } Artikel in den Warenkorb gelegt.
}
buy-again-nothing = Keiner dieser Artikel kann derzeit gekauft werden.
buy-again-price-changed = „{ $title }“: Der Preis hat sich von { $then } auf { $now } geändert.
buy-again-out-of-stock = „{ $title }“ ist nicht vorrätig.
buy-again-gone = „{ $title }“ ist nicht mehr erhältlich.
orders-tabs-label = Bestellungen nach Status
orders-tab-all = Alle
orders-tab-awaiting-payment = Zahlung ausstehend
orders-tab-awaiting-shipment = Versand ausstehend
orders-tab-shipped = Versandt
orders-tab-awaiting-confirmation = Bestätigung ausstehend
orders-tab-completed = Abgeschlossen
orders-tab-in-dispute = Im Streitfall
orders-empty = Hier gibt es noch keine Bestellungen.
orders-show-more = Weitere Bestellungen anzeigen
orders-back = Zurück zu meinen Bestellungen
order-page-title = Bestellung
order-title = Bestellung { $reference }
order-state-pending-payment = Zahlung ausstehend
order-state-paid-held = Bezahlt, Versand ausstehend
order-state-shipped = Versandt
order-state-delivered = Zugestellt
order-state-completed = Abgeschlossen
order-state-cancelled = Storniert
order-state-unknown = Status unbekannt
order-state-in-dispute = Im Streitfall
hold-title = Ihre Zahlung
hold-pending = { $amount } — noch nicht bezahlt
hold-held = { $amount } einbehalten — noch nicht an den Verkäufer ausgezahlt
hold-frozen = { $amount } eingefroren, solange der Streitfall offen ist — nicht an den Verkäufer ausgezahlt
hold-released = { $amount } an den Verkäufer freigegeben
hold-refunded = { $amount } an Sie erstattet
hold-partially-refunded = { $amount } an Sie erstattet, { $price } an den Verkäufer freigegeben
hold-voided = Die Zahlung wurde nicht abgeschlossen — es wurde nichts abgebucht.
hold-unknown = Der Stand Ihrer Zahlung ist gerade nicht bekannt.
hold-paid = Sie haben bezahlt
hold-still-held = Noch einbehalten
hold-to-seller = An den Verkäufer freigegeben
hold-to-you = An Sie erstattet
countdown-days-left = { $days ->
    [one] Noch { $days } Tag
   *[other] Noch { $days } Tage
}
countdown-hours-left = { $count ->
    [one] Noch { $count } Stunde
   *[other] Noch { $count } Stunden
}
countdown-minutes-left = { $count ->
    [one] Noch { $count } Minute
   *[other] Noch { $count } Minuten
}
countdown-auto-confirm-at = Wird automatisch bestätigt am { $dates }
countdown-protection-ends-at = Der Käuferschutz endet am { $dates }
countdown-deadline-at = Frist: { $dates }
countdown-effect-complete-release = Dann wird die Bestellung von selbst abgeschlossen und das einbehaltene Geld geht an den Verkäufer.
countdown-effect-unknown = Dann geht die Bestellung von selbst weiter.
countdown-passed-complete-release = Die Frist ist abgelaufen: Die Bestellung wird abgeschlossen, das Geld geht an den Verkäufer.
countdown-passed-unknown = Die Frist ist abgelaufen.
order-timeline-title = Was passiert ist
order-tracking-number = Sendungsnummer
order-tracking-copy = Kopieren
order-tracking-copied = Sendungsnummer kopiert
order-tracking-copy-failed = Kopieren nicht möglich: Markieren Sie die Nummer und kopieren Sie sie von Hand.
order-delivery-title = Lieferung
order-ships-within = { $days ->
    [one] Der Verkäufer versendet innerhalb von { $days } Tag nach der Zahlung.
   *[other] Der Verkäufer versendet innerhalb von { $days } Tagen nach der Zahlung.
}
order-delivery-estimate = Voraussichtliche Lieferung: { $dates }
order-delivery-carrier = Versanddienst: { $carrier }
order-totals-title = Zahlung
order-totals-coupons = Gutscheine
order-totals-paid = Sie haben bezahlt
order-totals-refunded = An Sie erstattet
order-totals-net = Bezahlt nach Erstattungen
order-lines-title = Artikel
order-line-quantity = { $count ->
    [one] { $count } Stück
   *[other] { $count } Stück
}
order-address-title = Lieferadresse
actor-buyer = Sie
actor-seller = Verkäufer
actor-system = Storefront (System)
actor-carrier = Versanddienst
actor-unknown = Jemand
event-placed = Bestellung aufgegeben
event-paid-held = { $amount } bezahlt — das Geld wird einbehalten, nicht an den Verkäufer ausgezahlt
event-shipped = Vom Verkäufer mit { $carrier } versandt
event-tracking = Sendungsverfolgung aktualisiert
event-delivered = Zugestellt
event-receipt-confirmed = Sie haben den Erhalt bestätigt
event-auto-confirmed = Automatisch bestätigt: Die Frist ist abgelaufen
event-released = { $amount } an den Verkäufer freigegeben
event-cancelled = Bestellung storniert
event-refunded = { $amount } an Sie erstattet
event-extension-requested = { $days ->
    [one] Sie haben { $days } weiteren Tag Käuferschutz angefragt
   *[other] Sie haben { $days } weitere Tage Käuferschutz angefragt
}
event-extension-granted = { $days ->
    [one] Der Verkäufer hat den Schutz um { $days } Tag verlängert; er endet jetzt am { $to }
   *[other] Der Verkäufer hat den Schutz um { $days } Tage verlängert; er endet jetzt am { $to }
}
event-extension-refused = { $days ->
    [one] Der Verkäufer hat { $days } weiteren Tag Schutz abgelehnt
   *[other] Der Verkäufer hat { $days } weitere Tage Schutz abgelehnt
}
event-feedback-left = Sie haben eine Bewertung abgegeben
event-dispute-opened = Streitfall eröffnet — das Geld ist eingefroren
event-dispute-closed = Streitfall geschlossen
event-unknown = Bestellung aktualisiert
tracking-accepted-by-carrier = Vom Versanddienst übernommen
tracking-departed-sorting-centre = Hat das Sortierzentrum verlassen
tracking-in-transit = Unterwegs
tracking-arrived-destination-country = Im Zielland angekommen
tracking-customs-cleared = Verzollt
tracking-arrived-local-facility = In der örtlichen Zustellbasis
tracking-out-for-delivery = In Zustellung
tracking-unknown = Sendungsverfolgung aktualisiert
order-actions-label = Was Sie tun können
action-confirm-receipt = Erhalt bestätigen
action-cancel-order = Bestellung stornieren
action-open-dispute = Streitfall eröffnen
action-request-extension = Mehr Zeit anfragen
extension-days-label = Käuferschutz verlängern um
extension-days-option = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
extension-pending = { $days ->
    [one] Sie haben { $days } weiteren Tag angefragt — die Antwort des Verkäufers steht aus.
   *[other] Sie haben { $days } weitere Tage angefragt — die Antwort des Verkäufers steht aus.
}
extension-granted = { $days ->
    [one] Der Verkäufer hat Ihren Schutz um { $days } Tag verlängert.
   *[other] Der Verkäufer hat Ihren Schutz um { $days } Tage verlängert.
}
extension-refused = { $days ->
    [one] Der Verkäufer hat abgelehnt, Ihren Schutz um { $days } Tag zu verlängern.
   *[other] Der Verkäufer hat abgelehnt, Ihren Schutz um { $days } Tage zu verlängern.
}
extension-unknown = Ihre Anfrage auf Verlängerung wurde beantwortet.
confirm-dialog-title = Erhalt der Bestellung bestätigen?
confirm-dialog-text = { $amount } werden an den Verkäufer ausgezahlt.
confirm-dialog-warning = Ihr Käuferschutz endet: Für diese Bestellung können Sie dann keinen Streitfall mehr eröffnen. Bestätigen Sie nur, wenn alles wie beschrieben angekommen ist.
confirm-dialog-ok = Ja, Verkäufer bezahlen
confirm-dialog-keep = Noch nicht
cancel-dialog-title = Diese Bestellung stornieren?
cancel-dialog-text = Der Verkäufer hat noch nicht versandt. Sie erhalten { $amount } vollständig zurück.
cancel-dialog-ok = Bestellung stornieren
cancel-dialog-keep = Bestellung behalten
order-done-confirmed = Erhalt bestätigt. Das Geld wurde an den Verkäufer ausgezahlt.
order-done-cancelled = Bestellung storniert. Der volle Betrag wird Ihnen erstattet.
order-done-extension = Anfrage gesendet. Der Verkäufer wird antworten; bis dahin bleibt Ihre Frist unverändert.
order-done-feedback = Danke für Ihre Bewertung!
order-done-paid = Bezahlt. Das Geld wird einbehalten, bis Sie den Erhalt Ihrer Bestellung bestätigen.
order-pay-again-unavailable = Diese Bestellung kann nicht mehr erneut bezahlt werden (die Frist ist abgelaufen oder ein Artikel ist ausverkauft). Hier ist ihr aktueller Stand.
order-pay-again-title = Erneut bezahlen
order-pay-again-text = Die Zahlung wurde abgelehnt, daher wurde diese Bestellung storniert. Sie können sie bis { $date } mit einer anderen Zahlungsart bezahlen.
order-pay-again-submit = Erneut bezahlen
order-changed = Diese Bestellung hat sich inzwischen geändert. Hier ist ihr aktueller Stand — bitte prüfen Sie ihn und versuchen Sie es erneut.
order-not-allowed = Das ist für diese Bestellung nicht mehr möglich. Hier ist ihr aktueller Stand.
feedback-title = Bestellung bewerten
feedback-yours = Ihre Bewertung
feedback-item-as-described = Artikel wie beschrieben
feedback-communication = Kommunikation
feedback-shipping-speed = Versandgeschwindigkeit
feedback-stars = { $count ->
    [one] { $count } Stern
   *[other] { $count } Sterne
}
feedback-text-label = Ihr Kommentar (optional)
feedback-text-count = { $count } von { $max } Zeichen
feedback-public-note = Ihre Sterne für „Artikel wie beschrieben“ und Ihr Kommentar erscheinen auf der Produktseite, unterzeichnet mit dem ersten und letzten Buchstaben Ihres Namens.
feedback-stars-required = Bitte bewerten Sie alle drei: Artikel, Kommunikation und Versandgeschwindigkeit.
feedback-submit = Bewertung senden

## Account and checkout errors

error-email-taken = Zu dieser E-Mail-Adresse gibt es bereits ein Konto. Melde dich an oder verwende eine andere Adresse.
error-invalid-credentials = E-Mail-Adresse oder Passwort ist falsch.
error-too-many-attempts = Zu viele fehlgeschlagene Anmeldeversuche. Bitte warte kurz und versuche es erneut.
error-rate-limited = Zu viele Anfragen von dieser Verbindung. Bitte warte kurz und versuche es erneut.
error-server-busy = Der Shop ist gerade ausgelastet. Bitte versuche es in ein paar Sekunden erneut.
error-unauthenticated = Bitte melde dich an, um fortzufahren.
error-address-not-found = Diese Adresse gibt es nicht mehr.
error-order-not-found = Wir konnten diese Bestellung nicht finden.
error-payment-not-found = Wir konnten diese Zahlung nicht finden.
error-price-changed = Die Preise in deinem Warenkorb haben sich geändert. Bitte prüfe die neue Summe vor dem Bezahlen.
error-out-of-stock = Einige Artikel in deinem Warenkorb sind in dieser Menge nicht mehr vorrätig.
error-cart-empty = Dein Warenkorb ist leer.
error-shipping-unavailable = Einige Artikel können nicht an diese Adresse geliefert werden.
error-payment-declined = Die Zahlung wurde abgelehnt. Es wurde nichts abgebucht.
error-payment-not-pending = Diese Zahlung wurde bereits abgeschlossen oder storniert.
error-precondition-required = Bitte laden Sie diese Bestellung neu und versuchen Sie es noch einmal.
error-precondition-failed = Diese Bestellung hat sich inzwischen geändert. Wir haben den aktuellen Stand geladen – bitte prüfen Sie ihn und versuchen Sie es erneut.
error-illegal-transition = Diese Aktion ist für die Bestellung in ihrem aktuellen Zustand nicht mehr möglich.
error-dispute-not-found = Wir konnten diesen Konflikt nicht finden.
error-dispute-already-open = Für diesen Artikel ist bereits ein Konflikt offen. Sie können ihn auf der Bestellseite verfolgen.
error-dispute-window-closed = Für diese Bestellung kann kein Konflikt mehr eröffnet werden: Sie wurde noch nicht versandt, ist bereits abgeschlossen oder der Käuferschutz ist abgelaufen.
error-conversation-not-found = Wir konnten diese Unterhaltung nicht finden.
error-notification-not-found = Wir konnten diese Benachrichtigung nicht finden.

## Inbox

inbox-contact-seller = Verkäufer kontaktieren
inbox-messages-title = Nachrichten
inbox-notifications-title = Benachrichtigungen
inbox-mark-all-read = Alle als gelesen markieren
inbox-notifications-empty = Noch keine Benachrichtigungen. Hier erfahren Sie, wenn sich bei Ihren Bestellungen etwas tut.
inbox-messages-empty = Noch keine Nachrichten. Fragen Sie einen Verkäufer über „Verkäufer kontaktieren“ auf einer Produkt- oder Bestellseite.
inbox-unread = Ungelesen
inbox-unread-count = Ungelesen: { $count }
inbox-about-order = Bestellung { $order }
inbox-back-to-messages = Alle Nachrichten
inbox-message-label = Nachricht
inbox-message-placeholder = Nachricht schreiben…
inbox-add-photos = Fotos hinzufügen (bis zu 3)
inbox-remove-photo = Foto { $name } entfernen
inbox-photo-refused = Einige Fotos konnten nicht hinzugefügt werden: bis zu 3 Fotos als JPEG, PNG oder WebP mit je höchstens 10 MB.
inbox-photo-alt = Foto zur Nachricht
inbox-send = Senden
inbox-sending = Wird gesendet…
inbox-failed-retry = Fehlgeschlagen – erneut versuchen
inbox-seller-answers-soon = Der Verkäufer antwortet meist innerhalb weniger Stunden.
inbox-n-order-paid = Zahlung für Bestellung { $order } erhalten. Der Verkäufer bereitet sie vor.
inbox-n-order-shipped = Bestellung { $order } wurde versandt. Sendungsnummer: { $tracking }
inbox-n-order-delivered = Bestellung { $order } wurde zugestellt.
inbox-n-protection-ending = Der Käuferschutz für Bestellung { $order } endet in 3 Tagen – bestätigen Sie den Erhalt oder eröffnen Sie einen Streitfall.
inbox-n-auto-confirmed = Bestellung { $order } wurde automatisch bestätigt und die Zahlung an den Verkäufer freigegeben.
inbox-n-dispute-answered = Der Verkäufer hat auf Ihren Streitfall zu Bestellung { $order } geantwortet.
inbox-n-dispute-decided = In Ihrem Streitfall zu Bestellung { $order } wurde entschieden.
inbox-n-message-reply = { $seller } hat auf Ihre Nachricht geantwortet.
inbox-n-price-dropped = Preis gesenkt: { $title } kostet jetzt { $price } (vorher { $was }).
inbox-n-unknown = Es gibt Neuigkeiten zu Ihrem Konto.

## Disputes

dispute-form-title = Streitfall eröffnen
dispute-page-title = Streitfall
disputes-title = Meine Streitfälle
disputes-empty = Sie haben keine Streitfälle.
disputes-to-orders = Zu meinen Bestellungen
disputes-opened-on = Eröffnet am { $dates }
disputes-all-link = Alle meine Streitfälle
dispute-back-to-order = Zurück zur Bestellung
dispute-form-intro = Erzählen Sie uns, was schiefgelaufen ist. Ihr Geld bleibt eingefroren und wird nicht an den Verkäufer ausgezahlt, bis der Streitfall endet.
dispute-form-not-possible = Für diese Bestellung kann gerade kein Streitfall eröffnet werden: Sie ist noch nicht versandt, ein Streitfall ist schon offen oder der Käuferschutz ist abgelaufen.
dispute-view-link = Streitfall ansehen
dispute-form-order-changed = Diese Bestellung hat sich inzwischen geändert. Wir haben den aktuellen Stand geladen – bitte prüfen Sie das Formular und senden Sie es erneut.
dispute-line-label = Um welchen Artikel geht es?
dispute-item-label = Der Artikel, um den es geht
dispute-choose = Bitte wählen…
dispute-received-label = Ist das Paket angekommen?
dispute-received-yes = Ja, das Paket ist angekommen
dispute-received-no = Nein, das Paket ist nicht angekommen
dispute-reason-label = Was ist schiefgelaufen?
dispute-reason-not-as-described = Nicht wie beschrieben
dispute-reason-wrong-size-colour-material = Falsche Größe, Farbe oder falsches Material
dispute-reason-poor-quality = Schlechte Qualität
dispute-reason-doesnt-work = Funktioniert nicht
dispute-reason-counterfeit = Fälschung
dispute-reason-damaged = Beschädigt
dispute-reason-empty-parcel = Leeres Paket
dispute-reason-short-quantity = Weniger Artikel als bestellt
dispute-reason-still-in-transit = Noch unterwegs
dispute-reason-held-at-customs = Beim Zoll festgehalten
dispute-reason-no-tracking = Keine Sendungsverfolgung
dispute-reason-returned-to-sender = An den Absender zurückgeschickt
dispute-reason-wrong-address = An eine falsche Adresse geliefert
dispute-reason-unknown = Anderer Grund
dispute-outcome-label = Was möchten Sie?
dispute-outcome-full-refund = Volle Erstattung
dispute-outcome-partial-refund = Teilerstattung
dispute-outcome-return-and-refund = Artikel zurücksenden, volle Erstattung
dispute-outcome-resend = Der Verkäufer schickt den Artikel kostenlos erneut
dispute-outcome-no-refund = Keine Erstattung
dispute-outcome-unknown = Andere Lösung
dispute-amount-label = Erstattungsbetrag ({ $currency })
dispute-amount-hint = Mehr als null und weniger als { $max }.
dispute-description-label = Beschreiben Sie das Problem
dispute-description-hint = { $min } bis { $max } Zeichen. Was haben Sie erwartet, und was haben Sie bekommen?
dispute-description-count = { $count } von { $max } Zeichen
dispute-photos-label = Fotos
dispute-photos-required-hint = Für diesen Grund ist mindestens ein Foto nötig.
dispute-photos-optional-hint = Fotos helfen dem Verkäufer und der Plattform, das Problem zu verstehen.
dispute-photos-limits = { $count ->
    [one] Bis zu { $count } Foto
   *[other] Bis zu { $count } Fotos
} (JPEG, PNG oder WebP), je höchstens { $max } MB; große Fotos werden vor dem Hochladen verkleinert.
dispute-photos-preparing = Ihre Fotos werden noch vorbereitet. Bitte warten Sie einen Moment und senden Sie erneut.
dispute-photo-preparing = Wird vorbereitet…
dispute-photo-ready = Bereit zum Hochladen
dispute-photo-scaled = Für das Hochladen verkleinert
dispute-photo-uploading = { $name } wird hochgeladen
dispute-photo-sent = Hochgeladen
dispute-photo-retry = Erneut hochladen
dispute-photo-remove = Foto { $index } entfernen
dispute-submit = Streitfall eröffnen
dispute-sending = Wird gesendet…
dispute-error-line = Wählen Sie den Artikel des Streitfalls.
dispute-error-received = Geben Sie an, ob das Paket angekommen ist.
dispute-error-reason = Wählen Sie, was schiefgelaufen ist.
dispute-error-outcome = Wählen Sie, was Sie möchten.
dispute-error-amount = Geben Sie den Erstattungsbetrag als Zahl ein, zum Beispiel 12,50.
dispute-error-amount-range = Der Betrag muss größer als null und kleiner als { $max } sein.
dispute-error-description = Beschreiben Sie das Problem.
dispute-error-description-short = { $count ->
    [one] Schreiben Sie mindestens { $count } Zeichen.
   *[other] Schreiben Sie mindestens { $count } Zeichen.
}
dispute-error-description-long = { $count ->
    [one] Schreiben Sie höchstens { $count } Zeichen.
   *[other] Schreiben Sie höchstens { $count } Zeichen.
}
dispute-error-photos-required = Fügen Sie für diesen Grund mindestens ein Foto hinzu.
dispute-error-photos-count = { $count ->
    [one] Sie können höchstens { $count } Foto hinzufügen.
   *[other] Sie können höchstens { $count } Fotos hinzufügen.
}
dispute-error-file-large = Diese Datei ist größer als { $count } MB.
dispute-error-file-type = Diese Datei ist kein Foto im Format JPEG, PNG oder WebP.
dispute-error-file-broken = Dieses Foto konnte nicht gelesen werden. Bitte versuchen Sie ein anderes.
dispute-error-file-network = Das Hochladen hat nicht geklappt. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
dispute-error-field = Bitte prüfen Sie dieses Feld.
dispute-title = Streitfall zu { $title }
dispute-order-ref = Bestellung { $reference }
dispute-state-awaiting-seller = Wartet auf den Verkäufer
dispute-state-negotiating = In Verhandlung
dispute-state-escalated = In Prüfung
dispute-state-resolved = Gelöst
dispute-state-cancelled = Zurückgezogen
dispute-state-unknown = In Bearbeitung
dispute-banner-your-action = Ihre Antwort ist nötig: Der Verkäufer hat geantwortet.
dispute-banner-waiting-seller = Wir warten auf die Antwort des Verkäufers.
dispute-banner-under-review = In Prüfung: Die Plattform vergleicht das Angebot mit Ihren Fotos.
dispute-banner-resolved = Dieser Streitfall ist gelöst.
dispute-banner-cancelled = Sie haben diesen Streitfall zurückgezogen.
dispute-deadlines-label = Fristen
dispute-deadline-seller-reply = Der Verkäufer muss bis { $dates } antworten
dispute-deadline-escalation = Ab { $dates } können Sie die Plattform entscheiden lassen
dispute-deadline-return-shipment = Senden Sie die Rücksendung bis { $dates } ab
dispute-deadline-return-receipt = Der Verkäufer bestätigt die Rücksendung bis { $dates }
dispute-deadline-redelivery = Der Artikel soll bis { $dates } erneut zugestellt werden
dispute-deadline-decision = Die Plattform entscheidet bis { $dates }
dispute-deadline-passed = Die Frist ist abgelaufen
dispute-effect-accept-buyer = Antwortet der Verkäufer nicht, wird Ihre Forderung angenommen.
dispute-effect-escalation = Danach können Sie die Plattform entscheiden lassen.
dispute-effect-close-seller = Wird die Rücksendung bis dahin nicht verschickt, endet der Streitfall zugunsten des Verkäufers.
dispute-effect-refund-buyer = Danach erhalten Sie die volle Erstattung.
dispute-effect-resume-order = Danach läuft die Bestellung normal weiter.
dispute-effect-platform-decides = Dann wird die Entscheidung umgesetzt: eine Erstattung an Sie oder die Zahlung an den Händler.
dispute-decision-title = Entscheidung
dispute-decision-amount = Erstattung: { $amount }
dispute-decision-by = Entschieden von: { $name }
dispute-rationale-seller-silent = Der Verkäufer hat nicht rechtzeitig geantwortet, daher wurde Ihre Forderung angenommen.
dispute-rationale-accepted = Eine Seite hat den Vorschlag der anderen angenommen.
dispute-rationale-evidence-supports = Die Fotos belegen Ihre Beanstandung.
dispute-rationale-partial-evidence = Die Fotos belegen Ihre Beanstandung teilweise.
dispute-rationale-return-not-shipped = Die Rücksendung wurde nicht rechtzeitig verschickt.
dispute-rationale-other = Der Fall wurde anhand der vorgelegten Nachweise entschieden.
dispute-hold-line = { $amount } einbehalten – nicht an den Verkäufer ausgezahlt. Höchstens { $max } können erstattet werden.
dispute-hold-refunded = { $amount } wurden Ihnen erstattet.
dispute-hold-released = { $amount } wurden an den Händler gezahlt.
dispute-proposals-title = Vorschläge
dispute-proposal-amount = { $title } über { $amount }
dispute-party-buyer = Sie
dispute-party-seller = Verkäufer
dispute-party-platform = Plattform
dispute-party-system = Automatisch
dispute-party-unknown = Jemand
dispute-accept = Diesen Vorschlag annehmen
dispute-decline = Ablehnen
dispute-decline-title = Vorschlag des Verkäufers ablehnen
dispute-next-title = Wie geht es weiter?
dispute-escalate-text = Keine Einigung? Die Plattform vergleicht die Fotos des Angebots mit Ihren und entscheidet.
dispute-escalate = Plattform entscheiden lassen
dispute-escalate-later = Sie können die Plattform entscheiden lassen, sobald die Frist oben abgelaufen ist. Bis dahin können Sie einen anderen Vorschlag machen.
dispute-counter-label = Stattdessen vorschlagen
dispute-counter-message = Nachricht an den Verkäufer (optional)
dispute-counter-send = Meinen Vorschlag senden
dispute-done-accepted = Sie haben den Vorschlag angenommen.
dispute-done-escalated = Die Plattform prüft den Fall jetzt.
dispute-done-cancelled = Der Streitfall ist zurückgezogen.
dispute-done-countered = Ihr Vorschlag wurde an den Verkäufer gesendet.
dispute-done-message = Ihre Nachricht wurde gesendet.
dispute-done-return = Die Sendungsnummer wurde an den Verkäufer gesendet.
dispute-changed = Dieser Streitfall hat sich inzwischen geändert. Wir haben den aktuellen Stand geladen – bitte prüfen Sie ihn und versuchen Sie es erneut.
dispute-not-allowed = Diese Aktion ist im aktuellen Stand des Streitfalls nicht mehr möglich.
dispute-return-title = Artikel zurücksenden
dispute-return-address = Senden Sie den Artikel an { $seller } zurück; die Rücksendekosten trägt der Verkäufer.
dispute-return-due = Versenden bis { $dates }
dispute-return-shipped = Versandt, Sendungsnummer:
dispute-return-received = Der Verkäufer hat die Rücksendung erhalten.
dispute-return-carrier = Versanddienst
dispute-return-tracking = Sendungsnummer
dispute-return-invalid = Geben Sie den Versanddienst und eine Sendungsnummer mit 4 bis 40 Zeichen an.
dispute-return-send = Sendungsnummer senden
dispute-compare-title = Das Angebot und Ihre Fotos
dispute-compare-listing = Fotos des Angebots
dispute-compare-yours = Ihre Fotos
dispute-compare-snapshot-note = So sah das Angebot beim Kauf aus.
dispute-compare-current-note = Die aktuellen Fotos des Angebots (sie können sich seit Ihrem Kauf geändert haben).
dispute-compare-no-photos = Sie haben keine Fotos hinzugefügt.
dispute-photo-zoom = { $title }, Foto { $index }
dispute-zoom-keys = Pfeiltasten: nächstes oder vorheriges Foto. Escape: schließen.
dispute-zoom-close = Schließen
dispute-messages-title = Nachrichten
dispute-messages-empty = Noch keine Nachrichten.
dispute-message-label = An den Verkäufer schreiben
dispute-message-send = Nachricht senden
dispute-claim-title = Ihre Beanstandung
dispute-history-title = Verlauf
dispute-event-opened = Streitfall eröffnet
dispute-event-proposed = Vorschlag
dispute-event-accepted = Vorschlag angenommen
dispute-event-rejected = Der Verkäufer hat die Beanstandung abgelehnt
dispute-event-auto-accepted = Der Verkäufer hat nicht rechtzeitig geantwortet: Ihre Forderung gilt
dispute-event-escalated = Zur Entscheidung an die Plattform übergeben
dispute-event-decided = Die Plattform hat entschieden
dispute-event-message = Nachricht
dispute-event-return-shipped = Rücksendung verschickt
dispute-event-return-received = Rücksendung beim Verkäufer angekommen
dispute-event-return-expired = Die Rücksendung wurde nicht rechtzeitig verschickt
dispute-event-resent = Der Verkäufer hat den Artikel erneut verschickt
dispute-event-redelivered = Der Artikel wurde erneut zugestellt
dispute-event-refunded = Geld an Sie erstattet
dispute-event-released = Geld an den Verkäufer ausgezahlt
dispute-event-cancelled = Streitfall zurückgezogen
dispute-event-unknown = Aktualisierung
dispute-cancel-title = Streitfall zurückziehen
dispute-cancel-text = Wenn das Problem gelöst ist, können Sie den Streitfall zurückziehen. Die Bestellung läuft dann normal weiter.
dispute-cancel = Streitfall zurückziehen
dispute-cancel-ok = Ja, Streitfall zurückziehen
dispute-cancel-keep = Streitfall behalten

## Translator tools

l10n-title = Übersetzungen
l10n-intro = Alle Meldungen in allen sechs Sprachen nebeneinander, gelesen aus den Dateien, die der Shop gerade ausliefert. Markierte Zellen sollte sich jemand aus der Übersetzung ansehen.
l10n-modes = Shop ansehen
l10n-mode-ids = Mit Meldungs-IDs
l10n-mode-pseudo = Pseudo-Sprache
l10n-mode-pseudo-rtl = Gespiegelte Pseudo-Sprache
l10n-mode-off = Wie gewohnt
l10n-banner-ids = Übersetzungsvorschau: Nachrichten-IDs statt Text.
l10n-banner-pseudo = Übersetzungsvorschau: Pseudo-Locale.
l10n-banner-pseudo-rtl = Übersetzungsvorschau: gespiegelte Pseudo-Locale.
l10n-banner-exit = Zurück zum normalen Shop
l10n-filter-status = Zustand
l10n-status-all = Alle Meldungen
l10n-status-problems = Mit Markierung
l10n-status-missing = Fehlt
l10n-status-empty = Leer
l10n-status-unchanged = Wie im Englischen
l10n-status-mismatch = Variablen weichen ab
l10n-status-long = Über 40 % länger
l10n-filter-page = Seite
l10n-page-all = Alle Seiten
l10n-filter-id = ID enthält
l10n-args-title = Beispielargumente
l10n-arg-number = Zahl
l10n-arg-text = Name oder Text
l10n-sample-long = Langer Name
l10n-sample-rtl = Name von rechts nach links
# $shown: rows on screen; $total: messages matching the filters
l10n-shown = { $total ->
    [one] { $shown } von { $total } Meldung angezeigt
   *[other] { $shown } von { $total } Meldungen angezeigt
}
l10n-col-id = Meldungs-ID
l10n-show-more = Mehr anzeigen
l10n-notes = Hinweis:
l10n-plural-grid = Pluralformen
l10n-plural-number = Zahl
# $percent: signed percentage against English, e.g. "+55%"
l10n-length = { $percent } gegenüber Englisch
# $count: number of errors; $file: the file's path
l10n-syntax-errors = { $count ->
    [one] { $count } Syntaxfehler in { $file }
   *[other] { $count } Syntaxfehler in { $file }
}
l10n-ids-panel = In allen Sprachen

## Widgets

widget-title-product = Produkt von Storefront
widget-title-buy = Bei Storefront kaufen
widget-title-collection = Produkte von Storefront
widget-buy = Jetzt kaufen
widget-buy-for = Für { $price } kaufen
widget-variant-choose = Auswählen…
widget-new-tab = (öffnet den Shop in einem neuen Tab)
widget-unavailable = Dieser Artikel ist gerade nicht verfügbar.
widget-offline = Der Shop ist gerade nicht erreichbar.
widget-retrying = { $seconds ->
    [one] Neuer Versuch in { $seconds } Sekunde.
   *[other] Neuer Versuch in { $seconds } Sekunden.
}
widget-collection-empty = Hier gibt es noch keine Artikel.
widget-collection-label = Produkte von Storefront
widget-wish-failed = Ihre Wunschliste konnte nicht geändert werden. Bitte versuchen Sie es erneut.
cart-add-title = Wird in den Warenkorb gelegt
cart-add-unavailable = Dieser Artikel kann nicht hinzugefügt werden: Er ist nicht mehr verfügbar.
cart-add-sold-out = Dieser Artikel ist ausverkauft und kann daher nicht in den Warenkorb gelegt werden.
cart-add-choose = Welche Variante möchten Sie?
partners-title = Widgets für Partnerseiten
partners-intro = Wählen Sie ein Widget und seine Optionen, prüfen Sie die Live-Vorschau und fügen Sie den Code in Ihre Website ein. Bestellungen über Ihre Widgets werden Ihrer Partner-ID gutgeschrieben.
partners-kind = Widget-Art
partners-kind-product = Produktkarte
partners-kind-buy = Kaufen-Schaltfläche
partners-kind-collection = Auswahl
partners-product = Produkt-ID
partners-source-hint = Füllen Sie eines dieser Felder aus: eine Kategorie (ID oder Name aus ihrer Adresse), eine Suche oder Produkt-IDs, durch Kommas getrennt.
partners-category = Kategorie
partners-query = Suche
partners-ids = Produkt-IDs
partners-limit = Anzahl der Artikel
partners-layout = Anordnung
partners-layout-grid = Raster
partners-layout-carousel = Karussell
partners-theme = Farbschema
partners-theme-light = Hell
partners-theme-dark = Dunkel
partners-theme-accent = Akzent
partners-partner = Ihre Partner-ID
partners-partner-hint = Bis zu 64 lateinische Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.
partners-partner-invalid = Diese Partner-ID ist nicht möglich: nur lateinische Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche, höchstens 64.
partners-preview = Vorschau
partners-preview-frame = Widget-Vorschau
partners-snippet = Code für Ihre Website
partners-copy = Code kopieren
partners-copied = In die Zwischenablage kopiert.
partners-copy-failed = Kopieren ist hier nicht erlaubt: Der Code ist markiert, drücken Sie Strg+C (⌘C auf dem Mac).
