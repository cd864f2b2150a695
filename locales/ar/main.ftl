# Storefront — العربية.

-brand = Storefront

## Site

site-name = { -brand }
site-title = { -brand } — ملايين المنتجات مع حماية المشتري
page-title = { $page } · { -brand }
# Composed pages (the server's <title>, description and link previews; crates/server/src/pages)
# $title: product title, $price: its price, $store: seller name, $rating: average stars
seo-product-title = { $title } — { $price } | { -brand }
seo-product-description = { $title }: { $price } من { $store }، التقييم { $rating } من 5. حماية المشتري في كل طلب.
# $name: category name, $count: products in it
seo-category-title = { $name } | { -brand }
seo-category-description = تسوّق { $name } على { -brand }: المنتجات المتوفرة: { $count }، من بائعين موثوقين مع حماية المشتري.
# $query: what the buyer searched for
seo-search-title = «{ $query }»: نتائج البحث | { -brand }
seo-search-description = منتجات تطابق «{ $query }» على { -brand }، مع حماية المشتري في كل طلب.
# $store: seller name, $percent: positive feedback share
seo-store-title = { $store }: متجر على { -brand }
seo-store-description = كل منتجات { $store } على { -brand }. التقييمات الإيجابية: { $percent }٪.
seo-home-description = ملايين المنتجات من بائعين موثوقين، من قطعة واحدة إلى كميات الجملة، مع حماية المشتري.
seo-categories-description = كل فئات { -brand }: إلكترونيات، أزياء، منزل، ألعاب والمزيد.
skip-link = انتقل إلى المحتوى الرئيسي
loading = جارٍ التحميل…
logo-label = الصفحة الرئيسية لـ { -brand }

## Header

topbar-protection = حماية المشتري: نحتجز دفعتك حتى تؤكد استلام الطلب
search-label = البحث عن المنتجات
search-placeholder = ابحث بين ملايين المنتجات
search-submit = بحث
language-label = اللغة
currency-label = العملة
ship-to-label = الشحن إلى
cart-label = { $count ->
    [zero] سلة التسوق فارغة
    [one] سلة التسوق، منتج واحد
    [two] سلة التسوق، منتجان
    [few] سلة التسوق، { $count } منتجات
    [many] سلة التسوق، { $count } منتجًا
   *[other] سلة التسوق، { $count } منتج
}

## Navigation

nav-home = الرئيسية
nav-categories = الفئات
nav-cart = السلة
nav-account = حسابي
nav-inbox = البريد الوارد
inbox-badge-label = الإشعارات غير المقروءة: { $count }
nav-wishlist = المفضلة
bottom-nav-label = التنقل الرئيسي
breadcrumbs-label = مسار التنقل
subcategories-label = الفئات الفرعية
footer-nav-label = روابط الموقع
footer-protection = ادفع بأمان: لا يصل المال إلى البائع إلا بعد أن تؤكد وصول الطلب مطابقًا للوصف. وإن لم يكن كذلك، افتح نزاعًا واحصل على استرداد كامل أو جزئي.

## Actions

action-retry = إعادة المحاولة
action-load-more = عرض المزيد
action-see-all = عرض الكل
action-start-shopping = ابدأ التسوق
action-continue-shopping = مواصلة التسوق
action-go-home = الذهاب إلى الصفحة الرئيسية

## Home

home-title = كل ما تحتاجه، مع الشحن إلى جميع أنحاء العالم
home-subtitle = ملايين المنتجات من بائعين موثوقين، من قطعة واحدة إلى كميات الجملة.
perk-protection = حماية المشتري في كل طلب
perk-shipping = { $count ->
    [zero] الشحن الدولي
    [one] الشحن إلى دولة واحدة
    [two] الشحن إلى دولتين
    [few] الشحن إلى { $count } دول
    [many] الشحن إلى { $count } دولة
   *[other] الشحن إلى { $count } دولة
}
perk-shipping-intl = الشحن الدولي
perk-refunds = استرداد كامل أو جزئي عبر النزاعات
home-deals = عروض اليوم
home-deals-note = عروض جديدة كل يوم
deals-prev = العروض السابقة
deals-next = مزيد من العروض
home-categories = تسوّق حسب الفئة
home-recommended = مقترحة لك
recent-title = شاهدتها مؤخرًا
home-more = المزيد مما قد يعجبك
feed-empty = لا توجد منتجات هنا بعد.
feed-end = لقد شاهدت كل شيء هنا.

## Product cards

discount-badge = −{ $percent }
price-original-label = السعر الأصلي:
price-range = { $min } – { $max }
free-shipping = شحن مجاني
wishlist-add = أضف إلى المفضلة
wishlist-remove = أزل من المفضلة
rating-label = التقييم { $rating } من 5
reviews-count = { $count ->
    [zero] لا توجد مراجعات
    [one] مراجعة واحدة
    [two] مراجعتان
    [few] { $count } مراجعات
    [many] { $count } مراجعة
   *[other] { $count } مراجعة
}
sold-count = { $count ->
    [zero] لم يُبع أي منتج
    [one] بيعت قطعة واحدة
    [two] بيعت قطعتان
    [few] بيعت { $count } قطع
    [many] بيعت { $count } قطعة
   *[other] بيعت { $count } قطعة
}
products-count = { $count ->
    [zero] لا توجد منتجات
    [one] منتج واحد
    [two] منتجان
    [few] { $count } منتجات
    [many] { $count } منتجًا
   *[other] { $count } منتج
}

## Categories and search

categories-title = جميع الفئات
category-unavailable = الفئة غير متاحة
search-all-title = جميع المنتجات
search-title = نتائج البحث عن «{ $query }»

## Product page

product-unavailable = المنتج غير متاح
gallery-image = الصورة { $index } من { $total }
tiers-title = اشترِ أكثر وادفع أقل
tiers-quantity = الكمية
tiers-unit-price = سعر القطعة
shipping-title = الشحن
shipping-none = لا يُشحن هذا المنتج إلى { $country }. اختر دولة أخرى في «الشحن إلى».
shipping-days = { $max ->
    [zero] { $min }–{ $max } يوم
    [one] { $min }–{ $max } يوم
    [two] { $min }–{ $max } يوم
    [few] { $min }–{ $max } أيام
    [many] { $min }–{ $max } يومًا
   *[other] { $min }–{ $max } يوم
}
shipping-tracked = مع التتبع
product-specs = المواصفات
product-description = الوصف
seller-title = البائع
seller-positive = ‏{ $percent }% تقييمات إيجابية
seller-feedback = { $count ->
    [zero] لا توجد تقييمات
    [one] تقييم واحد
    [two] تقييمان
    [few] { $count } تقييمات
    [many] { $count } تقييمًا
   *[other] { $count } تقييم
}
seller-years = { $count ->
    [zero] أقل من سنة على { -brand }
    [one] سنة واحدة على { -brand }
    [two] سنتان على { -brand }
    [few] { $count } سنوات على { -brand }
    [many] { $count } سنة على { -brand }
   *[other] { $count } سنة على { -brand }
}
seller-followers = { $count ->
    [zero] لا يوجد متابعون
    [one] متابع واحد
    [two] متابعان
    [few] { $count } متابعين
    [many] { $count } متابعًا
   *[other] { $count } متابع
}
seller-described = مطابقة المنتج للوصف
seller-communication = التواصل
seller-shipping-speed = سرعة الشحن

## Product page: gallery, buying, protection

gallery-label = صور المنتج
gallery-hint = استخدم مفاتيح الأسهم لتغيير الصورة ومفتاح Enter للتكبير.
gallery-prev = الصورة السابقة
gallery-next = الصورة التالية
tiers-range = { $min }–{ $max } قطعة
tiers-open = { $min }+ قطعة
buy-box-label = الكمية والشراء
quantity-label = الكمية
quantity-decrease = تقليل الكمية
quantity-increase = زيادة الكمية
stock-available = { $count ->
    [zero] { $count } قطعة متاحة
    [one] قطعة واحدة متاحة
    [two] قطعتان متاحتان
    [few] { $count } قطع متاحة
    [many] { $count } قطعة متاحة
   *[other] { $count } قطعة متاحة
}
stock-out = نفدت الكمية
unit-price-label = سعر القطعة
total-label = { $count ->
    [zero] الإجمالي لـ { $count } قطعة
    [one] الإجمالي لقطعة واحدة
    [two] الإجمالي لقطعتين
    [few] الإجمالي لـ { $count } قطع
    [many] الإجمالي لـ { $count } قطعة
   *[other] الإجمالي لـ { $count } قطعة
}
variant-choose = اختر خيارًا من كل مجموعة أولًا.
variant-not-chosen = لم يُختر بعد
add-to-cart = أضف إلى السلة
buy-now = اشترِ الآن
added-to-cart = تمت الإضافة إلى سلتك.
shipping-route = من { $from } إلى { $to }
delivery-window = التوصيل: { $dates }
shipping-untracked = بدون تتبع
protection-title = حماية المشتري
protection-held = نحتفظ بدفعتك ولا نسلّمها للبائع إلا بعد أن تؤكد وصول الطلب.
protection-refund = لم يصل الطلب أو جاء مخالفًا للوصف؟ افتح نزاعًا واسترد المبلغ كاملًا أو جزئيًا.
protection-arbitration = إذا لم تتفق مع البائع، نقارن صور الإعلان بصورك ونتخذ القرار.
seller-visit = زيارة المتجر
similar-title = منتجات مشابهة
more-from-store-title = المزيد من هذا المتجر
follow-store = متابعة
follow-following = تتابعه
follow-failed = تعذّر الحفظ. يُرجى المحاولة مرة أخرى.

## Product page: report a listing

report-open = الإبلاغ عن هذا المنتج
report-title = الإبلاغ عن منتج مقلَّد أو انتهاك للملكية الفكرية
report-intro = أخبرنا بما هو خطأ في هذا المنتج. نراجع كل بلاغ، ولن يعرف البائع من أرسله.
report-reason-label = السبب
report-reason-choose = اختر سببًا
report-reason-counterfeit = تقليد لمنتج ذي علامة تجارية
report-reason-ip-infringement-trademark = استخدام علامة تجارية دون إذن
report-reason-ip-infringement-copyright = صور أو نصوص أو تصاميم منسوخة
report-reason-prohibited-item = سلعة يُحظر بيعها
report-reason-misleading-listing = عنوان أو صور أو وصف مضلِّل
report-reason-other = سبب آخر
report-details-label = ما المشكلة؟
report-details-hint = صف ما لاحظته في { $min } إلى { $max } حرف.
report-details-count = { $count } من { $max } حرف
report-email-label = بريدك الإلكتروني (اختياري)
report-email-hint = فقط إذا أردت أن نتواصل معك بشأن هذا البلاغ.
report-evidence-label = صور (اختياري)
report-evidence-hint = { $count ->
    [zero] بلا صور
    [one] صورة واحدة كحد أقصى
    [two] صورتان كحد أقصى
    [few] حتى { $count } صور
    [many] حتى { $count } صورة
   *[other] حتى { $count } صورة
}، بصيغة JPEG أو PNG أو WebP، وبحجم { $max } ميغابايت كحد أقصى لكل صورة.
report-file-remove = إزالة الصورة { $index }
report-submit = إرسال البلاغ
report-sending = جارٍ الإرسال…
report-cancel = إلغاء
report-error-reason = اختر سببًا.
report-error-details-required = صف المشكلة.
report-error-details-short = { $count ->
    [zero] اكتب { $count } حرف على الأقل.
    [one] اكتب حرفًا واحدًا على الأقل.
    [two] اكتب حرفين على الأقل.
    [few] اكتب { $count } أحرف على الأقل.
    [many] اكتب { $count } حرفًا على الأقل.
   *[other] اكتب { $count } حرف على الأقل.
}
report-error-details-long = { $count ->
    [zero] اكتب { $count } حرف على الأكثر.
    [one] اكتب حرفًا واحدًا على الأكثر.
    [two] اكتب حرفين على الأكثر.
    [few] اكتب { $count } أحرف على الأكثر.
    [many] اكتب { $count } حرفًا على الأكثر.
   *[other] اكتب { $count } حرف على الأكثر.
}
report-error-email = أدخل بريدًا إلكترونيًا مثل name@example.com أو اترك الحقل فارغًا.
report-error-evidence-count = { $count ->
    [zero] لا يمكن إرفاق صور.
    [one] يمكنك إرفاق صورة واحدة كحد أقصى.
    [two] يمكنك إرفاق صورتين كحد أقصى.
    [few] يمكنك إرفاق { $count } صور كحد أقصى.
    [many] يمكنك إرفاق { $count } صورة كحد أقصى.
   *[other] يمكنك إرفاق { $count } صورة كحد أقصى.
}
report-error-file-large = هذه الصورة كبيرة جدًا: الحد الأقصى { $count } ميغابايت و8192 بكسل لكل ضلع.
report-error-file-type = هذا الملف ليس صورة بصيغة JPEG أو PNG أو WebP.
report-error-file-broken = تعذّرت قراءة هذه الصورة. اختر ملفًا آخر.
report-error-field = لم تُقبل هذه القيمة.
report-done-title = شكرًا، تلقّينا بلاغك
report-done = رقم بلاغك { $reference }. سيراجع فريقنا هذا المنتج.
report-close = إغلاق

## Reviews

reviews-title = التقييمات
reviews-filter-label = تصفية التقييمات
reviews-filter-all = الكل
reviews-filter-photos = مع صور
reviews-filter-photos-count = مع صور ({ $count })
reviews-filter-stars = { $stars ->
    [zero] { $stars } نجمة
    [one] نجمة واحدة
    [two] نجمتان
    [few] { $stars } نجوم
    [many] { $stars } نجمة
   *[other] { $stars } نجمة
}
reviews-histogram-label = التقييمات حسب عدد النجوم
reviews-histogram-row = { $stars ->
    [zero] { $stars } نجمة
    [one] نجمة واحدة
    [two] نجمتان
    [few] { $stars } نجوم
    [many] { $stars } نجمة
   *[other] { $stars } نجمة
}: { $count ->
    [zero] لا توجد تقييمات
    [one] تقييم واحد
    [two] تقييمان
    [few] { $count } تقييمات
    [many] { $count } تقييمًا
   *[other] { $count } تقييم
}
reviews-empty = لا توجد تقييمات بعد.
reviews-filter-empty = لا توجد تقييمات مطابقة لهذا الفلتر.
reviews-more = مزيد من التقييمات
review-photo = الصورة { $index } من { $total } من { $author }

## Results, filters, suggestions

sort-label = الترتيب حسب
sort-best-match = الأكثر صلة
sort-orders = الأكثر طلبًا
sort-price-asc = السعر: من الأقل إلى الأعلى
sort-price-desc = السعر: من الأعلى إلى الأقل
sort-newest = الأحدث
sort-rating = الأعلى تقييمًا
filters-title = عوامل التصفية
filters-title-count = عوامل التصفية ({ $count })
filters-close = إغلاق عوامل التصفية
filters-clear = مسح كل عوامل التصفية
filters-categories = الفئات
filters-price = السعر ({ $currency })
price-min = من
price-max = إلى
price-apply = تطبيق
price-invalid = أدخل الأسعار أرقامًا، مثل 12.50.
price-inverted = الحد الأدنى للسعر أعلى من الحد الأقصى.
price-hint = هنا من { $min } إلى { $max }
price-invalid-hint = صحّح نطاق السعر لعرض المنتجات.
filters-shipping = الشحن والتوفر
filter-free-shipping = شحن مجاني
filter-in-stock = متوفر
filters-delivery = مدة التوصيل
filter-delivery-any = أي مدة
filter-delivery-days = { $days ->
    [zero] خلال { $days } يوم
    [one] خلال يوم واحد
    [two] خلال يومين
    [few] خلال { $days } أيام
    [many] خلال { $days } يومًا
   *[other] خلال { $days } يوم
}
filters-quality = التقييم
filter-rating-4 = 4 نجوم فأكثر
filter-seller-95 = بائعون بتقييمات إيجابية 95% فأكثر
filters-ships-from = يُشحن من
filters-show = { $count ->
    [zero] عرض { $count } منتج
    [one] عرض منتج واحد
    [two] عرض منتجين
    [few] عرض { $count } منتجات
    [many] عرض { $count } منتجًا
   *[other] عرض { $count } منتج
}
results-earlier = { $count ->
    [zero] عرض النتائج السابقة ({ $count })
    [one] عرض النتائج السابقة (نتيجة واحدة)
    [two] عرض النتائج السابقة (نتيجتان)
    [few] عرض النتائج السابقة ({ $count } نتائج)
    [many] عرض النتائج السابقة ({ $count } نتيجة)
   *[other] عرض النتائج السابقة ({ $count } نتيجة)
}
no-results-title = لم يتم العثور على منتجات
no-results-text = تحقق من الإملاء، أو استخدم كلمات أقل، أو أزل بعض عوامل التصفية.
related-queries = جرّب عمليات البحث هذه
related-categories = أو تصفح هذه الفئات
suggestions-label = اقتراحات
suggestion-in = في { $category }

## Cart and account

cart-title = سلة التسوق
cart-empty = سلة التسوق فارغة
cart-items = { $count ->
    [zero] لا توجد منتجات في سلتك
    [one] منتج واحد في سلتك
    [two] منتجان في سلتك
    [few] { $count } منتجات في سلتك
    [many] { $count } منتجًا في سلتك
   *[other] { $count } منتج في سلتك
}
cart-empty-hint = ستنتظرك المنتجات التي تضيفها هنا حتى تُتم الشراء.
account-title = حسابي
account-empty = ستظهر طلباتك هنا
account-empty-hint = بعد أن تطلب، يمكنك من هذه الصفحة تتبّع طلبك وتأكيد الاستلام وفتح النزاعات.

## Not found

not-found-title = الصفحة غير موجودة
not-found-text = الصفحة التي تبحث عنها غير موجودة أو نُقلت.

## Errors

error-title = حدث خطأ ما
error-generic = تعذّر التحميل. يُرجى المحاولة مرة أخرى.
error-network = لا يوجد اتصال بالمتجر. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.
offline-banner = أنت غير متصل بالإنترنت. لا تزال الصفحات التي زرتها وسلة التسوق متاحة، وستُرسل التغييرات عند عودة الاتصال.
offline-action-needs-network = يتطلب هذا اتصالًا بالمتجر. أنت غير متصل الآن: ما أدخلته محفوظ، حاول مرة أخرى عند عودة الاتصال.
update-available = يتوفر إصدار جديد
update-reload = إعادة التحميل
error-malformed = أرسل المتجر ردًا تعذّرت قراءته. يُرجى المحاولة مرة أخرى.
error-server = يواجه المتجر مشكلة حاليًا. يُرجى المحاولة بعد قليل.
error-not-found = لم نعثر على ما تبحث عنه.
error-route-not-found = لم نعثر على ما تبحث عنه.
error-category-not-found = هذه الفئة غير موجودة.
error-product-not-found = هذا المنتج غير موجود أو لم يعد معروضًا للبيع.
error-seller-not-found = هذا البائع غير موجود.
error-image-not-found = هذه الصورة غير متاحة.
error-invalid-cursor = تغيّرت القائمة منذ أن فتحتها. يُرجى إعادة تحميلها.
error-invalid-parameter = جزء من هذا الطلب غير صالح.
error-method-not-allowed = هذا الإجراء غير ممكن هنا.
error-validation-failed = بعض الحقول تحتاج إلى مراجعة. يُرجى التحقق منها والمحاولة مرة أخرى.
error-payload-too-large = الملف كبير جدًا. يُرجى اختيار ملف أصغر.
error-unsupported-media-type = نوع الملف هذا غير مقبول. يُرجى استخدام صورة بصيغة JPEG أو PNG أو WebP.
error-idempotency-key-required = تعذّر إرسال الطلب بأمان. يُرجى المحاولة مرة أخرى.
error-idempotency-key-reused = سبق إرسال هذا الطلب ببيانات مختلفة. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-internal = يواجه المتجر مشكلة حاليًا. يُرجى المحاولة بعد قليل.
error-unknown = حدث أمر غير متوقع. يُرجى المحاولة مرة أخرى.

## Cart and checkout

cart-summary-label = ملخص الطلب
cart-summary-title = الملخص
# $count: pieces in the cart
cart-summary-items = { $count ->
    [zero] المنتجات ({ $count })
    [one] المنتجات ({ $count })
    [two] المنتجات ({ $count })
    [few] المنتجات ({ $count })
    [many] المنتجات ({ $count })
   *[other] المنتجات ({ $count })
}
cart-summary-shipping = الشحن
cart-summary-seller-discounts = قسائم البائعين
cart-summary-platform-discount = قسيمة المنصة
cart-summary-total = الإجمالي
cart-charge-note = تُعرض الأسعار بالعملة التي اخترتها. تُذكر عملة الخصم ومبلغه عند الدفع.
cart-checkout = المتابعة إلى الدفع
cart-view = عرض السلة
cart-nothing-active = لا توجد في سلتك منتجات للطلب؛ المنتجات المحفوظة أدناه.
cart-last-known = نعرض سلتك كما كانت عند آخر تحميل.
cart-offline-blocked = لا يمكنك إتمام الطلب حتى يعود الاتصال بالمتجر.
cart-offline-pending = لم يُحفظ بعد: سيُحفظ عند عودة الاتصال.
cart-added-offline = أُضيف على هذا الجهاز: ستُحفظ سلتك عند عودة الاتصال.
cart-offline-added = { $count ->
    [zero] لا منتجات أُضيفت دون اتصال.
    [one] منتج واحد أُضيف دون اتصال سيظهر هنا عند عودة الاتصال.
    [two] منتجان أُضيفا دون اتصال سيظهران هنا عند عودة الاتصال.
    [few] { $count } منتجات أُضيفت دون اتصال ستظهر هنا عند عودة الاتصال.
    [many] { $count } منتجًا أُضيف دون اتصال سيظهر هنا عند عودة الاتصال.
   *[other] { $count } منتج أُضيف دون اتصال سيظهر هنا عند عودة الاتصال.
}
cart-not-ready = لا يمكن طلب بعض المنتجات بحالتها الحالية. صحّح الأسطر المحددة للمتابعة.
cart-seller-subtotal = المجموع الفرعي للبائع
cart-shipping-method = طريقة الشحن
cart-shipping-free = مجاني
# $carrier: carrier name; $cost: price or "Free"; $window: delivery dates
cart-shipping-option = { $carrier } · { $cost } · التوصيل { $window }
cart-no-shipping = لا يشحن هذا البائع هذه المنتجات إلى البلد المختار.
# $price: price of one piece at this quantity
cart-unit-price = { $price } للقطعة
cart-tier-applied = سعر الجملة
# $amount: coupon discount on the line
cart-line-discount = قسيمة −{ $amount }
cart-save-for-later = حفظ لوقت لاحق
cart-move-to-cart = نقل إلى السلة
cart-remove = إزالة
cart-change-variant = تغيير
cart-variant-label = الخيار
# $title: product title
cart-removed = تمت إزالة «{ $title }».
cart-undo = تراجع
cart-saved-title = محفوظ لوقت لاحق
cart-problem-out-of-stock = نفد من المخزون
# $stock: pieces left
cart-problem-over-stock = { $stock ->
    [zero] لم تبقَ أي قطعة: قلّل الكمية.
    [one] بقيت قطعة واحدة فقط: قلّل الكمية.
    [two] بقيت قطعتان فقط: قلّل الكمية.
    [few] بقيت { $stock } قطع فقط: قلّل الكمية.
    [many] بقيت { $stock } قطعة فقط: قلّل الكمية.
   *[other] بقيت { $stock } قطعة فقط: قلّل الكمية.
}
cart-problem-gone = لم يعد هذا المنتج معروضًا للبيع.
cart-problem-not-shipped = لا يُشحن هذا المنتج إلى البلد المختار.
cart-problem-unknown = لا يمكن طلب هذا المنتج الآن.
# $count: pieces
cart-items-short = { $count ->
    [zero] لا منتجات
    [one] منتج واحد
    [two] منتجان
    [few] { $count } منتجات
    [many] { $count } منتجًا
   *[other] { $count } منتج
}
drawer-close = إغلاق السلة
coupon-title = القسائم
coupon-label = رمز القسيمة
coupon-apply = تطبيق
coupon-order-note = تُطبَّق قسائم البائعين أولًا، كلٌّ على منتجات بائعها؛ ثم قسيمة واحدة من المنصة على الطلب كله.
coupon-enter-code = أدخل رمز قسيمة.
coupon-not-added = هذا الرمز مطبَّق بالفعل، أو بلغت الحد الأقصى لعدد الرموز.
# $amount: discount
coupon-applied = مطبَّقة: −{ $amount }
# $code: coupon code
coupon-remove = إزالة القسيمة { $code }
coupon-coupon-not-found = لا توجد قسيمة بهذا الرمز.
coupon-coupon-expired = انتهت صلاحية هذه القسيمة.
coupon-lapsed = انتهت صلاحية القسيمة { $code } وأُزيلت من سلتك.
# $min: minimum order
coupon-coupon-min-not-met = تتطلب هذه القسيمة طلبًا لا يقل عن { $min }.
coupon-coupon-not-applicable = لا تنطبق هذه القسيمة على أي منتج في سلتك.
coupon-coupon-one-platform-only = يمكن استخدام قسيمة واحدة فقط من المنصة في كل طلب.
coupon-unknown = لا يمكن استخدام هذه القسيمة.
checkout-title = إتمام الشراء
checkout-steps-label = خطوات إتمام الشراء
checkout-step-address = عنوان التوصيل
checkout-step-shipping = الشحن
checkout-step-payment = الدفع
checkout-step-review = المراجعة والدفع
checkout-sign-in = سجّل الدخول أو أنشئ حسابًا للمتابعة
checkout-sign-in-note = ستبقى سلتك كما هي: بعد تسجيل الدخول تتابع من هنا مباشرة.
checkout-address-add = إضافة عنوان جديد
checkout-continue = متابعة
checkout-address-save-continue = حفظ العنوان والمتابعة
checkout-address-choose = اختر عنوان التوصيل للمتابعة.
checkout-back = رجوع
checkout-back-to-cart = العودة إلى السلة
checkout-buy-now-note = أنت تشتري هذا المنتج وحده: تبقى سلتك كما هي.
checkout-buy-now-cart = إتمام شراء السلة بدلًا من ذلك
checkout-change = تغيير
checkout-change-payment = اختيار طريقة دفع أخرى
# $seller: seller name
checkout-seller = طلب من { $seller }
# $carrier: carrier name
checkout-shipping-by = الشحن عبر { $carrier }:
checkout-seller-coupon = قسيمة البائع:
checkout-platform-share = قسيمة المنصة، حصة هذا الطلب:
checkout-order-total = إجمالي الطلب:
# $method: payment method name
checkout-wallet-note = بعد إتمام الطلب ستنتقل إلى صفحة { $method } لتأكيد الدفع، ثم تعود إلى هنا.
# $amount: amount charged; $currency: currency name
checkout-charge = سيُخصم منك { $amount } ({ $currency }).
checkout-hold-note = يُحتجز مبلغ الدفع ولا يُسلَّم إلى البائع إلا بعد أن تؤكد استلام طلبك.
checkout-place = تأكيد الطلب
checkout-placing = جارٍ تأكيد طلبك…
checkout-confirm-again = يظهر الإجمالي الجديد في الملخص. راجعه واضغط «تأكيد الطلب» مرة أخرى لدفعه.
checkout-declined-kept = لم يُخصم أي مبلغ وبقيت سلتك كما هي.
complete-pay-again = ادفع الطلب { $number } بطريقة أخرى
checkout-card-again = يُرجى إدخال بيانات بطاقتك مرة أخرى.
card-number = رقم البطاقة
card-exp-month = شهر الانتهاء (MM)
card-exp-year = سنة الانتهاء (YY)
card-cvc = رمز الأمان (CVC)
card-holder = الاسم على البطاقة
card-test-note = يستخدم هذا المتجر مزوّد دفع تجريبيًا: لا تُخصم أي أموال حقيقية.
card-error-required = أدخل رقم البطاقة.
card-error-number = رقم البطاقة هذا غير صالح. تحقّق من الأرقام.
card-error-month = أدخل الشهر رقمًا من 1 إلى 12.
card-error-year = أدخل السنة برقمين أو أربعة أرقام.
card-error-expired = انتهت صلاحية هذه البطاقة.
card-error-cvc = أدخل الأرقام الثلاثة أو الأربعة الموجودة على ظهر البطاقة.
card-error-holder = أدخل الاسم كما هو مكتوب على البطاقة.
card-error-server = يُرجى التحقق من هذا الحقل.
payment-method-card = بطاقة مصرفية
payment-method-qiwi = محفظة QIWI
payment-method-webmoney = محفظة WebMoney
payment-method-boleto = بوليتو (قسيمة دفع برازيلية)
payment-method-other = طريقة دفع أخرى
payment-declined-card-declined = رفض مصرفك البطاقة. جرّب بطاقة أو طريقة دفع أخرى.
payment-declined-insufficient-funds = لا يوجد رصيد كافٍ في البطاقة. جرّب بطاقة أو طريقة دفع أخرى.
payment-declined-declined-by-buyer = أُلغي الدفع في صفحة الدفع.
payment-declined-unknown = رُفض الدفع.
complete-title = شكرًا لك، تم تقديم طلبك
# $count: number of orders
complete-orders = { $count ->
    [zero] لم يُنشأ أي طلب.
    [one] أصبحت مشترياتك طلبًا واحدًا:
    [two] قُسّمت مشترياتك إلى طلبين، طلب لكل بائع:
    [few] قُسّمت مشترياتك إلى { $count } طلبات، طلب لكل بائع:
    [many] قُسّمت مشترياتك إلى { $count } طلبًا، طلب لكل بائع:
   *[other] قُسّمت مشترياتك إلى { $count } طلب، طلب لكل بائع:
}
complete-charged = المبلغ المخصوم
complete-hold-title = مبلغ الدفع محتجز
complete-hold-text = نحتفظ بأموالك بأمان ولا ندفعها للبائع إلا بعد أن تؤكد أنك استلمت ما طلبته. إذا كانت هناك مشكلة، يمكنك فتح نزاع واسترداد أموالك.
complete-see-orders = عرض طلباتي
complete-waiting-title = بانتظار تأكيدك
complete-waiting = لم يُؤكَّد الدفع بعد. أكمله في صفحة الدفع.
complete-continue-payment = المتابعة إلى صفحة الدفع
complete-declined-title = لم يتم الدفع

## Account

account-sign-in-link = تسجيل الدخول
account-link-label = الحساب: { $name }
account-signin-title = سجّل الدخول أو أنشئ حسابًا
account-modes-label = تسجيل الدخول أو إنشاء حساب
account-signin-tab = تسجيل الدخول
account-register-tab = إنشاء حساب
account-name-label = اسمك
account-email-label = البريد الإلكتروني
account-password-label = كلمة المرور
account-password-show = إظهار كلمة المرور
account-password-hint = { $count ->
    [zero] { $count } حرف على الأقل.
    [one] حرف واحد على الأقل.
    [two] حرفان على الأقل.
    [few] { $count } أحرف على الأقل.
    [many] { $count } حرفًا على الأقل.
   *[other] { $count } حرف على الأقل.
}
account-signin-submit = تسجيل الدخول
account-register-submit = إنشاء الحساب
account-signin-instead = سجّل الدخول بدلًا من ذلك
account-working = يرجى الانتظار…
account-retry-seconds = { $count ->
    [zero] حاول مرة أخرى بعد { $count } ثانية.
    [one] حاول مرة أخرى بعد ثانية واحدة.
    [two] حاول مرة أخرى بعد ثانيتين.
    [few] حاول مرة أخرى بعد { $count } ثوانٍ.
    [many] حاول مرة أخرى بعد { $count } ثانية.
   *[other] حاول مرة أخرى بعد { $count } ثانية.
}
account-retry-minutes = { $count ->
    [zero] حاول مرة أخرى بعد { $count } دقيقة.
    [one] حاول مرة أخرى بعد دقيقة واحدة.
    [two] حاول مرة أخرى بعد دقيقتين.
    [few] حاول مرة أخرى بعد { $count } دقائق.
    [many] حاول مرة أخرى بعد { $count } دقيقة.
   *[other] حاول مرة أخرى بعد { $count } دقيقة.
}
account-field-required = يرجى ملء هذا الحقل.
account-field-too-short = { $count ->
    [zero] قصير جدًا: استخدم { $count } حرف على الأقل.
    [one] قصير جدًا: استخدم حرفًا واحدًا على الأقل.
    [two] قصير جدًا: استخدم حرفين على الأقل.
    [few] قصير جدًا: استخدم { $count } أحرف على الأقل.
    [many] قصير جدًا: استخدم { $count } حرفًا على الأقل.
   *[other] قصير جدًا: استخدم { $count } حرف على الأقل.
}
account-field-too-long = { $count ->
    [zero] طويل جدًا: استخدم { $count } حرف على الأكثر.
    [one] طويل جدًا: استخدم حرفًا واحدًا على الأكثر.
    [two] طويل جدًا: استخدم حرفين على الأكثر.
    [few] طويل جدًا: استخدم { $count } أحرف على الأكثر.
    [many] طويل جدًا: استخدم { $count } حرفًا على الأكثر.
   *[other] طويل جدًا: استخدم { $count } حرف على الأكثر.
}
account-field-email-malformed = أدخل بريدًا إلكترونيًا مثل name@example.com.
account-field-phone-malformed = أدخل رقم هاتف من 5 أرقام على الأقل؛ يُسمح بالمسافات و+ و- والأقواس.
account-field-malformed = يرجى التحقق من هذه القيمة.
account-field-country-not-shipped = لا نوصل إلى هذا البلد.
account-field-postal-code-format = هذا ليس رمزًا بريديًا للبلد المختار؛ راجع المثال أعلاه.
account-details-title = بياناتك
account-sign-out = تسجيل الخروج
account-addresses-title = دفتر العناوين
account-addresses-empty = ليست لديك عناوين محفوظة بعد.
account-address-add = إضافة عنوان
account-address-new-title = عنوان جديد
account-address-edit-title = تعديل العنوان
account-address-edit = تعديل
account-address-edit-label = تعديل عنوان { $name }
account-address-delete = حذف
account-address-delete-label = حذف عنوان { $name }
account-address-delete-confirm = هل تريد حذف هذا العنوان؟
account-address-delete-yes = نعم، احذف
account-address-delete-no = الإبقاء عليه
account-address-default = العنوان الافتراضي
account-address-make-default = تعيين كافتراضي
account-address-default-check = استخدامه كعنواني الافتراضي
account-address-save = حفظ العنوان
account-address-saved = تم حفظ العنوان.
account-address-deleted = تم حذف العنوان.
account-cancel = إلغاء
account-recipient-label = الاسم الكامل للمستلم
account-recipient-hint = كما في بطاقة هويتك، لأجل الجمارك.
account-phone-label = الهاتف
account-phone-hint = سيتصل مندوب التوصيل بهذا الرقم بخصوص التسليم.
account-country-label = البلد
account-country-choose = اختر بلدًا
account-region-label = المنطقة أو الولاية أو المقاطعة (اختياري)
account-city-label = المدينة
account-street-label = الشارع والمبنى والشقة
account-postal-label = الرمز البريدي
account-postal-hint = مثال: { $example }
account-postal-hint-other = من 2 إلى 12 حرفًا أو رقمًا؛ يُسمح بالمسافات والشرطات.

## Orders

orders-title = طلباتي
account-orders-link = طلباتي
account-disputes-link = نزاعاتي
account-wishlist-link = مفضلتي
account-following-link = المتاجر التي أتابعها
wishlist-title = المفضلة
wishlist-signin-note = سجّل الدخول لتبقى مفضلتك متاحة على جميع أجهزتك.
wishlist-empty = قائمة المفضلة فارغة. اضغط على القلب في أي منتج لحفظه هنا.
wishlist-price-dropped = انخفض السعر
wishlist-price-when-added = عند الإضافة:
wishlist-out-of-stock = نفد من المخزون
wishlist-gone = لم يعد متاحًا
wishlist-remove-button = إزالة
wishlist-remove-label = إزالة «{ $title }» من المفضلة
wishlist-removed = أُزيل من المفضلة.
wishlist-added-to-cart = أُضيف إلى السلة.
following-title = المتاجر التي أتابعها
following-empty = لا تتابع أي متجر بعد. اضغط «متابعة» في صفحة متجر ليظهر هنا.
buy-again = اشترِ مرة أخرى
buy-again-added = { $count ->
    [zero] لم يُضف أي منتج إلى السلة.
    [one] أُضيف منتج واحد إلى السلة.
    [two] أُضيف منتجان إلى السلة.
    [few] أُضيفت { $count } منتجات إلى السلة.
    [many] أُضيف { $count } منتجًا إلى السلة.
   *[other] أُضيف { $count } منتج إلى السلة.
}
buy-again-nothing = لا يمكن شراء أي من هذه المنتجات الآن.
buy-again-price-changed = «{ $title }»: تغيّر السعر من { $then } إلى { $now }.
buy-again-out-of-stock = «{ $title }» نفد من المخزون.
buy-again-gone = «{ $title }» لم يعد متاحًا.
orders-tabs-label = الطلبات حسب الحالة
orders-tab-all = الكل
orders-tab-awaiting-payment = بانتظار الدفع
orders-tab-awaiting-shipment = بانتظار الشحن
orders-tab-shipped = تم الشحن
orders-tab-awaiting-confirmation = بانتظار التأكيد
orders-tab-completed = مكتملة
orders-tab-in-dispute = في نزاع
orders-empty = لا توجد طلبات هنا بعد.
orders-show-more = عرض المزيد من الطلبات
orders-back = العودة إلى طلباتي
order-page-title = الطلب
order-title = الطلب { $reference }
order-state-pending-payment = بانتظار الدفع
order-state-paid-held = مدفوع، بانتظار الشحن
order-state-shipped = تم الشحن
order-state-delivered = تم التسليم
order-state-completed = مكتمل
order-state-cancelled = ملغى
order-state-unknown = الحالة غير معروفة
order-state-in-dispute = في نزاع
hold-title = دفعتك
hold-pending = { $amount } — لم يُدفع بعد
hold-held = { $amount } محتجز — لم يُدفع للبائع بعد
hold-frozen = { $amount } مجمّد ما دام النزاع مفتوحًا — لم يُدفع للبائع
hold-released = { $amount } حُوِّل إلى البائع
hold-refunded = { $amount } أُعيد إليك
hold-partially-refunded = { $amount } أُعيد إليك، و{ $price } حُوِّل إلى البائع
hold-voided = لم تكتمل عملية الدفع — لم يُخصم أي مبلغ.
hold-unknown = حالة دفعتك غير معروفة حاليًا.
hold-paid = دفعت
hold-still-held = ما زال محتجزًا
hold-to-seller = حُوِّل إلى البائع
hold-to-you = أُعيد إليك
countdown-days-left = { $days ->
    [zero] لم يتبقَّ أي يوم
    [one] تبقّى يوم واحد
    [two] تبقّى يومان
    [few] تبقّى { $days } أيام
    [many] تبقّى { $days } يومًا
   *[other] تبقّى { $days } يوم
}
countdown-hours-left = { $count ->
    [zero] لم تتبقَّ أي ساعة
    [one] تبقّت ساعة واحدة
    [two] تبقّت ساعتان
    [few] تبقّت { $count } ساعات
    [many] تبقّت { $count } ساعة
   *[other] تبقّت { $count } ساعة
}
countdown-minutes-left = { $count ->
    [zero] لم تتبقَّ أي دقيقة
    [one] تبقّت دقيقة واحدة
    [two] تبقّت دقيقتان
    [few] تبقّت { $count } دقائق
    [many] تبقّت { $count } دقيقة
   *[other] تبقّت { $count } دقيقة
}
countdown-auto-confirm-at = يُؤكَّد تلقائيًا في { $dates }
countdown-protection-ends-at = تنتهي حماية المشتري في { $dates }
countdown-deadline-at = الموعد النهائي: { $dates }
countdown-effect-complete-release = عندها يكتمل الطلب تلقائيًا ويُحوَّل المبلغ المحتجز إلى البائع.
countdown-effect-unknown = عندها ينتقل الطلب إلى الخطوة التالية تلقائيًا.
countdown-passed-complete-release = انتهى الموعد: يكتمل الطلب ويُحوَّل المبلغ إلى البائع.
countdown-passed-unknown = انتهى الموعد.
order-timeline-title = ما الذي حدث
order-tracking-number = رقم التتبع
order-tracking-copy = نسخ
order-tracking-copied = تم نسخ رقم التتبع
order-tracking-copy-failed = تعذّر النسخ: حدّد الرقم وانسخه يدويًا.
order-delivery-title = التوصيل
order-ships-within = { $days ->
    [zero] يشحن البائع خلال { $days } يوم من الدفع.
    [one] يشحن البائع خلال يوم واحد من الدفع.
    [two] يشحن البائع خلال يومين من الدفع.
    [few] يشحن البائع خلال { $days } أيام من الدفع.
    [many] يشحن البائع خلال { $days } يومًا من الدفع.
   *[other] يشحن البائع خلال { $days } يوم من الدفع.
}
order-delivery-estimate = التوصيل المتوقع: { $dates }
order-delivery-carrier = شركة الشحن: { $carrier }
order-totals-title = الدفع
order-totals-coupons = القسائم
order-totals-paid = دفعت
order-totals-refunded = أُعيد إليك
order-totals-net = المدفوع بعد الاسترداد
order-lines-title = المنتجات
order-line-quantity = { $count ->
    [zero] لا قطع
    [one] قطعة واحدة
    [two] قطعتان
    [few] { $count } قطع
    [many] { $count } قطعة
   *[other] { $count } قطعة
}
order-address-title = عنوان التوصيل
actor-buyer = أنت
actor-seller = البائع
actor-system = Storefront (النظام)
actor-carrier = شركة الشحن
actor-unknown = شخص ما
event-placed = تم تقديم الطلب
event-paid-held = دفعت { $amount } — المبلغ محتجز ولم يُدفع للبائع
event-shipped = شحنه البائع عبر { $carrier }
event-tracking = تحديث التتبع
event-delivered = تم التسليم
event-receipt-confirmed = أكّدت الاستلام
event-auto-confirmed = تأكّد تلقائيًا: انتهى الموعد
event-released = { $amount } حُوِّل إلى البائع
event-cancelled = أُلغي الطلب
event-refunded = { $amount } أُعيد إليك
event-extension-requested = { $days ->
    [zero] طلبت تمديد الحماية
    [one] طلبت تمديد الحماية يومًا واحدًا
    [two] طلبت تمديد الحماية يومين
    [few] طلبت تمديد الحماية { $days } أيام
    [many] طلبت تمديد الحماية { $days } يومًا
   *[other] طلبت تمديد الحماية { $days } يوم
}
event-extension-granted = { $days ->
    [zero] لم يمدّد البائع الحماية؛ تنتهي في { $to }
    [one] مدّد البائع الحماية يومًا واحدًا؛ تنتهي الآن في { $to }
    [two] مدّد البائع الحماية يومين؛ تنتهي الآن في { $to }
    [few] مدّد البائع الحماية { $days } أيام؛ تنتهي الآن في { $to }
    [many] مدّد البائع الحماية { $days } يومًا؛ تنتهي الآن في { $to }
   *[other] مدّد البائع الحماية { $days } يوم؛ تنتهي الآن في { $to }
}
event-extension-refused = { $days ->
    [zero] رفض البائع تمديد الحماية
    [one] رفض البائع تمديد الحماية يومًا واحدًا
    [two] رفض البائع تمديد الحماية يومين
    [few] رفض البائع تمديد الحماية { $days } أيام
    [many] رفض البائع تمديد الحماية { $days } يومًا
   *[other] رفض البائع تمديد الحماية { $days } يوم
}
event-feedback-left = تركت تقييمًا
event-dispute-opened = فُتح نزاع — المبلغ مجمّد
event-dispute-closed = أُغلق النزاع
event-unknown = تم تحديث الطلب
tracking-accepted-by-carrier = استلمته شركة الشحن
tracking-departed-sorting-centre = غادر مركز الفرز
tracking-in-transit = في الطريق
tracking-arrived-destination-country = وصل إلى بلد الوجهة
tracking-customs-cleared = تم تخليصه جمركيًا
tracking-arrived-local-facility = في مكتب التوصيل المحلي
tracking-out-for-delivery = خرج للتوصيل
tracking-unknown = تحديث التتبع
order-actions-label = ما يمكنك فعله
action-confirm-receipt = تأكيد الاستلام
action-cancel-order = إلغاء الطلب
action-open-dispute = فتح نزاع
action-request-extension = طلب مهلة إضافية
extension-days-label = تمديد الحماية لمدة
extension-days-option = { $days ->
    [zero] بلا أيام
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
extension-pending = { $days ->
    [zero] طلبت تمديدًا — بانتظار رد البائع.
    [one] طلبت تمديدًا ليوم واحد — بانتظار رد البائع.
    [two] طلبت تمديدًا ليومين — بانتظار رد البائع.
    [few] طلبت تمديدًا لـ { $days } أيام — بانتظار رد البائع.
    [many] طلبت تمديدًا لـ { $days } يومًا — بانتظار رد البائع.
   *[other] طلبت تمديدًا لـ { $days } يوم — بانتظار رد البائع.
}
extension-granted = { $days ->
    [zero] لم يمدّد البائع حمايتك.
    [one] مدّد البائع حمايتك يومًا واحدًا.
    [two] مدّد البائع حمايتك يومين.
    [few] مدّد البائع حمايتك { $days } أيام.
    [many] مدّد البائع حمايتك { $days } يومًا.
   *[other] مدّد البائع حمايتك { $days } يوم.
}
extension-refused = { $days ->
    [zero] رفض البائع تمديد حمايتك.
    [one] رفض البائع تمديد حمايتك يومًا واحدًا.
    [two] رفض البائع تمديد حمايتك يومين.
    [few] رفض البائع تمديد حمايتك { $days } أيام.
    [many] رفض البائع تمديد حمايتك { $days } يومًا.
   *[other] رفض البائع تمديد حمايتك { $days } يوم.
}
extension-unknown = تم الرد على طلب التمديد.
confirm-dialog-title = هل تؤكّد أنك استلمت الطلب؟
confirm-dialog-text = سيُدفع { $amount } إلى البائع.
confirm-dialog-warning = ستنتهي حماية المشتري: لن تتمكن بعدها من فتح نزاع بشأن هذا الطلب. لا تؤكّد إلا إذا وصل كل شيء كما في الوصف.
confirm-dialog-ok = نعم، ادفع للبائع
confirm-dialog-keep = ليس بعد
cancel-dialog-title = إلغاء هذا الطلب؟
cancel-dialog-text = لم يشحنه البائع بعد. سيُعاد إليك { $amount } كاملًا.
cancel-dialog-ok = إلغاء الطلب
cancel-dialog-keep = الإبقاء على الطلب
order-done-confirmed = تم تأكيد الاستلام. حُوِّل المبلغ إلى البائع.
order-done-cancelled = أُلغي الطلب. سيُعاد إليك المبلغ كاملًا.
order-done-extension = أُرسل الطلب. سيرد البائع؛ وحتى ذلك الحين يبقى موعدك كما هو.
order-done-feedback = شكرًا على تقييمك!
order-done-paid = تم الدفع. يُحتجز المبلغ حتى تؤكد استلام طلبك.
order-pay-again-unavailable = لم يعد بالإمكان دفع هذا الطلب مرة أخرى (انتهت المهلة أو نفد أحد المنتجات). هذه حالته الحالية.
order-pay-again-title = الدفع مرة أخرى
order-pay-again-text = رُفض الدفع، لذلك أُلغي هذا الطلب. يمكنك دفعه بطريقة أخرى حتى { $date }.
order-pay-again-submit = الدفع مرة أخرى
order-changed = تغيّر هذا الطلب في هذه الأثناء. هذه حالته الحالية — يُرجى مراجعتها والمحاولة مرة أخرى.
order-not-allowed = لم يعد هذا ممكنًا لهذا الطلب. هذه حالته الحالية.
feedback-title = قيّم هذا الطلب
feedback-yours = تقييمك
feedback-item-as-described = المنتج مطابق للوصف
feedback-communication = التواصل
feedback-shipping-speed = سرعة الشحن
feedback-stars = { $count ->
    [zero] بلا نجوم
    [one] نجمة واحدة
    [two] نجمتان
    [few] { $count } نجمات
    [many] { $count } نجمة
   *[other] { $count } نجمة
}
feedback-text-label = تعليقك (اختياري)
feedback-text-count = { $count } من { $max } حرف
feedback-public-note = تُنشر نجوم «المنتج مطابق للوصف» وتعليقك في صفحة المنتج، موقّعةً بالحرف الأول والأخير من اسمك.
feedback-stars-required = يُرجى تقييم الجوانب الثلاثة: المنتج والتواصل وسرعة الشحن.
feedback-submit = إرسال التقييم

## Account and checkout errors

error-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول أو استخدم بريدًا آخر.
error-invalid-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-too-many-attempts = محاولات تسجيل دخول فاشلة كثيرة جدًا. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
error-rate-limited = طلبات كثيرة جدًا من هذا الاتصال. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
error-server-busy = المتجر مشغول الآن. يُرجى المحاولة مرة أخرى بعد بضع ثوانٍ.
error-unauthenticated = يُرجى تسجيل الدخول للمتابعة.
error-address-not-found = هذا العنوان لم يعد موجودًا.
error-order-not-found = لم نعثر على هذا الطلب.
error-payment-not-found = لم نعثر على هذه الدفعة.
error-price-changed = تغيّرت الأسعار في سلة التسوق. يُرجى مراجعة الإجمالي الجديد قبل الدفع.
error-out-of-stock = بعض المنتجات في سلتك لم تعد متوفرة بهذه الكمية.
error-cart-empty = سلة التسوق فارغة.
error-shipping-unavailable = لا يمكن توصيل بعض المنتجات إلى هذا العنوان.
error-payment-declined = تم رفض الدفع. لم يُخصم أي مبلغ.
error-payment-not-pending = اكتملت هذه الدفعة أو أُلغيت بالفعل.
error-precondition-required = يُرجى إعادة تحميل هذا الطلب والمحاولة مرة أخرى.
error-precondition-failed = تغيّر هذا الطلب في هذه الأثناء. حمّلنا حالته الحالية — يُرجى مراجعتها والمحاولة مرة أخرى.
error-illegal-transition = لم يعد هذا الإجراء ممكنًا لهذا الطلب في حالته الحالية.
error-dispute-not-found = لم نتمكن من العثور على هذا النزاع.
error-dispute-already-open = يوجد نزاع مفتوح بالفعل على هذا المنتج. يمكنك متابعته من صفحة الطلب.
error-dispute-window-closed = لم يعد من الممكن فتح نزاع على هذا الطلب: لم يُشحن بعد، أو اكتمل، أو انتهت مدة حماية المشتري.
error-conversation-not-found = لم نعثر على هذه المحادثة.
error-notification-not-found = لم نعثر على هذا الإشعار.

## Inbox

inbox-contact-seller = مراسلة البائع
inbox-messages-title = الرسائل
inbox-notifications-title = الإشعارات
inbox-mark-all-read = تعليم الكل كمقروء
inbox-notifications-empty = لا توجد إشعارات بعد. سنخبرك هنا عندما تتقدم طلباتك.
inbox-messages-empty = لا توجد رسائل بعد. اسأل البائع عبر «مراسلة البائع» في صفحة المنتج أو الطلب.
inbox-unread = غير مقروء
inbox-unread-count = غير المقروءة: { $count }
inbox-about-order = الطلب { $order }
inbox-back-to-messages = كل الرسائل
inbox-message-label = الرسالة
inbox-message-placeholder = اكتب رسالة…
inbox-add-photos = إضافة صور (حتى 3)
inbox-remove-photo = إزالة الصورة { $name }
inbox-photo-refused = تعذّرت إضافة بعض الصور: حتى 3 صور بصيغة JPEG أو PNG أو WebP، لا يتجاوز حجم كل منها 10 ميغابايت.
inbox-photo-alt = صورة مرفقة بالرسالة
inbox-send = إرسال
inbox-sending = جارٍ الإرسال…
inbox-failed-retry = تعذّر الإرسال — أعد المحاولة
inbox-seller-answers-soon = يرد البائع عادةً خلال بضع ساعات.
inbox-n-order-paid = تم استلام الدفع للطلب { $order }. يجهّزه البائع الآن.
inbox-n-order-shipped = تم شحن الطلب { $order }. رقم التتبع: { $tracking }
inbox-n-order-delivered = تم توصيل الطلب { $order }.
inbox-n-protection-ending = تنتهي حماية المشتري للطلب { $order } بعد 3 أيام — أكّد الاستلام أو افتح نزاعًا.
inbox-n-auto-confirmed = تم تأكيد الطلب { $order } تلقائيًا وتحويل المبلغ إلى البائع.
inbox-n-dispute-answered = ردّ البائع على نزاعك بشأن الطلب { $order }.
inbox-n-dispute-decided = صدر قرار في نزاعك بشأن الطلب { $order }.
inbox-n-message-reply = ردّ { $seller } على رسالتك.
inbox-n-price-dropped = انخفض السعر: أصبح سعر { $title } ‏{ $price } (كان { $was }).
inbox-n-unknown = هناك مستجدات في حسابك.

## Disputes

dispute-form-title = فتح نزاع
dispute-page-title = نزاع
disputes-title = نزاعاتي
disputes-empty = ليست لديك نزاعات.
disputes-to-orders = الانتقال إلى طلباتي
disputes-opened-on = فُتح في { $dates }
disputes-all-link = كل نزاعاتي
dispute-back-to-order = العودة إلى الطلب
dispute-form-intro = أخبرنا بما حدث. تبقى أموالك مجمّدة ولا تُدفع للبائع حتى ينتهي النزاع.
dispute-form-not-possible = لا يمكن فتح نزاع لهذا الطلب الآن: لم يُشحن بعد، أو يوجد نزاع مفتوح، أو انتهت حماية المشتري.
dispute-view-link = عرض النزاع
dispute-form-order-changed = تغيّر هذا الطلب في هذه الأثناء. حمّلنا حالته الحالية — راجع النموذج وأرسله مرة أخرى.
dispute-line-label = عن أي منتج؟
dispute-item-label = المنتج موضوع النزاع
dispute-choose = اختر…
dispute-received-label = هل وصل الطرد؟
dispute-received-yes = نعم، وصل الطرد
dispute-received-no = لا، لم يصل الطرد
dispute-reason-label = ما المشكلة؟
dispute-reason-not-as-described = غير مطابق للوصف
dispute-reason-wrong-size-colour-material = مقاس أو لون أو خامة خاطئة
dispute-reason-poor-quality = جودة رديئة
dispute-reason-doesnt-work = لا يعمل
dispute-reason-counterfeit = مقلَّد
dispute-reason-damaged = تالف
dispute-reason-empty-parcel = طرد فارغ
dispute-reason-short-quantity = عدد أقل مما طُلب
dispute-reason-still-in-transit = ما زال في الطريق
dispute-reason-held-at-customs = محتجز في الجمارك
dispute-reason-no-tracking = لا توجد معلومات تتبّع
dispute-reason-returned-to-sender = أُعيد إلى المرسل
dispute-reason-wrong-address = سُلّم إلى عنوان خاطئ
dispute-reason-unknown = سبب آخر
dispute-outcome-label = ماذا تريد؟
dispute-outcome-full-refund = استرداد كامل المبلغ
dispute-outcome-partial-refund = استرداد جزء من المبلغ
dispute-outcome-return-and-refund = إرجاع المنتج واسترداد كامل المبلغ
dispute-outcome-resend = يرسل البائع المنتج مرة أخرى مجانًا
dispute-outcome-no-refund = بلا استرداد
dispute-outcome-unknown = حل آخر
dispute-amount-label = مبلغ الاسترداد ({ $currency })
dispute-amount-hint = أكثر من صفر وأقل من { $max }.
dispute-description-label = صف المشكلة
dispute-description-hint = من { $min } إلى { $max } حرف. ماذا توقعت وماذا استلمت؟
dispute-description-count = { $count } من { $max } حرف
dispute-photos-label = الصور
dispute-photos-required-hint = هذا السبب يتطلب صورة واحدة على الأقل.
dispute-photos-optional-hint = تساعد الصور البائع والمنصة على فهم المشكلة.
dispute-photos-limits = { $count ->
    [zero] بلا صور
    [one] صورة واحدة كحد أقصى
    [two] صورتان كحد أقصى
    [few] حتى { $count } صور
    [many] حتى { $count } صورة
   *[other] حتى { $count } صورة
} (JPEG أو PNG أو WebP)، بحجم { $max } ميغابايت كحد أقصى لكل صورة؛ تُصغَّر الصور الكبيرة قبل الرفع.
dispute-photos-preparing = ما زالت صورك قيد التجهيز. انتظر لحظة ثم أرسل مرة أخرى.
dispute-photo-preparing = جارٍ التجهيز…
dispute-photo-ready = جاهزة للرفع
dispute-photo-scaled = صُغّرت للرفع
dispute-photo-uploading = جارٍ رفع { $name }
dispute-photo-sent = رُفعت
dispute-photo-retry = إعادة محاولة الرفع
dispute-photo-remove = إزالة الصورة { $index }
dispute-submit = فتح النزاع
dispute-sending = جارٍ الإرسال…
dispute-error-line = اختر المنتج الذي يخصه النزاع.
dispute-error-received = أخبرنا هل وصل الطرد.
dispute-error-reason = اختر المشكلة.
dispute-error-outcome = اختر ما تريده.
dispute-error-amount = أدخل مبلغ الاسترداد رقمًا، مثل 12.50.
dispute-error-amount-range = يجب أن يكون المبلغ أكبر من صفر وأقل من { $max }.
dispute-error-description = صف المشكلة.
dispute-error-description-short = { $count ->
    [zero] اكتب { $count } حرف على الأقل.
    [one] اكتب حرفًا واحدًا على الأقل.
    [two] اكتب حرفين على الأقل.
    [few] اكتب { $count } أحرف على الأقل.
    [many] اكتب { $count } حرفًا على الأقل.
   *[other] اكتب { $count } حرف على الأقل.
}
dispute-error-description-long = { $count ->
    [zero] اكتب { $count } حرف على الأكثر.
    [one] اكتب حرفًا واحدًا على الأكثر.
    [two] اكتب حرفين على الأكثر.
    [few] اكتب { $count } أحرف على الأكثر.
    [many] اكتب { $count } حرفًا على الأكثر.
   *[other] اكتب { $count } حرف على الأكثر.
}
dispute-error-photos-required = أضف صورة واحدة على الأقل لهذا السبب.
dispute-error-photos-count = { $count ->
    [zero] لا يمكن إضافة صور.
    [one] يمكنك إضافة صورة واحدة كحد أقصى.
    [two] يمكنك إضافة صورتين كحد أقصى.
    [few] يمكنك إضافة { $count } صور كحد أقصى.
    [many] يمكنك إضافة { $count } صورة كحد أقصى.
   *[other] يمكنك إضافة { $count } صورة كحد أقصى.
}
dispute-error-file-large = حجم هذا الملف أكبر من { $count } ميغابايت.
dispute-error-file-type = هذا الملف ليس صورة بصيغة JPEG أو PNG أو WebP.
dispute-error-file-broken = تعذّرت قراءة هذه الصورة. جرّب صورة أخرى.
dispute-error-file-network = لم يكتمل الرفع. تحقّق من اتصالك وأعد المحاولة.
dispute-error-field = يرجى مراجعة هذا الحقل.
dispute-title = نزاع بشأن { $title }
dispute-order-ref = الطلب { $reference }
dispute-state-awaiting-seller = بانتظار البائع
dispute-state-negotiating = قيد التفاوض
dispute-state-escalated = قيد المراجعة
dispute-state-resolved = محسوم
dispute-state-cancelled = ملغى
dispute-state-unknown = جارٍ
dispute-banner-your-action = مطلوب إجراء منك: ردّ البائع.
dispute-banner-waiting-seller = بانتظار ردّ البائع.
dispute-banner-under-review = قيد المراجعة: تقارن المنصة الإعلان بصورك.
dispute-banner-resolved = حُسم هذا النزاع.
dispute-banner-cancelled = ألغيت هذا النزاع.
dispute-deadlines-label = المواعيد النهائية
dispute-deadline-seller-reply = على البائع أن يرد قبل { $dates }
dispute-deadline-escalation = يمكنك طلب قرار المنصة ابتداءً من { $dates }
dispute-deadline-return-shipment = اشحن المرتجع قبل { $dates }
dispute-deadline-return-receipt = يؤكد البائع استلام المرتجع قبل { $dates }
dispute-deadline-redelivery = يجب تسليم المنتج مرة أخرى قبل { $dates }
dispute-deadline-decision = تقرّر المنصة بحلول { $dates }
dispute-deadline-passed = انتهت المهلة
dispute-effect-accept-buyer = إذا لم يرد البائع، يُقبل طلبك.
dispute-effect-escalation = بعدها يمكنك طلب قرار المنصة.
dispute-effect-close-seller = إذا لم يُشحن المرتجع بحلول ذلك الوقت، يُغلق النزاع لصالح البائع.
dispute-effect-refund-buyer = بعدها تسترد كامل المبلغ.
dispute-effect-resume-order = بعدها يستمر الطلب كالمعتاد.
dispute-effect-platform-decides = ثم يُنفَّذ القرار: استرداد المبلغ لك أو الدفع للبائع.
dispute-decision-title = القرار
dispute-decision-amount = المبلغ المسترد: { $amount }
dispute-decision-by = صاحب القرار: { $name }
dispute-rationale-seller-silent = لم يرد البائع في الوقت المحدد، لذا قُبل طلبك.
dispute-rationale-accepted = قبل أحد الطرفين عرض الطرف الآخر.
dispute-rationale-evidence-supports = الصور تدعم شكواك.
dispute-rationale-partial-evidence = الصور تدعم شكواك جزئيًا.
dispute-rationale-return-not-shipped = لم يُشحن المرتجع في الوقت المحدد.
dispute-rationale-other = حُسمت القضية بناءً على الأدلة المقدمة.
dispute-hold-line = { $amount } محتجزة ولم تُدفع للبائع. يمكن استرداد { $max } كحد أقصى.
dispute-hold-refunded = استُردّ لك { $amount }.
dispute-hold-released = دُفع للبائع { $amount }.
dispute-proposals-title = العروض
dispute-proposal-amount = { $title } بقيمة { $amount }
dispute-party-buyer = أنت
dispute-party-seller = البائع
dispute-party-platform = المنصة
dispute-party-system = تلقائيًا
dispute-party-unknown = طرف ما
dispute-accept = قبول هذا العرض
dispute-decline = رفض
dispute-decline-title = رفض عرض البائع
dispute-next-title = ما الخطوة التالية؟
dispute-escalate-text = لم تتفقا؟ تقارن المنصة صور الإعلان بصورك وتتخذ القرار.
dispute-escalate = طلب قرار المنصة
dispute-escalate-later = يمكنك طلب قرار المنصة بعد انقضاء الموعد المذكور أعلاه. وحتى ذلك الحين يمكنك تقديم عرض آخر.
dispute-counter-label = اقترح بدلًا من ذلك
dispute-counter-message = رسالة إلى البائع (اختياري)
dispute-counter-send = إرسال عرضي
dispute-done-accepted = قبلت العرض.
dispute-done-escalated = ستراجع المنصة القضية الآن.
dispute-done-cancelled = أُلغي النزاع.
dispute-done-countered = أُرسل عرضك إلى البائع.
dispute-done-message = أُرسلت رسالتك.
dispute-done-return = أُرسل رقم التتبّع إلى البائع.
dispute-changed = تغيّر هذا النزاع في هذه الأثناء. حمّلنا حالته الحالية — راجعه وحاول مرة أخرى.
dispute-not-allowed = لم يعد هذا الإجراء ممكنًا في الحالة الحالية للنزاع.
dispute-return-title = إرجاع المنتج
dispute-return-address = أعد المنتج إلى { $seller }؛ يتحمّل البائع تكلفة شحن المرتجع.
dispute-return-due = اشحن قبل { $dates }
dispute-return-shipped = شُحن، رقم التتبّع:
dispute-return-received = استلم البائع المرتجع.
dispute-return-carrier = شركة الشحن
dispute-return-tracking = رقم التتبّع
dispute-return-invalid = أدخل شركة الشحن ورقم تتبّع من 4 إلى 40 حرفًا.
dispute-return-send = إرسال رقم التتبّع
dispute-compare-title = الإعلان وصورك
dispute-compare-listing = صور الإعلان
dispute-compare-yours = صورك
dispute-compare-snapshot-note = كما كان الإعلان عند الشراء.
dispute-compare-current-note = الصور الحالية للإعلان (ربما تغيّرت منذ شرائك).
dispute-compare-no-photos = لم تُضف أي صور.
dispute-photo-zoom = { $title }، الصورة { $index }
dispute-zoom-keys = مفاتيح الأسهم: الصورة التالية أو السابقة. Escape: إغلاق.
dispute-zoom-close = إغلاق
dispute-messages-title = الرسائل
dispute-messages-empty = لا توجد رسائل بعد.
dispute-message-label = اكتب إلى البائع
dispute-message-send = إرسال الرسالة
dispute-claim-title = شكواك
dispute-history-title = السجل
dispute-event-opened = فُتح النزاع
dispute-event-proposed = عرض
dispute-event-accepted = قُبل العرض
dispute-event-rejected = رفض البائع الشكوى
dispute-event-auto-accepted = لم يرد البائع في الوقت المحدد: طلبك قائم
dispute-event-escalated = أُحيل إلى المنصة لاتخاذ قرار
dispute-event-decided = اتخذت المنصة قرارها
dispute-event-message = رسالة
dispute-event-return-shipped = شُحن المرتجع
dispute-event-return-received = استلم البائع المرتجع
dispute-event-return-expired = لم يُشحن المرتجع في الوقت المحدد
dispute-event-resent = أرسل البائع المنتج مرة أخرى
dispute-event-redelivered = سُلّم المنتج مرة أخرى
dispute-event-refunded = أُعيدت الأموال إليك
dispute-event-released = دُفعت الأموال للبائع
dispute-event-cancelled = أُلغي النزاع
dispute-event-unknown = تحديث
dispute-cancel-title = إلغاء النزاع
dispute-cancel-text = إذا حُلّت المشكلة، يمكنك سحب النزاع. ثم يستمر الطلب كالمعتاد.
dispute-cancel = إلغاء النزاع
dispute-cancel-ok = نعم، ألغِ النزاع
dispute-cancel-keep = الإبقاء على النزاع

## Translator tools

l10n-title = الترجمات
l10n-intro = كل الرسائل باللغات الست جنبًا إلى جنب، مقروءة من الملفات التي يقدّمها المتجر الآن. الخلايا المعلَّمة تحتاج إلى مراجعة مترجم.
l10n-modes = معاينة المتجر
l10n-mode-ids = مع معرّفات الرسائل
l10n-mode-pseudo = لغة تجريبية
l10n-mode-pseudo-rtl = لغة تجريبية معكوسة
l10n-mode-off = كالمعتاد
l10n-banner-ids = معاينة المترجمين: معرّفات الرسائل بدلًا من النص.
l10n-banner-pseudo = معاينة المترجمين: لغة تجريبية.
l10n-banner-pseudo-rtl = معاينة المترجمين: لغة تجريبية معكوسة الاتجاه.
l10n-banner-exit = العودة إلى المتجر المعتاد
l10n-filter-status = الحالة
l10n-status-all = كل الرسائل
l10n-status-problems = كل ما عليه علامة
l10n-status-missing = مفقودة
l10n-status-empty = فارغة
l10n-status-unchanged = كما في الإنجليزية
l10n-status-mismatch = المتغيرات مختلفة
l10n-status-long = أطول بأكثر من 40%
l10n-filter-page = الصفحة
l10n-page-all = كل الصفحات
l10n-filter-id = المعرّف يحتوي على
l10n-args-title = وسائط تجريبية
l10n-arg-number = رقم
l10n-arg-text = اسم أو نص
l10n-sample-long = اسم طويل
l10n-sample-rtl = اسم من اليمين إلى اليسار
# $shown: rows on screen; $total: messages matching the filters
l10n-shown = { $total ->
    [zero] عرض { $shown } من { $total } رسالة
    [one] عرض { $shown } من رسالة واحدة
    [two] عرض { $shown } من رسالتين
    [few] عرض { $shown } من { $total } رسائل
    [many] عرض { $shown } من { $total } رسالة
   *[other] عرض { $shown } من { $total } رسالة
}
l10n-col-id = معرّف الرسالة
l10n-show-more = عرض المزيد
l10n-notes = ملاحظة:
l10n-plural-grid = صيغ الجمع
l10n-plural-number = الرقم
# $percent: signed percentage against English, e.g. "+55%"
l10n-length = { $percent } مقارنة بالإنجليزية
# $count: number of errors; $file: the file's path
l10n-syntax-errors = { $count ->
    [zero] لا أخطاء صياغة في { $file }
    [one] خطأ صياغة واحد في { $file }
    [two] خطآن في الصياغة في { $file }
    [few] { $count } أخطاء صياغة في { $file }
    [many] { $count } خطأ صياغة في { $file }
   *[other] { $count } خطأ صياغة في { $file }
}
l10n-ids-panel = بكل اللغات

## Widgets

widget-title-product = منتج من Storefront
widget-title-buy = اشترِ من Storefront
widget-title-collection = منتجات من Storefront
widget-buy = اشترِ الآن
widget-buy-for = اشترِ مقابل { $price }
widget-variant-choose = اختر…
widget-new-tab = (يفتح المتجر في علامة تبويب جديدة)
widget-unavailable = هذا المنتج غير متوفر حاليًا.
widget-offline = تعذّر الوصول إلى المتجر الآن.
widget-retrying = { $seconds ->
    [zero] سنحاول مجددًا الآن.
    [one] سنحاول مجددًا بعد ثانية واحدة.
    [two] سنحاول مجددًا بعد ثانيتين.
    [few] سنحاول مجددًا بعد { $seconds } ثوانٍ.
    [many] سنحاول مجددًا بعد { $seconds } ثانية.
   *[other] سنحاول مجددًا بعد { $seconds } ثانية.
}
widget-collection-empty = لا توجد منتجات لعرضها هنا بعد.
widget-collection-label = منتجات من Storefront
widget-wish-failed = تعذّر تغيير المفضلة. يُرجى المحاولة مرة أخرى.
cart-add-title = جارٍ الإضافة إلى سلتك
cart-add-unavailable = لا يمكن إضافة هذا المنتج: لم يعد متوفرًا.
cart-add-sold-out = نفدت كمية هذا المنتج، لذا لا يمكن إضافته إلى سلتك.
cart-add-choose = أيّ خيار تريد؟
partners-title = أدوات لمواقع الشركاء
partners-intro = اختر أداة وخياراتها، وراجع المعاينة المباشرة، ثم الصق الشيفرة في موقعك. تُحتسب الطلبات التي تتم عبر أدواتك لمعرّف الشريك الخاص بك.
partners-kind = الأداة
partners-kind-product = بطاقة منتج
partners-kind-buy = زر الشراء
partners-kind-collection = مجموعة منتجات
partners-product = معرّف المنتج
partners-source-hint = املأ أحد هذه الحقول: فئة (المعرّف أو الاسم من عنوانها)، أو عبارة بحث، أو معرّفات منتجات مفصولة بفواصل.
partners-category = الفئة
partners-query = البحث
partners-ids = معرّفات المنتجات
partners-limit = عدد المنتجات
partners-layout = طريقة العرض
partners-layout-grid = شبكة
partners-layout-carousel = شريط متحرك
partners-theme = المظهر
partners-theme-light = فاتح
partners-theme-dark = داكن
partners-theme-accent = مميّز
partners-partner = معرّف الشريك الخاص بك
partners-partner-hint = حتى 64 حرفًا لاتينيًا أو رقمًا أو نقطة أو شرطة أو شرطة سفلية.
partners-partner-invalid = لا يمكن استخدام معرّف الشريك هذا: يُسمح فقط بالحروف اللاتينية والأرقام والنقاط والشرطات والشرطات السفلية، حتى 64.
partners-preview = معاينة
partners-preview-frame = معاينة الأداة
partners-snippet = الشيفرة لموقعك
partners-copy = انسخ الشيفرة
partners-copied = تم النسخ إلى الحافظة.
partners-copy-failed = النسخ غير مسموح هنا: الشيفرة محددة، اضغط Ctrl+C (أو ⌘C على Mac).
