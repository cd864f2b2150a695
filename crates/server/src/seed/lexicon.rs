//! The catalogue's words in Spanish, Portuguese (Brazil), German and Arabic, keyed by the
//! English text of [`super::taxonomy`], and the grammar that puts them into titles.
//!
//! One entry per English word or phrase, columns `[es, pt-BR, de, ar]`:
//! - nouns: `text|gender` — es/pt `m f mp fp`, de `m f n p`, ar `m f` (non-human plurals take
//!   feminine agreement, so they are `f`);
//! - adjectives: es/pt `masculine|feminine` (plurals derived) or all four forms
//!   `m|f|m pl|f pl`; de the stem (`elegant` → `eleganter/elegante/elegantes`); ar
//!   `masculine|feminine`. `=text` is invariant; a German `=Prefix-` is joined to the noun;
//! - features, materials, subcategory names: the text.
//!
//! Word order: es, pt and ar put the adjective after the noun; de before it, like en and ru.

use crate::lang::Lang;
use std::collections::HashMap;
use std::sync::LazyLock;

// Laid out as a table: rustfmt would spread every entry over six lines.
#[rustfmt::skip]
static LEXICON: &[(&str, [&str; 4])] = &[
    // Shared adjectives.
    ("Modern", ["moderno|moderna", "moderno|moderna", "modern", "عصري|عصرية"]),
    ("Nordic", ["nórdico|nórdica", "nórdico|nórdica", "nordisch", "اسكندنافي|اسكندنافية"]),
    ("Durable", ["resistente|resistente", "resistente|resistente", "robust", "متين|متينة"]),
    ("Portable", ["portátil|portátil", "portátil|portátil|portáteis|portáteis", "tragbar", "محمول|محمولة"]),
    ("Compact", ["compacto|compacta", "compacto|compacta", "kompakt", "مدمج|مدمجة"]),
    ("Professional", ["profesional|profesional", "profissional|profissional|profissionais|profissionais", "professionell", "احترافي|احترافية"]),
    ("Elegant", ["elegante|elegante", "elegante|elegante", "elegant", "أنيق|أنيقة"]),
    ("Casual", ["casual|casual", "casual|casual|casuais|casuais", "lässig", "كاجوال|كاجوال"]),
    ("Vintage", ["=vintage", "=vintage", "=Vintage-", "عتيق الطراز|عتيقة الطراز"]),
    ("Wireless", ["inalámbrico|inalámbrica", "=sem fio", "kabellos", "لاسلكي|لاسلكية"]),
    ("Smart", ["inteligente|inteligente", "inteligente|inteligente", "smart", "ذكي|ذكية"]),
    ("Soft", ["suave|suave", "macio|macia", "weich", "ناعم|ناعمة"]),
    ("Cute", ["bonito|bonita", "fofo|fofa", "niedlich", "لطيف|لطيفة"]),
    ("Universal", ["universal|universal", "universal|universal|universais|universais", "universell", "عالمي|عالمية"]),
    ("Lightweight", ["ligero|ligera", "leve|leve", "leicht", "خفيف|خفيفة"]),
    ("Waterproof", ["impermeable|impermeable", "impermeável|impermeável|impermeáveis|impermeáveis", "wasserdicht", "مقاوم للماء|مقاومة للماء"]),
    ("Colourful", ["colorido|colorida", "colorido|colorida", "bunt", "ملون|ملونة"]),
    ("Minimalist", ["minimalista|minimalista", "minimalista|minimalista", "minimalistisch", "بسيط|بسيطة"]),
    ("Comfortable", ["cómodo|cómoda", "confortável|confortável|confortáveis|confortáveis", "bequem", "مريح|مريحة"]),
    ("Natural", ["natural|natural", "natural|natural|naturais|naturais", "natürlich", "طبيعي|طبيعية"]),
    ("New", ["nuevo|nueva", "novo|nova", "neu", "جديد|جديدة"]),
    ("Classic", ["clásico|clásica", "clássico|clássica", "klassisch", "كلاسيكي|كلاسيكية"]),
    ("Decorative", ["decorativo|decorativa", "decorativo|decorativa", "dekorativ", "زخرفي|زخرفية"]),
    ("Energy-Saving", ["=de bajo consumo", "econômico|econômica", "energiesparend", "موفر للطاقة|موفرة للطاقة"]),
    // Shared materials.
    ("Cotton", ["Algodón", "Algodão", "Baumwolle", "قطن"]),
    ("Polyester", ["Poliéster", "Poliéster", "Polyester", "بوليستر"]),
    ("Plastic", ["Plástico", "Plástico", "Kunststoff", "بلاستيك"]),
    ("ABS plastic", ["Plástico ABS", "Plástico ABS", "ABS-Kunststoff", "بلاستيك ABS"]),
    ("Aluminium alloy", ["Aleación de aluminio", "Liga de alumínio", "Aluminiumlegierung", "سبيكة ألومنيوم"]),
    ("Stainless steel", ["Acero inoxidable", "Aço inoxidável", "Edelstahl", "فولاذ مقاوم للصدأ"]),
    ("Silicone", ["Silicona", "Silicone", "Silikon", "سيليكون"]),
    ("Wood", ["Madera", "Madeira", "Holz", "خشب"]),
    ("Glass", ["Vidrio", "Vidro", "Glas", "زجاج"]),
    ("Nylon", ["Nailon", "Náilon", "Nylon", "نايلون"]),
    ("Metal", ["Metal", "Metal", "Metall", "معدن"]),
    // Women's clothing.
    ("Summer", ["=de verano", "=de verão", "=Sommer-", "صيفي|صيفية"]),
    ("Loose", ["holgado|holgada", "solto|solta", "locker", "فضفاض|فضفاضة"]),
    ("Viscose", ["Viscosa", "Viscose", "Viskose", "فسكوز"]),
    ("Linen", ["Lino", "Linho", "Leinen", "كتان"]),
    ("Dresses", ["Vestidos", "Vestidos", "Kleider", "فساتين"]),
    ("Midi Dress", ["Vestido midi|m", "Vestido midi|m", "Midikleid|n", "فستان ميدي|m"]),
    ("Maxi Dress", ["Vestido largo|m", "Vestido longo|m", "Maxikleid|n", "فستان طويل|m"]),
    ("Shirt Dress", ["Vestido camisero|m", "Vestido chemise|m", "Hemdblusenkleid|n", "فستان قميصي|m"]),
    ("with Floral Print", ["con estampado floral", "com estampa floral", "mit Blumenmuster", "بطبعة زهور"]),
    ("with Puff Sleeves", ["con mangas abullonadas", "com mangas bufantes", "mit Puffärmeln", "بأكمام منفوخة"]),
    ("with Belt", ["con cinturón", "com cinto", "mit Gürtel", "مع حزام"]),
    ("Tops & Blouses", ["Tops y blusas", "Blusas e tops", "Tops & Blusen", "بلايز وقمصان"]),
    ("Blouse", ["Blusa|f", "Blusa|f", "Bluse|f", "بلوزة|f"]),
    ("T-Shirt", ["Camiseta|f", "Camiseta|f", "T-Shirt|n", "تيشيرت|m"]),
    ("Tank Top", ["Camiseta de tirantes|f", "Regata|f", "Tanktop|n", "قميص بدون أكمام|m"]),
    ("with V-Neck", ["con cuello en V", "com decote V", "mit V-Ausschnitt", "بياقة على شكل V"]),
    ("with Lace Trim", ["con ribete de encaje", "com acabamento de renda", "mit Spitzenbesatz", "بحواف من الدانتيل"]),
    ("Coats & Jackets", ["Abrigos y chaquetas", "Casacos e jaquetas", "Mäntel & Jacken", "معاطف وجواكت"]),
    ("Puffer Jacket", ["Plumífero|m", "Jaqueta puffer|f", "Pufferjacke|f", "جاكيت منفوخ|m"]),
    ("Trench Coat", ["Gabardina|f", "Trench coat|m", "Trenchcoat|m", "معطف ترنش|m"]),
    ("Denim Jacket", ["Chaqueta vaquera|f", "Jaqueta jeans|f", "Jeansjacke|f", "جاكيت جينز|m"]),
    ("with Hood", ["con capucha", "com capuz", "mit Kapuze", "بقلنسوة"]),
    ("with Zip Pockets", ["con bolsillos con cremallera", "com bolsos com zíper", "mit Reißverschlusstaschen", "بجيوب بسحاب"]),
    ("Warm", ["cálido|cálida", "quente|quente", "warm", "دافئ|دافئة"]),
    ("Pants & Skirts", ["Pantalones y faldas", "Calças e saias", "Hosen & Röcke", "بناطيل وتنانير"]),
    ("Wide-Leg Trousers", ["Pantalones anchos|mp", "Calça pantalona|f", "Weite Hose|f", "بنطال واسع|m"]),
    ("Pleated Skirt", ["Falda plisada|f", "Saia plissada|f", "Plisseerock|m", "تنورة بكسرات|f"]),
    ("Jeans", ["Vaqueros|mp", "Calça jeans|f", "Jeans|p", "جينز|m"]),
    ("with Elastic Waist", ["con cintura elástica", "com cós elástico", "mit elastischem Bund", "بخصر مطاطي"]),
    ("with Side Pockets", ["con bolsillos laterales", "com bolsos laterais", "mit Seitentaschen", "بجيوب جانبية"]),
    // Men's clothing.
    ("Slim Fit", ["=slim fit", "=slim fit", "=Slim-Fit-", "ضيق|ضيقة"]),
    ("Wool", ["Lana", "Lã", "Wolle", "صوف"]),
    ("Denim", ["Denim", "Jeans", "Denim", "دنيم"]),
    ("Shirts & T-Shirts", ["Camisas y camisetas", "Camisas e camisetas", "Hemden & T-Shirts", "قمصان وتيشيرتات"]),
    ("Oxford Shirt", ["Camisa Oxford|f", "Camisa Oxford|f", "Oxfordhemd|n", "قميص أكسفورد|m"]),
    ("Polo Shirt", ["Polo|m", "Camisa polo|f", "Poloshirt|n", "قميص بولو|m"]),
    ("with Chest Pocket", ["con bolsillo en el pecho", "com bolso no peito", "mit Brusttasche", "بجيب على الصدر"]),
    ("with Short Sleeves", ["de manga corta", "de manga curta", "mit kurzen Ärmeln", "بأكمام قصيرة"]),
    ("Hoodies & Sweatshirts", ["Sudaderas", "Moletons", "Hoodies & Sweatshirts", "هوديز وسويت شيرت"]),
    ("Hooded Sweatshirt", ["Sudadera con capucha|f", "Moletom com capuz|m", "Kapuzenpullover|m", "سويت شيرت بقلنسوة|m"]),
    ("Sweatshirt", ["Sudadera|f", "Moletom|m", "Sweatshirt|n", "سويت شيرت|m"]),
    ("Zip Hoodie", ["Sudadera con cremallera|f", "Moletom com zíper|m", "Sweatjacke|f", "هودي بسحاب|m"]),
    ("with Kangaroo Pocket", ["con bolsillo canguro", "com bolso canguru", "mit Kängurutasche", "بجيب كنغر"]),
    ("with Fleece Lining", ["con forro polar", "com forro de fleece", "mit Fleecefutter", "مبطن بالفليس"]),
    ("Jackets & Coats", ["Chaquetas y abrigos", "Jaquetas e casacos", "Jacken & Mäntel", "جواكت ومعاطف"]),
    ("Bomber Jacket", ["Cazadora bomber|f", "Jaqueta bomber|f", "Bomberjacke|f", "جاكيت بومبر|m"]),
    ("Parka", ["Parka|f", "Parka|f", "Parka|m", "باركا|f"]),
    ("Windbreaker", ["Cortavientos|m", "Corta-vento|m", "Windjacke|f", "سترة واقية من الرياح|f"]),
    ("with Stand Collar", ["con cuello alto", "com gola alta", "mit Stehkragen", "بياقة مرتفعة"]),
    ("Pants & Jeans", ["Pantalones y vaqueros", "Calças e jeans", "Hosen & Jeans", "بناطيل وجينز"]),
    ("Cargo Pants", ["Pantalones cargo|mp", "Calça cargo|f", "Cargohose|f", "بنطال كارجو|m"]),
    ("Chinos", ["Pantalones chinos|mp", "Calça chino|f", "Chinohose|f", "بنطال تشينو|m"]),
    ("with Stretch Fabric", ["de tejido elástico", "de tecido elástico", "aus Stretchstoff", "من قماش مطاطي"]),
    // Phones.
    ("Original", ["original|original", "original|original|originais|originais", "original", "أصلي|أصلية"]),
    ("Slim", ["delgado|delgada", "fino|fina", "dünn", "رفيع|رفيعة"]),
    ("Tempered glass", ["Vidrio templado", "Vidro temperado", "Gehärtetes Glas", "زجاج مقسى"]),
    ("Mobile Phones", ["Teléfonos móviles", "Celulares", "Handys", "هواتف محمولة"]),
    ("Smartphone", ["Smartphone|m", "Smartphone|m", "Smartphone|n", "هاتف ذكي|m"]),
    ("Rugged Smartphone", ["Smartphone resistente|m", "Smartphone robusto|m", "Outdoor-Smartphone|n", "هاتف ذكي متين|m"]),
    ("with 6.7\" AMOLED Display", ["con pantalla AMOLED de 6,7\"", "com tela AMOLED de 6,7\"", "mit 6,7\"-AMOLED-Display", "بشاشة AMOLED مقاس 6.7 بوصة"]),
    ("with 50 MP Camera", ["con cámara de 50 MP", "com câmera de 50 MP", "mit 50-MP-Kamera", "بكاميرا 50 ميجابكسل"]),
    ("with 5000 mAh Battery", ["con batería de 5000 mAh", "com bateria de 5000 mAh", "mit 5000-mAh-Akku", "ببطارية 5000 مللي أمبير"]),
    ("Phone Cases", ["Fundas para teléfonos", "Capinhas de celular", "Handyhüllen", "أغطية الهواتف"]),
    ("Phone Case", ["Funda para teléfono|f", "Capinha de celular|f", "Handyhülle|f", "غطاء هاتف|m"]),
    ("Flip Wallet Case", ["Funda tipo cartera|f", "Capa carteira flip|f", "Klapphülle mit Geldbörse|f", "غطاء محفظة قلاب|m"]),
    ("with Card Slot", ["con ranura para tarjetas", "com porta-cartões", "mit Kartenfach", "بفتحة للبطاقات"]),
    ("with Camera Protection", ["con protección de cámara", "com proteção de câmera", "mit Kameraschutz", "بحماية للكاميرا"]),
    ("Chargers & Cables", ["Cargadores y cables", "Carregadores e cabos", "Ladegeräte & Kabel", "شواحن وكابلات"]),
    ("USB-C Cable", ["Cable USB-C|m", "Cabo USB-C|m", "USB-C-Kabel|n", "كابل USB-C|m"]),
    ("Lightning Cable", ["Cable Lightning|m", "Cabo Lightning|m", "Lightning-Kabel|n", "كابل لايتنينج|m"]),
    ("with 100W Fast Charging", ["con carga rápida de 100 W", "com carregamento rápido de 100 W", "mit 100-W-Schnellladung", "بشحن سريع 100 واط"]),
    ("with Braided Jacket", ["con funda trenzada", "com revestimento trançado", "mit geflochtenem Mantel", "بغلاف مجدول"]),
    ("Power Banks", ["Baterías externas", "Power banks", "Powerbanks", "بطاريات متنقلة"]),
    ("Power Bank", ["Batería externa|f", "Power bank|m", "Powerbank|f", "بطارية متنقلة|f"]),
    ("Wall Charger", ["Cargador de pared|m", "Carregador de parede|m", "Wandladegerät|n", "شاحن حائط|m"]),
    ("with 65W Output", ["de 65 W", "de 65 W", "mit 65 W Leistung", "بقدرة 65 واط"]),
    ("with LED Indicator", ["con indicador LED", "com indicador LED", "mit LED-Anzeige", "بمؤشر LED"]),
    ("Holders & Stands", ["Soportes y bases", "Suportes e bases", "Halterungen & Ständer", "حوامل وقواعد"]),
    ("Car Phone Holder", ["Soporte de móvil para coche|m", "Suporte de celular para carro|m", "Kfz-Handyhalterung|f", "حامل هاتف للسيارة|m"]),
    ("Desk Phone Stand", ["Soporte de móvil para escritorio|m", "Suporte de mesa para celular|m", "Handyständer für den Schreibtisch|m", "حامل هاتف مكتبي|m"]),
    ("with 360° Rotation", ["con rotación de 360°", "com rotação de 360°", "mit 360°-Drehung", "بدوران 360°"]),
    ("with Wireless Charging", ["con carga inalámbrica", "com carregamento sem fio", "mit kabellosem Laden", "بشحن لاسلكي"]),
    // Computer & office.
    ("Laptops", ["Portátiles", "Notebooks", "Laptops", "أجهزة لابتوب"]),
    ("Laptop", ["Portátil|m", "Notebook|m", "Laptop|m", "لابتوب|m"]),
    ("Gaming Laptop", ["Portátil gaming|m", "Notebook gamer|m", "Gaming-Laptop|m", "لابتوب للألعاب|m"]),
    ("with 16 GB RAM", ["con 16 GB de RAM", "com 16 GB de RAM", "mit 16 GB RAM", "بذاكرة 16 جيجابايت"]),
    ("with 15.6\" IPS Screen", ["con pantalla IPS de 15,6\"", "com tela IPS de 15,6\"", "mit 15,6\"-IPS-Bildschirm", "بشاشة IPS مقاس 15.6 بوصة"]),
    ("with Backlit Keyboard", ["con teclado retroiluminado", "com teclado retroiluminado", "mit beleuchteter Tastatur", "بلوحة مفاتيح مضيئة"]),
    ("Keyboards & Mice", ["Teclados y ratones", "Teclados e mouses", "Tastaturen & Mäuse", "لوحات مفاتيح وفئران"]),
    ("Mechanical Keyboard", ["Teclado mecánico|m", "Teclado mecânico|m", "Mechanische Tastatur|f", "لوحة مفاتيح ميكانيكية|f"]),
    ("Wireless Mouse", ["Ratón inalámbrico|m", "Mouse sem fio|m", "Kabellose Maus|f", "فأرة لاسلكية|f"]),
    ("with RGB Backlight", ["con retroiluminación RGB", "com iluminação RGB", "mit RGB-Beleuchtung", "بإضاءة RGB"]),
    ("with USB Receiver", ["con receptor USB", "com receptor USB", "mit USB-Empfänger", "مع مستقبل USB"]),
    ("Ergonomic", ["ergonómico|ergonómica", "ergonômico|ergonômica", "ergonomisch", "مريح الاستخدام|مريحة الاستخدام"]),
    ("Storage Devices", ["Almacenamiento", "Armazenamento", "Speichermedien", "أجهزة التخزين"]),
    ("External SSD", ["SSD externo|m", "SSD externo|m", "Externe SSD|f", "قرص SSD خارجي|m"]),
    ("USB Flash Drive", ["Memoria USB|f", "Pen drive|m", "USB-Stick|m", "ذاكرة فلاش USB|f"]),
    ("with USB 3.2", ["con USB 3.2", "com USB 3.2", "mit USB 3.2", "بمنفذ USB 3.2"]),
    ("in Metal Case", ["con carcasa metálica", "com carcaça de metal", "im Metallgehäuse", "بهيكل معدني"]),
    ("Office Electronics", ["Electrónica de oficina", "Eletrônicos para escritório", "Büroelektronik", "إلكترونيات مكتبية"]),
    ("Label Printer", ["Impresora de etiquetas|f", "Impressora de etiquetas|f", "Etikettendrucker|m", "طابعة ملصقات|f"]),
    ("Document Scanner", ["Escáner de documentos|m", "Scanner de documentos|m", "Dokumentenscanner|m", "ماسح مستندات|m"]),
    ("with Bluetooth", ["con Bluetooth", "com Bluetooth", "mit Bluetooth", "مع بلوتوث"]),
    ("with USB Connection", ["con conexión USB", "com conexão USB", "mit USB-Anschluss", "باتصال USB"]),
    // Consumer electronics.
    ("Earphones & Headphones", ["Auriculares", "Fones de ouvido", "Kopfhörer", "سماعات"]),
    ("Bluetooth Earbuds", ["Auriculares Bluetooth|mp", "Fones Bluetooth|mp", "Bluetooth-Ohrhörer|p", "سماعات أذن بلوتوث|f"]),
    ("Over-Ear Headphones", ["Auriculares de diadema|mp", "Headphone over-ear|m", "Over-Ear-Kopfhörer|p", "سماعات رأس|f"]),
    ("Gaming Headset", ["Auriculares gaming|mp", "Headset gamer|m", "Gaming-Headset|n", "سماعة ألعاب|f"]),
    ("with Noise Cancelling", ["con cancelación de ruido", "com cancelamento de ruído", "mit Geräuschunterdrückung", "بخاصية إلغاء الضوضاء"]),
    ("with Microphone", ["con micrófono", "com microfone", "mit Mikrofon", "مع ميكروفون"]),
    ("with 40-Hour Battery", ["con batería de 40 horas", "com bateria de 40 horas", "mit 40-Stunden-Akku", "ببطارية تدوم 40 ساعة"]),
    ("Portable Speakers", ["Altavoces portátiles", "Caixas de som portáteis", "Tragbare Lautsprecher", "مكبرات صوت محمولة"]),
    ("Bluetooth Speaker", ["Altavoz Bluetooth|m", "Caixa de som Bluetooth|f", "Bluetooth-Lautsprecher|m", "مكبر صوت بلوتوث|m"]),
    ("Soundbar", ["Barra de sonido|f", "Soundbar|f", "Soundbar|f", "مكبر صوت عمودي|m"]),
    ("with Deep Bass", ["con graves profundos", "com graves profundos", "mit tiefem Bass", "بصوت جهير عميق"]),
    ("with RGB Lights", ["con luces RGB", "com luzes RGB", "mit RGB-Licht", "بأضواء RGB"]),
    ("Camera & Photo", ["Cámaras y fotografía", "Câmeras e fotografia", "Kamera & Foto", "الكاميرات والتصوير"]),
    ("Action Camera", ["Cámara deportiva|f", "Câmera de ação|f", "Actioncam|f", "كاميرا أكشن|f"]),
    ("Instant Camera", ["Cámara instantánea|f", "Câmera instantânea|f", "Sofortbildkamera|f", "كاميرا فورية|f"]),
    ("with 4K Video", ["con vídeo 4K", "com vídeo 4K", "mit 4K-Video", "بفيديو 4K"]),
    ("with Waterproof Case", ["con carcasa impermeable", "com caixa estanque", "mit wasserdichtem Gehäuse", "مع علبة مقاومة للماء"]),
    ("Smart Electronics", ["Electrónica inteligente", "Eletrônicos inteligentes", "Smarte Elektronik", "إلكترونيات ذكية"]),
    ("Smart Watch", ["Reloj inteligente|m", "Relógio inteligente|m", "Smartwatch|f", "ساعة ذكية|f"]),
    ("Fitness Tracker", ["Pulsera de actividad|f", "Pulseira fitness|f", "Fitnesstracker|m", "سوار لياقة|m"]),
    ("with Heart Rate Monitor", ["con monitor de frecuencia cardíaca", "com monitor cardíaco", "mit Herzfrequenzmesser", "مع مراقب نبض القلب"]),
    ("with AMOLED Screen", ["con pantalla AMOLED", "com tela AMOLED", "mit AMOLED-Bildschirm", "بشاشة AMOLED"]),
    ("Video Games", ["Videojuegos", "Videogames", "Videospiele", "ألعاب الفيديو"]),
    ("Game Controller", ["Mando de juego|m", "Controle de jogo|m", "Gamecontroller|m", "يد تحكم للألعاب|f"]),
    ("Retro Game Console", ["Consola retro|f", "Console retrô|m", "Retro-Spielkonsole|f", "جهاز ألعاب كلاسيكي|m"]),
    ("with Vibration", ["con vibración", "com vibração", "mit Vibration", "مع اهتزاز"]),
    ("with USB-C Charging", ["con carga por USB-C", "com carregamento USB-C", "mit USB-C-Ladung", "بشحن عبر USB-C"]),
    // Jewelry & watches.
    ("Luxury", ["=de lujo", "=de luxo", "luxuriös", "فاخر|فاخرة"]),
    ("925 silver", ["Plata 925", "Prata 925", "925er Silber", "فضة 925"]),
    ("Alloy", ["Aleación", "Liga metálica", "Legierung", "سبيكة"]),
    ("Titanium steel", ["Acero de titanio", "Aço titânio", "Titanstahl", "فولاذ التيتانيوم"]),
    ("Rings", ["Anillos", "Anéis", "Ringe", "خواتم"]),
    ("Ring", ["Anillo|m", "Anel|m", "Ring|m", "خاتم|m"]),
    ("Stacking Ring Set", ["Set de anillos apilables|m", "Conjunto de anéis empilháveis|m", "Stapelring-Set|n", "طقم خواتم متراكبة|m"]),
    ("with Cubic Zirconia", ["con circonitas", "com zircônias", "mit Zirkonia", "بأحجار الزركون"]),
    ("with Engraving", ["con grabado", "com gravação", "mit Gravur", "مع نقش"]),
    ("Necklaces & Pendants", ["Collares y colgantes", "Colares e pingentes", "Halsketten & Anhänger", "قلادات ودلايات"]),
    ("Necklace", ["Collar|m", "Colar|m", "Halskette|f", "قلادة|f"]),
    ("Chain", ["Cadena|f", "Corrente|f", "Kette|f", "سلسلة|f"]),
    ("with Freshwater Pearls", ["con perlas de agua dulce", "com pérolas de água doce", "mit Süßwasserperlen", "بلآلئ المياه العذبة"]),
    ("with Heart Pendant", ["con colgante de corazón", "com pingente de coração", "mit Herzanhänger", "بدلاية على شكل قلب"]),
    ("Earrings", ["Pendientes", "Brincos", "Ohrringe", "أقراط"]),
    ("Stud Earrings", ["Pendientes de botón|mp", "Brincos de pino|mp", "Ohrstecker|p", "أقراط صغيرة|f"]),
    ("Hoop Earrings", ["Pendientes de aro|mp", "Brincos de argola|mp", "Creolen|p", "أقراط حلقية|f"]),
    ("with Pearls", ["con perlas", "com pérolas", "mit Perlen", "باللؤلؤ"]),
    ("Watches", ["Relojes", "Relógios", "Uhren", "ساعات"]),
    ("Quartz Watch", ["Reloj de cuarzo|m", "Relógio de quartzo|m", "Quarzuhr|f", "ساعة كوارتز|f"]),
    ("Mechanical Watch", ["Reloj mecánico|m", "Relógio mecânico|m", "Mechanische Uhr|f", "ساعة ميكانيكية|f"]),
    ("with Leather Strap", ["con correa de piel", "com pulseira de couro", "mit Lederarmband", "بحزام جلدي"]),
    ("with Steel Bracelet", ["con brazalete de acero", "com pulseira de aço", "mit Stahlarmband", "بسوار فولاذي"]),
    ("with Luminous Hands", ["con agujas luminosas", "com ponteiros luminosos", "mit Leuchtzeigern", "بعقارب مضيئة"]),
    // Home & garden.
    ("Cozy", ["acogedor|acogedora", "aconchegante|aconchegante", "gemütlich", "مريح|مريحة"]),
    ("Ceramic", ["Cerámica", "Cerâmica", "Keramik", "سيراميك"]),
    ("Bamboo", ["Bambú", "Bambu", "Bambus", "خيزران"]),
    ("Kitchen & Dining", ["Cocina y comedor", "Cozinha e mesa", "Küche & Esszimmer", "المطبخ والمائدة"]),
    ("Frying Pan", ["Sartén|f", "Frigideira|f", "Bratpfanne|f", "مقلاة|f"]),
    ("Cookware Set", ["Batería de cocina|f", "Jogo de panelas|m", "Kochgeschirr-Set|n", "طقم أواني طهي|m"]),
    ("Saucepan", ["Cazo|m", "Panela|f", "Kochtopf|m", "قدر|m"]),
    ("with Glass Lid", ["con tapa de vidrio", "com tampa de vidro", "mit Glasdeckel", "بغطاء زجاجي"]),
    ("with Wooden Handle", ["con mango de madera", "com cabo de madeira", "mit Holzgriff", "بمقبض خشبي"]),
    ("Non-Stick", ["antiadherente|antiadherente", "antiaderente|antiaderente", "=Antihaft-", "غير لاصق|غير لاصقة"]),
    ("Home Textiles", ["Textiles para el hogar", "Têxteis para casa", "Heimtextilien", "مفروشات منزلية"]),
    ("Bedding Set", ["Juego de ropa de cama|m", "Jogo de cama|m", "Bettwäsche-Set|n", "طقم مفارش سرير|m"]),
    ("Throw Blanket", ["Manta|f", "Manta|f", "Kuscheldecke|f", "بطانية|f"]),
    ("Cushion Cover", ["Funda de cojín|f", "Capa de almofada|f", "Kissenbezug|m", "غطاء وسادة|m"]),
    ("with Geometric Pattern", ["con estampado geométrico", "com estampa geométrica", "mit geometrischem Muster", "بنقشة هندسية"]),
    ("with Tassels", ["con borlas", "com franjas", "mit Quasten", "بشراشيب"]),
    ("Home Decor", ["Decoración del hogar", "Decoração", "Wohndeko", "ديكور المنزل"]),
    ("Ceramic Vase", ["Jarrón de cerámica|m", "Vaso de cerâmica|m", "Keramikvase|f", "مزهرية سيراميك|f"]),
    ("Wall Clock", ["Reloj de pared|m", "Relógio de parede|m", "Wanduhr|f", "ساعة حائط|f"]),
    ("Photo Frame", ["Marco de fotos|m", "Porta-retratos|m", "Bilderrahmen|m", "إطار صور|m"]),
    ("in Nordic Style", ["de estilo nórdico", "em estilo nórdico", "im nordischen Stil", "بطراز اسكندنافي"]),
    ("with Gold Accents", ["con detalles dorados", "com detalhes dourados", "mit goldenen Akzenten", "بلمسات ذهبية"]),
    ("Garden Supplies", ["Jardinería", "Jardinagem", "Gartenbedarf", "مستلزمات الحديقة"]),
    ("Flower Pot", ["Maceta|f", "Vaso de planta|m", "Blumentopf|m", "أصيص زهور|m"]),
    ("Garden Hose", ["Manguera de jardín|f", "Mangueira de jardim|f", "Gartenschlauch|m", "خرطوم حديقة|m"]),
    ("Solar Garden Light", ["Luz solar de jardín|f", "Luminária solar de jardim|f", "Solar-Gartenleuchte|f", "مصباح حديقة بالطاقة الشمسية|m"]),
    ("for Balcony", ["para balcón", "para varanda", "für den Balkon", "للشرفة"]),
    ("for Outdoor Use", ["para exterior", "para uso externo", "für draußen", "للاستخدام الخارجي"]),
    ("Storage & Organisation", ["Almacenaje y organización", "Organização", "Aufbewahrung & Ordnung", "التخزين والتنظيم"]),
    ("Storage Box", ["Caja de almacenaje|f", "Caixa organizadora|f", "Aufbewahrungsbox|f", "صندوق تخزين|m"]),
    ("Drawer Organizer", ["Organizador de cajones|m", "Organizador de gaveta|m", "Schubladen-Organizer|m", "منظم أدراج|m"]),
    ("with Lid", ["con tapa", "com tampa", "mit Deckel", "بغطاء"]),
    ("with Compartments", ["con compartimentos", "com divisórias", "mit Fächern", "بأقسام"]),
    ("Foldable", ["plegable|plegable", "dobrável|dobrável|dobráveis|dobráveis", "faltbar", "قابل للطي|قابلة للطي"]),
    ("Transparent", ["transparente|transparente", "transparente|transparente", "transparent", "شفاف|شفافة"]),
    // Bags & shoes.
    ("Fashion", ["=de moda", "=da moda", "modisch", "عصري|عصرية"]),
    ("PU leather", ["Cuero PU", "Couro PU", "PU-Leder", "جلد صناعي"]),
    ("Genuine leather", ["Piel auténtica", "Couro legítimo", "Echtleder", "جلد طبيعي"]),
    ("Mesh", ["Malla", "Tela", "Mesh", "شبك"]),
    ("Women's Bags", ["Bolsos de mujer", "Bolsas femininas", "Damentaschen", "حقائب نسائية"]),
    ("Crossbody Bag", ["Bolso bandolera|m", "Bolsa transversal|f", "Umhängetasche|f", "حقيبة كروس|f"]),
    ("Tote Bag", ["Bolso tote|m", "Bolsa tote|f", "Shopper|m", "حقيبة توت|f"]),
    ("Clutch", ["Bolso de mano|m", "Clutch|f", "Clutch|f", "حقيبة يد صغيرة|f"]),
    ("with Chain Strap", ["con correa de cadena", "com alça de corrente", "mit Kettenriemen", "بحزام سلسلة"]),
    ("with Zip Closure", ["con cierre de cremallera", "com fecho de zíper", "mit Reißverschluss", "بإغلاق بسحاب"]),
    ("Backpacks", ["Mochilas", "Mochilas", "Rucksäcke", "حقائب ظهر"]),
    ("Backpack", ["Mochila|f", "Mochila|f", "Rucksack|m", "حقيبة ظهر|f"]),
    ("Laptop Backpack", ["Mochila para portátil|f", "Mochila para notebook|f", "Laptop-Rucksack|m", "حقيبة ظهر للابتوب|f"]),
    ("with USB Charging Port", ["con puerto de carga USB", "com porta de carregamento USB", "mit USB-Ladeanschluss", "بمنفذ شحن USB"]),
    ("with Anti-Theft Pocket", ["con bolsillo antirrobo", "com bolso antifurto", "mit Diebstahlschutztasche", "بجيب مضاد للسرقة"]),
    ("Women's Shoes", ["Zapatos de mujer", "Calçados femininos", "Damenschuhe", "أحذية نسائية"]),
    ("Ankle Boots", ["Botines|mp", "Botas de cano curto|fp", "Stiefeletten|p", "حذاء بوت قصير|m"]),
    ("Ballet Flats", ["Bailarinas|fp", "Sapatilhas|fp", "Ballerinas|p", "حذاء باليرينا|m"]),
    ("Platform Sneakers", ["Zapatillas con plataforma|fp", "Tênis plataforma|mp", "Plateau-Sneaker|p", "حذاء رياضي بنعل مرتفع|m"]),
    ("with Block Heel", ["con tacón ancho", "com salto bloco", "mit Blockabsatz", "بكعب عريض"]),
    ("with Soft Insole", ["con plantilla suave", "com palmilha macia", "mit weicher Innensohle", "بنعل داخلي ناعم"]),
    ("Men's Shoes", ["Zapatos de hombre", "Calçados masculinos", "Herrenschuhe", "أحذية رجالية"]),
    ("Running Sneakers", ["Zapatillas de running|fp", "Tênis de corrida|mp", "Laufschuhe|p", "حذاء جري|m"]),
    ("Chelsea Boots", ["Botas Chelsea|fp", "Botas Chelsea|fp", "Chelsea-Boots|p", "حذاء تشيلسي|m"]),
    ("Loafers", ["Mocasines|mp", "Mocassins|mp", "Loafer|p", "حذاء لوفر|m"]),
    ("with Breathable Mesh", ["con malla transpirable", "com tela respirável", "mit atmungsaktivem Mesh", "بشبك يسمح بالتهوية"]),
    ("with Non-Slip Sole", ["con suela antideslizante", "com solado antiderrapante", "mit rutschfester Sohle", "بنعل مانع للانزلاق"]),
    ("Wallets", ["Carteras", "Carteiras", "Geldbörsen", "محافظ"]),
    ("Wallet", ["Cartera|f", "Carteira|f", "Geldbörse|f", "محفظة|f"]),
    ("Card Holder", ["Tarjetero|m", "Porta-cartões|m", "Kartenetui|n", "حافظة بطاقات|f"]),
    ("with RFID Blocking", ["con bloqueo RFID", "com bloqueio RFID", "mit RFID-Schutz", "بحماية RFID"]),
    ("with Coin Pocket", ["con monedero", "com porta-moedas", "mit Münzfach", "بجيب للعملات"]),
    // Toys & hobbies.
    ("Educational", ["educativo|educativa", "educativo|educativa", "=Lern-", "تعليمي|تعليمية"]),
    ("Creative", ["creativo|creativa", "criativo|criativa", "kreativ", "إبداعي|إبداعية"]),
    ("Plush", ["Peluche", "Pelúcia", "Plüsch", "قطيفة"]),
    ("Building Blocks", ["Bloques de construcción", "Blocos de montar", "Bausteine", "مكعبات البناء"]),
    ("Building Block Set", ["Set de bloques de construcción|m", "Kit de blocos de montar|m", "Baustein-Set|n", "طقم مكعبات بناء|m"]),
    ("Magnetic Tiles", ["Bloques magnéticos|mp", "Blocos magnéticos|mp", "Magnetbausteine|p", "بلاطات مغناطيسية|f"]),
    ("with 500 Pieces", ["de 500 piezas", "com 500 peças", "mit 500 Teilen", "من 500 قطعة"]),
    ("with Storage Box", ["con caja de almacenaje", "com caixa organizadora", "mit Aufbewahrungsbox", "مع صندوق تخزين"]),
    ("Stuffed Animals & Plush", ["Peluches", "Pelúcias", "Kuscheltiere", "دمى محشوة"]),
    ("Plush Bear", ["Oso de peluche|m", "Urso de pelúcia|m", "Plüschbär|m", "دب محشو|m"]),
    ("Stuffed Bunny", ["Conejito de peluche|m", "Coelhinho de pelúcia|m", "Plüschhase|m", "أرنب محشو|m"]),
    ("with Bow", ["con lazo", "com laço", "mit Schleife", "بفيونكة"]),
    ("40 cm", ["de 40 cm", "de 40 cm", "40 cm", "40 سم"]),
    ("Remote Control Toys", ["Juguetes teledirigidos", "Brinquedos de controle remoto", "Ferngesteuertes Spielzeug", "ألعاب بجهاز تحكم"]),
    ("RC Car", ["Coche teledirigido|m", "Carrinho de controle remoto|m", "Ferngesteuertes Auto|n", "سيارة بجهاز تحكم|f"]),
    ("Mini Drone", ["Minidron|m", "Mini drone|m", "Minidrohne|f", "طائرة درون صغيرة|f"]),
    ("with Rechargeable Battery", ["con batería recargable", "com bateria recarregável", "mit Akku", "ببطارية قابلة للشحن"]),
    ("with LED Lights", ["con luces LED", "com luzes LED", "mit LED-Beleuchtung", "بأضواء LED"]),
    ("Puzzles & Games", ["Puzles y juegos", "Quebra-cabeças e jogos", "Puzzles & Spiele", "ألغاز وألعاب"]),
    ("Jigsaw Puzzle", ["Puzle|m", "Quebra-cabeça|m", "Puzzle|n", "لغز تركيب|m"]),
    ("Board Game", ["Juego de mesa|m", "Jogo de tabuleiro|m", "Brettspiel|n", "لعبة لوحية|f"]),
    ("for Adults", ["para adultos", "para adultos", "für Erwachsene", "للبالغين"]),
    ("for the Whole Family", ["para toda la familia", "para toda a família", "für die ganze Familie", "لكل العائلة"]),
    // Sports & outdoors.
    ("TPE", ["TPE", "TPE", "TPE", "TPE"]),
    ("Fitness & Bodybuilding", ["Fitness y musculación", "Fitness e musculação", "Fitness & Bodybuilding", "اللياقة وكمال الأجسام"]),
    ("Yoga Mat", ["Esterilla de yoga|f", "Tapete de ioga|m", "Yogamatte|f", "سجادة يوغا|f"]),
    ("Resistance Band Set", ["Set de bandas elásticas|m", "Kit de faixas elásticas|m", "Widerstandsband-Set|n", "طقم أحزمة مقاومة|m"]),
    ("Adjustable Dumbbells", ["Mancuernas ajustables|fp", "Halteres ajustáveis|mp", "Verstellbare Hanteln|p", "دمبلز قابلة للتعديل|f"]),
    ("for Home Workouts", ["para entrenar en casa", "para treinos em casa", "für das Training zu Hause", "للتمارين المنزلية"]),
    ("with Carry Bag", ["con bolsa de transporte", "com bolsa de transporte", "mit Tragetasche", "مع حقيبة حمل"]),
    ("Camping & Hiking", ["Camping y senderismo", "Camping e trilhas", "Camping & Wandern", "التخييم والمشي"]),
    ("Camping Tent", ["Tienda de campaña|f", "Barraca de camping|f", "Campingzelt|n", "خيمة تخييم|f"]),
    ("Sleeping Bag", ["Saco de dormir|m", "Saco de dormir|m", "Schlafsack|m", "كيس نوم|m"]),
    ("Trekking Poles", ["Bastones de trekking|mp", "Bastões de caminhada|mp", "Trekkingstöcke|p", "عصي المشي|f"]),
    ("for All Seasons", ["para todas las estaciones", "para todas as estações", "für alle Jahreszeiten", "لكل المواسم"]),
    ("Cycling", ["Ciclismo", "Ciclismo", "Radsport", "ركوب الدراجات"]),
    ("Bike Light Set", ["Set de luces para bicicleta|m", "Kit de luzes para bicicleta|m", "Fahrradlicht-Set|n", "طقم أضواء دراجة|m"]),
    ("Cycling Gloves", ["Guantes de ciclismo|mp", "Luvas de ciclismo|fp", "Fahrradhandschuhe|p", "قفازات دراجة|f"]),
    ("Bike Helmet", ["Casco de bicicleta|m", "Capacete de bicicleta|m", "Fahrradhelm|m", "خوذة دراجة|f"]),
    ("for Road and MTB", ["para carretera y MTB", "para estrada e MTB", "für Rennrad und MTB", "للطرق والدراجات الجبلية"]),
    ("with Reflective Details", ["con detalles reflectantes", "com detalhes refletivos", "mit reflektierenden Details", "بتفاصيل عاكسة"]),
    ("Fishing", ["Pesca", "Pesca", "Angeln", "صيد السمك"]),
    ("Spinning Rod", ["Caña de spinning|f", "Vara de pesca|f", "Spinnrute|f", "صنارة سبينينج|f"]),
    ("Fishing Reel", ["Carrete de pesca|m", "Molinete de pesca|m", "Angelrolle|f", "بكرة صيد|f"]),
    ("Lure Set", ["Set de señuelos|m", "Kit de iscas artificiais|m", "Köder-Set|n", "طقم طعوم|m"]),
    ("for Freshwater", ["para agua dulce", "para água doce", "für Süßwasser", "للمياه العذبة"]),
    ("with Carry Case", ["con estuche", "com estojo", "mit Transportkoffer", "مع حقيبة"]),
    ("Sportswear", ["Ropa deportiva", "Roupas esportivas", "Sportbekleidung", "ملابس رياضية"]),
    ("Running T-Shirt", ["Camiseta de running|f", "Camiseta de corrida|f", "Laufshirt|n", "تيشيرت جري|m"]),
    ("Sports Leggings", ["Mallas deportivas|fp", "Legging esportiva|f", "Sportleggings|p", "ليقنز رياضي|m"]),
    ("Tracksuit", ["Chándal|m", "Agasalho esportivo|m", "Trainingsanzug|m", "بدلة رياضية|f"]),
    ("with Quick-Dry Fabric", ["de tejido de secado rápido", "de tecido de secagem rápida", "aus schnelltrocknendem Stoff", "من قماش سريع الجفاف"]),
    ("with Reflective Print", ["con estampado reflectante", "com estampa refletiva", "mit reflektierendem Druck", "بطبعة عاكسة"]),
    // Beauty & health.
    ("Makeup", ["Maquillaje", "Maquiagem", "Make-up", "مكياج"]),
    ("Lipstick", ["Pintalabios|m", "Batom|m", "Lippenstift|m", "أحمر شفاه|m"]),
    ("Liquid Foundation", ["Base de maquillaje líquida|f", "Base líquida|f", "Flüssige Foundation|f", "كريم أساس سائل|m"]),
    ("Eyeshadow Palette", ["Paleta de sombras|f", "Paleta de sombras|f", "Lidschattenpalette|f", "باليت ظلال عيون|f"]),
    ("with Velvet Finish", ["con acabado aterciopelado", "com acabamento aveludado", "mit samtigem Finish", "بلمسة مخملية"]),
    ("in 12 Shades", ["en 12 tonos", "em 12 tons", "in 12 Farbtönen", "بـ 12 درجة لون"]),
    ("Long-Lasting", ["=de larga duración", "=de longa duração", "langanhaltend", "طويل الثبات|طويلة الثبات"]),
    ("Matte", ["mate|mate", "matte|matte", "matt", "مطفي|مطفية"]),
    ("Skin Care", ["Cuidado de la piel", "Cuidados com a pele", "Hautpflege", "العناية بالبشرة"]),
    ("Face Serum", ["Sérum facial|m", "Sérum facial|m", "Gesichtsserum|n", "سيروم للوجه|m"]),
    ("Face Cream", ["Crema facial|f", "Creme facial|m", "Gesichtscreme|f", "كريم للوجه|m"]),
    ("Sheet Mask Set", ["Set de mascarillas de tela|m", "Kit de máscaras faciais|m", "Tuchmasken-Set|n", "طقم أقنعة ورقية|m"]),
    ("with Hyaluronic Acid", ["con ácido hialurónico", "com ácido hialurônico", "mit Hyaluronsäure", "بحمض الهيالورونيك"]),
    ("with Vitamin C", ["con vitamina C", "com vitamina C", "mit Vitamin C", "بفيتامين C"]),
    ("Moisturising", ["hidratante|hidratante", "hidratante|hidratante", "feuchtigkeitsspendend", "مرطب|مرطبة"]),
    ("Gentle", ["suave|suave", "suave|suave", "sanft", "لطيف|لطيفة"]),
    ("Nail Art & Tools", ["Manicura", "Manicure", "Nageldesign & Werkzeuge", "فن الأظافر وأدواته"]),
    ("Gel Nail Polish", ["Esmalte de gel|m", "Esmalte em gel|m", "Gel-Nagellack|m", "طلاء أظافر جل|m"]),
    ("UV LED Nail Lamp", ["Lámpara de uñas UV LED|f", "Cabine de unhas UV LED|f", "UV-LED-Nagellampe|f", "مصباح أظافر UV LED|m"]),
    ("for Salon and Home", ["para salón y hogar", "para salão e casa", "für Studio und Zuhause", "للصالون والمنزل"]),
    ("with Fast Curing", ["de secado rápido", "com secagem rápida", "mit schneller Aushärtung", "بتجفيف سريع"]),
    ("Hair Care & Styling", ["Cuidado y peinado del cabello", "Cuidados e modelagem capilar", "Haarpflege & Styling", "العناية بالشعر وتصفيفه"]),
    ("Hair Dryer", ["Secador de pelo|m", "Secador de cabelo|m", "Haartrockner|m", "مجفف شعر|m"]),
    ("Hair Straightener", ["Plancha de pelo|f", "Chapinha|f", "Glätteisen|n", "مكواة فرد الشعر|f"]),
    ("Curling Iron", ["Rizador de pelo|m", "Modelador de cachos|m", "Lockenstab|m", "مكواة تجعيد|f"]),
    ("with Ionic Technology", ["con tecnología iónica", "com tecnologia iônica", "mit Ionen-Technologie", "بتقنية الأيونات"]),
    ("with Temperature Control", ["con control de temperatura", "com controle de temperatura", "mit Temperaturregelung", "مع التحكم في الحرارة"]),
    ("Health Care", ["Cuidado de la salud", "Saúde", "Gesundheit", "الرعاية الصحية"]),
    ("Massage Gun", ["Pistola de masaje|f", "Pistola de massagem|f", "Massagepistole|f", "مسدس تدليك|m"]),
    ("Digital Thermometer", ["Termómetro digital|m", "Termômetro digital|m", "Digitalthermometer|n", "ميزان حرارة رقمي|m"]),
    ("Blood Pressure Monitor", ["Tensiómetro|m", "Medidor de pressão|m", "Blutdruckmessgerät|n", "جهاز قياس ضغط الدم|m"]),
    ("with LCD Display", ["con pantalla LCD", "com visor LCD", "mit LCD-Anzeige", "بشاشة LCD"]),
    // Automobiles & motorcycles.
    ("Heavy-Duty", ["=de alta resistencia", "reforçado|reforçada", "=Hochleistungs-", "شديد التحمل|شديدة التحمل"]),
    ("Rubber", ["Caucho", "Borracha", "Gummi", "مطاط"]),
    ("Car Electronics", ["Electrónica para coche", "Eletrônicos automotivos", "Autoelektronik", "إلكترونيات السيارة"]),
    ("Dash Cam", ["Cámara para coche|f", "Câmera veicular|f", "Dashcam|f", "كاميرا سيارة|f"]),
    ("Car Charger", ["Cargador de coche|m", "Carregador veicular|m", "Kfz-Ladegerät|n", "شاحن سيارة|m"]),
    ("FM Transmitter", ["Transmisor FM|m", "Transmissor FM|m", "FM-Transmitter|m", "جهاز إرسال FM|m"]),
    ("with Bluetooth 5.3", ["con Bluetooth 5.3", "com Bluetooth 5.3", "mit Bluetooth 5.3", "مع بلوتوث 5.3"]),
    ("Interior Accessories", ["Accesorios de interior", "Acessórios internos", "Innenraumzubehör", "إكسسوارات داخلية"]),
    ("Seat Cover Set", ["Juego de fundas de asiento|m", "Jogo de capas de banco|m", "Sitzbezug-Set|n", "طقم أغطية مقاعد|m"]),
    ("Steering Wheel Cover", ["Funda de volante|f", "Capa de volante|f", "Lenkradbezug|m", "غطاء مقود|m"]),
    ("Car Organizer", ["Organizador para coche|m", "Organizador para carro|m", "Auto-Organizer|m", "منظم سيارة|m"]),
    ("with Anti-Slip Backing", ["con base antideslizante", "com base antiderrapante", "mit rutschfester Rückseite", "بقاعدة مانعة للانزلاق"]),
    ("in Sporty Style", ["de estilo deportivo", "em estilo esportivo", "im sportlichen Stil", "بطابع رياضي"]),
    ("Car Wash & Care", ["Lavado y cuidado del coche", "Lavagem e cuidados automotivos", "Autowäsche & Pflege", "غسيل السيارة والعناية بها"]),
    ("Car Vacuum Cleaner", ["Aspiradora de coche|f", "Aspirador automotivo|m", "Autostaubsauger|m", "مكنسة سيارة كهربائية|f"]),
    ("Microfiber Towel Set", ["Set de toallas de microfibra|m", "Kit de toalhas de microfibra|m", "Mikrofasertuch-Set|n", "طقم مناشف مايكروفايبر|m"]),
    ("for Interior and Body", ["para interior y carrocería", "para interior e lataria", "für Innenraum und Karosserie", "للمقصورة والهيكل"]),
    ("for Daily Use", ["para uso diario", "para uso diário", "für den täglichen Gebrauch", "للاستخدام اليومي"]),
    ("Motorcycle Accessories", ["Accesorios para moto", "Acessórios para moto", "Motorradzubehör", "إكسسوارات الدراجات النارية"]),
    ("Motorcycle Helmet", ["Casco de moto|m", "Capacete de moto|m", "Motorradhelm|m", "خوذة دراجة نارية|f"]),
    ("Riding Gloves", ["Guantes de moto|mp", "Luvas de moto|fp", "Motorradhandschuhe|p", "قفازات قيادة|f"]),
    ("with Breathable Lining", ["con forro transpirable", "com forro respirável", "mit atmungsaktivem Futter", "ببطانة تسمح بالتهوية"]),
    // Home improvement.
    ("Brass", ["Latón", "Latão", "Messing", "نحاس أصفر"]),
    ("PVC", ["PVC", "PVC", "PVC", "PVC"]),
    ("Bathroom Fixtures", ["Grifería de baño", "Metais para banheiro", "Badarmaturen", "تجهيزات الحمام"]),
    ("Basin Faucet", ["Grifo de lavabo|m", "Torneira de lavatório|f", "Waschtischarmatur|f", "خلاط حوض|m"]),
    ("Rain Shower Set", ["Conjunto de ducha de lluvia|m", "Kit chuveiro de teto|m", "Regendusche-Set|n", "طقم دش مطري|m"]),
    ("Towel Rack", ["Toallero|m", "Toalheiro|m", "Handtuchhalter|m", "حامل مناشف|m"]),
    ("with Wall Mount", ["con montaje en pared", "com fixação na parede", "mit Wandhalterung", "بتثبيت على الحائط"]),
    ("in Modern Style", ["de estilo moderno", "em estilo moderno", "im modernen Stil", "بطراز عصري"]),
    ("Wallpaper & Wall Stickers", ["Papel pintado y vinilos", "Papel de parede e adesivos", "Tapeten & Wandsticker", "ورق الجدران والملصقات"]),
    ("Self-Adhesive Wallpaper", ["Papel pintado autoadhesivo|m", "Papel de parede adesivo|m", "Selbstklebende Tapete|f", "ورق جدران لاصق|m"]),
    ("Wall Sticker", ["Vinilo decorativo|m", "Adesivo de parede|m", "Wandsticker|m", "ملصق جداري|m"]),
    ("3D Wall Panels", ["Paneles de pared 3D|mp", "Painéis de parede 3D|mp", "3D-Wandpaneele|p", "ألواح جدران ثلاثية الأبعاد|f"]),
    ("with Marble Pattern", ["con efecto mármol", "com estampa de mármore", "mit Marmormuster", "بنقشة رخامية"]),
    ("for Living Room", ["para salón", "para sala de estar", "für das Wohnzimmer", "لغرفة المعيشة"]),
    ("Electrical Equipment", ["Material eléctrico", "Material elétrico", "Elektroinstallation", "المعدات الكهربائية"]),
    ("Smart Plug", ["Enchufe inteligente|m", "Tomada inteligente|f", "Smarte Steckdose|f", "قابس ذكي|m"]),
    ("Power Strip", ["Regleta|f", "Filtro de linha|m", "Steckdosenleiste|f", "مشترك كهرباء|m"]),
    ("Wall Switch", ["Interruptor de pared|m", "Interruptor de parede|m", "Wandschalter|m", "مفتاح حائط|m"]),
    ("with USB Ports", ["con puertos USB", "com portas USB", "mit USB-Anschlüssen", "بمنافذ USB"]),
    ("with Wi-Fi Control", ["con control por Wi-Fi", "com controle por Wi-Fi", "mit WLAN-Steuerung", "بالتحكم عبر Wi-Fi"]),
    ("Kitchen Fixtures", ["Grifería de cocina", "Metais para cozinha", "Küchenarmaturen", "تجهيزات المطبخ"]),
    ("Kitchen Faucet", ["Grifo de cocina|m", "Torneira de cozinha|f", "Küchenarmatur|f", "خلاط مطبخ|m"]),
    ("Kitchen Sink", ["Fregadero|m", "Cuba de cozinha|f", "Küchenspüle|f", "حوض مطبخ|m"]),
    ("with Easy Installation", ["de fácil instalación", "de fácil instalação", "mit einfacher Montage", "بتركيب سهل"]),
    // Mother & kids.
    ("Safe", ["seguro|segura", "seguro|segura", "sicher", "آمن|آمنة"]),
    ("Organic cotton", ["Algodón orgánico", "Algodão orgânico", "Bio-Baumwolle", "قطن عضوي"]),
    ("Polypropylene", ["Polipropileno", "Polipropileno", "Polypropylen", "بولي بروبيلين"]),
    ("Baby Clothing", ["Ropa de bebé", "Roupas de bebê", "Babykleidung", "ملابس الرضع"]),
    ("Baby Romper", ["Pelele de bebé|m", "Macacão de bebê|m", "Baby-Strampler|m", "رومبر للرضع|m"]),
    ("Bodysuit Set", ["Set de bodis|m", "Kit de bodies|m", "Body-Set|n", "طقم بودي|m"]),
    ("Sleepsuit", ["Pijama de bebé|m", "Macacão de dormir|m", "Schlafanzug|m", "بيجامة رضيع|f"]),
    ("with Cartoon Print", ["con estampado de dibujos", "com estampa de desenho", "mit Cartoon-Print", "بطبعة كرتونية"]),
    ("with Snap Buttons", ["con botones de presión", "com botões de pressão", "mit Druckknöpfen", "بأزرار كبس"]),
    ("Feeding", ["Alimentación infantil", "Alimentação infantil", "Füttern", "التغذية"]),
    ("Baby Bottle", ["Biberón|m", "Mamadeira|f", "Babyflasche|f", "رضاعة أطفال|f"]),
    ("Silicone Bib", ["Babero de silicona|m", "Babador de silicone|m", "Silikonlätzchen|n", "مريلة سيليكون|f"]),
    ("Suction Plate", ["Plato con ventosa|m", "Prato com ventosa|m", "Saugteller|m", "طبق بقاعدة شفط|m"]),
    ("for Newborns", ["para recién nacidos", "para recém-nascidos", "für Neugeborene", "لحديثي الولادة"]),
    ("BPA-Free", ["sin BPA", "sem BPA", "BPA-frei", "خالٍ من BPA"]),
    ("Strollers & Car Seats", ["Carritos y sillas de coche", "Carrinhos e cadeirinhas", "Kinderwagen & Autositze", "عربات ومقاعد سيارة للأطفال"]),
    ("Baby Stroller", ["Carrito de bebé|m", "Carrinho de bebê|m", "Kinderwagen|m", "عربة أطفال|f"]),
    ("Stroller Organizer", ["Organizador para carrito|m", "Organizador para carrinho|m", "Kinderwagen-Organizer|m", "منظم عربة أطفال|m"]),
    ("with Cup Holder", ["con portavasos", "com porta-copos", "mit Becherhalter", "مع حامل أكواب"]),
    ("for Everyday Walks", ["para paseos diarios", "para passeios diários", "für tägliche Spaziergänge", "للنزهات اليومية"]),
    ("Kids' Clothing", ["Ropa infantil", "Roupas infantis", "Kinderkleidung", "ملابس الأطفال"]),
    ("Kids' Hoodie", ["Sudadera infantil|f", "Moletom infantil|m", "Kinder-Hoodie|m", "هودي أطفال|m"]),
    ("Girls' Dress", ["Vestido de niña|m", "Vestido infantil|m", "Mädchenkleid|n", "فستان بنات|m"]),
    ("Boys' T-Shirt", ["Camiseta de niño|f", "Camiseta menino|f", "Jungen-T-Shirt|n", "تيشيرت أولاد|m"]),
    ("with Pockets", ["con bolsillos", "com bolsos", "mit Taschen", "بجيوب"]),
    // Furniture.
    ("Solid wood", ["Madera maciza", "Madeira maciça", "Massivholz", "خشب صلب"]),
    ("MDF", ["MDF", "MDF", "MDF", "MDF"]),
    ("Fabric", ["Tela", "Tecido", "Stoff", "قماش"]),
    ("Living Room Furniture", ["Muebles de salón", "Móveis para sala", "Wohnzimmermöbel", "أثاث غرفة المعيشة"]),
    ("Sofa", ["Sofá|m", "Sofá|m", "Sofa|n", "أريكة|f"]),
    ("Coffee Table", ["Mesa de centro|f", "Mesa de centro|f", "Couchtisch|m", "طاولة قهوة|f"]),
    ("TV Stand", ["Mueble de TV|m", "Rack para TV|m", "TV-Schrank|m", "طاولة تلفاز|f"]),
    ("with Storage", ["con almacenaje", "com espaço de armazenamento", "mit Stauraum", "مع مساحة تخزين"]),
    ("in Scandinavian Style", ["de estilo escandinavo", "em estilo escandinavo", "im skandinavischen Stil", "بطراز اسكندنافي"]),
    ("Office Furniture", ["Muebles de oficina", "Móveis para escritório", "Büromöbel", "أثاث مكتبي"]),
    ("Office Chair", ["Silla de oficina|f", "Cadeira de escritório|f", "Bürostuhl|m", "كرسي مكتب|m"]),
    ("Standing Desk", ["Escritorio elevable|m", "Mesa com ajuste de altura|f", "Stehschreibtisch|m", "مكتب وقوف|m"]),
    ("with Adjustable Height", ["con altura regulable", "com altura ajustável", "mit verstellbarer Höhe", "بارتفاع قابل للتعديل"]),
    ("for Home Office", ["para teletrabajo", "para home office", "fürs Homeoffice", "للمكتب المنزلي"]),
    ("Bedroom Furniture", ["Muebles de dormitorio", "Móveis para quarto", "Schlafzimmermöbel", "أثاث غرفة النوم"]),
    ("Bed Frame", ["Estructura de cama|f", "Estrutura de cama|f", "Bettgestell|n", "هيكل سرير|m"]),
    ("Nightstand", ["Mesita de noche|f", "Criado-mudo|m", "Nachttisch|m", "كومودينو|m"]),
    ("Wardrobe", ["Armario|m", "Guarda-roupa|m", "Kleiderschrank|m", "خزانة ملابس|f"]),
    ("with Drawers", ["con cajones", "com gavetas", "mit Schubladen", "بأدراج"]),
    ("Outdoor Furniture", ["Muebles de exterior", "Móveis para área externa", "Gartenmöbel", "أثاث خارجي"]),
    ("Folding Chair", ["Silla plegable|f", "Cadeira dobrável|f", "Klappstuhl|m", "كرسي قابل للطي|m"]),
    ("Hammock", ["Hamaca|f", "Rede de descanso|f", "Hängematte|f", "أرجوحة شبكية|f"]),
    ("Patio Table", ["Mesa de jardín|f", "Mesa para jardim|f", "Gartentisch|m", "طاولة حديقة|f"]),
    ("for Garden and Balcony", ["para jardín y balcón", "para jardim e varanda", "für Garten und Balkon", "للحديقة والشرفة"]),
    ("with Weatherproof Finish", ["con acabado resistente a la intemperie", "com acabamento resistente ao tempo", "mit wetterfester Oberfläche", "بطلاء مقاوم للعوامل الجوية"]),
    // Lights & lighting.
    ("Dimmable", ["regulable|regulable", "regulável|regulável|reguláveis|reguláveis", "dimmbar", "قابل للتعتيم|قابلة للتعتيم"]),
    ("Iron", ["Hierro", "Ferro", "Eisen", "حديد"]),
    ("Ceiling Lights", ["Lámparas de techo", "Luminárias de teto", "Deckenleuchten", "أضواء السقف"]),
    ("Pendant Light", ["Lámpara colgante|f", "Pendente|m", "Pendelleuchte|f", "ثريا معلقة|f"]),
    ("LED Ceiling Light", ["Plafón LED|m", "Plafon LED|m", "LED-Deckenleuchte|f", "ضوء سقف LED|m"]),
    ("Chandelier", ["Araña de luz|f", "Lustre|m", "Kronleuchter|m", "نجفة|f"]),
    ("with Remote Control", ["con mando a distancia", "com controle remoto", "mit Fernbedienung", "مع جهاز تحكم عن بعد"]),
    ("LED Strips", ["Tiras LED", "Fitas LED", "LED-Streifen", "شرائط LED"]),
    ("LED Strip", ["Tira LED|f", "Fita LED|f", "LED-Streifen|m", "شريط LED|m"]),
    ("Neon Light Strip", ["Tira de neón|f", "Fita neon|f", "Neon-Lichtband|n", "شريط نيون|m"]),
    ("with App Control", ["con control por app", "com controle por aplicativo", "mit App-Steuerung", "بالتحكم عبر التطبيق"]),
    ("with Music Sync", ["con sincronización musical", "com sincronização com música", "mit Musiksynchronisation", "بالتزامن مع الموسيقى"]),
    ("Table & Desk Lamps", ["Lámparas de mesa", "Luminárias de mesa", "Tisch- & Schreibtischlampen", "مصابيح الطاولة والمكتب"]),
    ("Desk Lamp", ["Lámpara de escritorio|f", "Luminária de mesa|f", "Schreibtischlampe|f", "مصباح مكتب|m"]),
    ("Bedside Lamp", ["Lámpara de mesita|f", "Abajur|m", "Nachttischlampe|f", "مصباح سرير|m"]),
    ("with Touch Control", ["con control táctil", "com controle por toque", "mit Touch-Steuerung", "بتحكم باللمس"]),
    ("with Wireless Charger", ["con cargador inalámbrico", "com carregador sem fio", "mit kabellosem Ladegerät", "مع شاحن لاسلكي"]),
    ("Light Bulbs", ["Bombillas", "Lâmpadas", "Glühbirnen", "لمبات"]),
    ("LED Bulb", ["Bombilla LED|f", "Lâmpada LED|f", "LED-Glühbirne|f", "لمبة LED|f"]),
    ("Smart Bulb", ["Bombilla inteligente|f", "Lâmpada inteligente|f", "Smarte Glühbirne|f", "لمبة ذكية|f"]),
    ("E27 9W", ["E27 9 W", "E27 9 W", "E27 9 W", "E27 9 واط"]),
    ("with Warm White Light", ["con luz blanca cálida", "com luz branca quente", "mit warmweißem Licht", "بضوء أبيض دافئ"]),
    ("Bright", ["brillante|brillante", "brilhante|brilhante", "hell", "ساطع|ساطعة"]),
    ("Outdoor Lighting", ["Iluminación exterior", "Iluminação externa", "Außenbeleuchtung", "الإضاءة الخارجية"]),
    ("Solar Wall Light", ["Aplique solar|m", "Arandela solar|f", "Solar-Wandleuchte|f", "مصباح جداري شمسي|m"]),
    ("Floodlight", ["Foco proyector|m", "Refletor|m", "Flutlicht|n", "كشاف إضاءة|m"]),
    ("with Motion Sensor", ["con sensor de movimiento", "com sensor de movimento", "mit Bewegungsmelder", "بمستشعر حركة"]),
    ("with IP65 Protection", ["con protección IP65", "com proteção IP65", "mit IP65-Schutz", "بحماية IP65"]),
    // Tools.
    ("Chrome vanadium steel", ["Acero al cromo-vanadio", "Aço cromo-vanádio", "Chrom-Vanadium-Stahl", "فولاذ كروم فاناديوم"]),
    ("Carbon steel", ["Acero al carbono", "Aço carbono", "Kohlenstoffstahl", "فولاذ كربوني"]),
    ("Power Tools", ["Herramientas eléctricas", "Ferramentas elétricas", "Elektrowerkzeuge", "أدوات كهربائية"]),
    ("Drill", ["Taladro|m", "Furadeira|f", "Bohrmaschine|f", "مثقاب|m"]),
    ("Angle Grinder", ["Amoladora angular|f", "Esmerilhadeira|f", "Winkelschleifer|m", "صاروخ تجليخ|m"]),
    ("Impact Driver", ["Atornillador de impacto|m", "Parafusadeira de impacto|f", "Schlagschrauber|m", "مفك صدمي|m"]),
    ("with 2 Batteries", ["con 2 baterías", "com 2 baterias", "mit 2 Akkus", "مع بطاريتين"]),
    ("Cordless", ["inalámbrico|inalámbrica", "=sem fio", "=Akku-", "لاسلكي|لاسلكية"]),
    ("Hand Tools", ["Herramientas manuales", "Ferramentas manuais", "Handwerkzeuge", "أدوات يدوية"]),
    ("Screwdriver Set", ["Juego de destornilladores|m", "Jogo de chaves de fenda|m", "Schraubendreher-Set|n", "طقم مفكات|m"]),
    ("Socket Wrench Set", ["Juego de llaves de vaso|m", "Jogo de soquetes|m", "Steckschlüssel-Set|n", "طقم مفاتيح لقم|m"]),
    ("Multitool", ["Herramienta multiusos|f", "Canivete multiuso|m", "Multitool|n", "أداة متعددة الاستخدامات|f"]),
    ("with Storage Case", ["con maletín", "com maleta", "mit Aufbewahrungskoffer", "مع حقيبة تخزين"]),
    ("of 46 Pieces", ["de 46 piezas", "com 46 peças", "mit 46 Teilen", "من 46 قطعة"]),
    ("Measurement & Analysis", ["Medición y análisis", "Medição e análise", "Messen & Analysieren", "القياس والتحليل"]),
    ("Multimeter", ["Multímetro|m", "Multímetro|m", "Multimeter|n", "ملتيميتر|m"]),
    ("Laser Distance Meter", ["Medidor láser de distancia|m", "Trena a laser|f", "Laser-Entfernungsmesser|m", "جهاز قياس مسافة بالليزر|m"]),
    ("Caliper", ["Calibre|m", "Paquímetro|m", "Messschieber|m", "قدمة قياس|f"]),
    ("Digital", ["digital|digital", "digital|digital|digitais|digitais", "digital", "رقمي|رقمية"]),
    ("Welding & Soldering", ["Soldadura", "Solda", "Schweißen & Löten", "اللحام"]),
    ("Soldering Iron Kit", ["Kit de soldador|m", "Kit de ferro de solda|m", "Lötkolben-Set|n", "طقم كاوية لحام|m"]),
    ("Soldering Station", ["Estación de soldadura|f", "Estação de solda|f", "Lötstation|f", "محطة لحام|f"]),
    ("with Spare Tips", ["con puntas de repuesto", "com pontas extras", "mit Ersatzspitzen", "مع رؤوس احتياطية"]),
    // Security & protection.
    ("Outdoor", ["=para exterior", "=para área externa", "=Outdoor-", "خارجي|خارجية"]),
    ("Zinc alloy", ["Aleación de zinc", "Liga de zinco", "Zinklegierung", "سبيكة زنك"]),
    ("Video Surveillance", ["Videovigilancia", "Videomonitoramento", "Videoüberwachung", "المراقبة بالفيديو"]),
    ("IP Camera", ["Cámara IP|f", "Câmera IP|f", "IP-Kamera|f", "كاميرا IP|f"]),
    ("Video Doorbell", ["Timbre con vídeo|m", "Campainha com vídeo|f", "Video-Türklingel|f", "جرس باب بالفيديو|m"]),
    ("Baby Monitor", ["Vigilabebés|m", "Babá eletrônica|f", "Babyphone|n", "جهاز مراقبة الأطفال|m"]),
    ("with Night Vision", ["con visión nocturna", "com visão noturna", "mit Nachtsicht", "برؤية ليلية"]),
    ("with Two-Way Audio", ["con audio bidireccional", "com áudio bidirecional", "mit Gegensprechfunktion", "بصوت ثنائي الاتجاه"]),
    ("Locks", ["Cerraduras", "Fechaduras", "Schlösser", "أقفال"]),
    ("Smart Door Lock", ["Cerradura inteligente|f", "Fechadura inteligente|f", "Smartes Türschloss|n", "قفل باب ذكي|m"]),
    ("Padlock", ["Candado|m", "Cadeado|m", "Vorhängeschloss|n", "قفل معلق|m"]),
    ("with Fingerprint Unlock", ["con desbloqueo por huella", "com desbloqueio por digital", "mit Fingerabdruck-Entsperrung", "بفتح ببصمة الإصبع"]),
    ("Reliable", ["fiable|fiable", "confiável|confiável|confiáveis|confiáveis", "zuverlässig", "موثوق|موثوقة"]),
    ("Alarm & Sensors", ["Alarmas y sensores", "Alarmes e sensores", "Alarmanlagen & Sensoren", "أجهزة الإنذار والمستشعرات"]),
    ("Door Sensor", ["Sensor de puerta|m", "Sensor de porta|m", "Türsensor|m", "مستشعر باب|m"]),
    ("Smoke Detector", ["Detector de humo|m", "Detector de fumaça|m", "Rauchmelder|m", "كاشف دخان|m"]),
    ("Alarm Kit", ["Kit de alarma|m", "Kit de alarme|m", "Alarmanlagen-Set|n", "طقم إنذار|m"]),
    ("with Wi-Fi", ["con Wi-Fi", "com Wi-Fi", "mit WLAN", "مع Wi-Fi"]),
    ("with Loud Siren", ["con sirena potente", "com sirene alta", "mit lauter Sirene", "بصفارة قوية"]),
    ("Workplace Safety", ["Seguridad laboral", "Segurança do trabalho", "Arbeitsschutz", "السلامة المهنية"]),
    ("Safety Glasses", ["Gafas de seguridad|fp", "Óculos de proteção|mp", "Schutzbrille|f", "نظارات واقية|f"]),
    ("Work Gloves", ["Guantes de trabajo|mp", "Luvas de trabalho|fp", "Arbeitshandschuhe|p", "قفازات عمل|f"]),
    ("Safety Helmet", ["Casco de seguridad|m", "Capacete de segurança|m", "Schutzhelm|m", "خوذة سلامة|f"]),
    ("for Construction Work", ["para obras", "para construção", "für Bauarbeiten", "لأعمال البناء"]),
    ("with CE Certification", ["con certificación CE", "com certificação CE", "mit CE-Zertifizierung", "بشهادة CE"]),
    // Office & school.
    ("Paper", ["Papel", "Papel", "Papier", "ورق"]),
    ("Pens & Pencils", ["Bolígrafos y lápices", "Canetas e lápis", "Stifte", "أقلام"]),
    ("Gel Pen Set", ["Set de bolígrafos de gel|m", "Kit de canetas gel|m", "Gelstift-Set|n", "طقم أقلام جل|m"]),
    ("Coloured Pencils", ["Lápices de colores|mp", "Lápis de cor|mp", "Buntstifte|p", "أقلام تلوين|f"]),
    ("Highlighter Set", ["Set de subrayadores|m", "Kit de marca-textos|m", "Textmarker-Set|n", "طقم أقلام تحديد|m"]),
    ("in 24 Colours", ["en 24 colores", "em 24 cores", "in 24 Farben", "بـ 24 لونًا"]),
    ("in a Case", ["en estuche", "em estojo", "im Etui", "في علبة"]),
    ("Notebooks & Planners", ["Cuadernos y agendas", "Cadernos e agendas", "Notizbücher & Planer", "دفاتر ومفكرات"]),
    ("Notebook", ["Cuaderno|m", "Caderno|m", "Notizbuch|n", "دفتر|m"]),
    ("Weekly Planner", ["Agenda semanal|f", "Planner semanal|m", "Wochenplaner|m", "مخطط أسبوعي|m"]),
    ("Sketchbook", ["Cuaderno de dibujo|m", "Caderno de desenho|m", "Skizzenbuch|n", "كراسة رسم|f"]),
    ("with Dotted Pages", ["con hojas punteadas", "com folhas pontilhadas", "mit gepunkteten Seiten", "بصفحات منقطة"]),
    ("A5, 200 Pages", ["A5, 200 páginas", "A5, 200 páginas", "A5, 200 Seiten", "A5، 200 صفحة"]),
    ("Desk Accessories", ["Accesorios de escritorio", "Acessórios de mesa", "Schreibtischzubehör", "إكسسوارات المكتب"]),
    ("Desk Organizer", ["Organizador de escritorio|m", "Organizador de mesa|m", "Schreibtisch-Organizer|m", "منظم مكتب|m"]),
    ("Pen Holder", ["Portalápices|m", "Porta-canetas|m", "Stiftehalter|m", "حامل أقلام|m"]),
    ("Stapler", ["Grapadora|f", "Grampeador|m", "Hefter|m", "دباسة|f"]),
    ("for Office and Home", ["para oficina y hogar", "para escritório e casa", "für Büro und Zuhause", "للمكتب والمنزل"]),
    ("School Supplies", ["Material escolar", "Material escolar", "Schulbedarf", "مستلزمات مدرسية"]),
    ("Pencil Case", ["Estuche|m", "Estojo|m", "Federmäppchen|n", "مقلمة|f"]),
    ("School Backpack", ["Mochila escolar|f", "Mochila escolar|f", "Schulrucksack|m", "حقيبة مدرسية|f"]),
    ("Lunch Box", ["Fiambrera|f", "Lancheira|f", "Brotdose|f", "علبة غداء|f"]),
    ("for Kids", ["para niños", "para crianças", "für Kinder", "للأطفال"]),
    // Pet products.
    ("Interactive", ["interactivo|interactiva", "interativo|interativa", "interaktiv", "تفاعلي|تفاعلية"]),
    ("Dog Supplies", ["Artículos para perros", "Produtos para cães", "Hundebedarf", "مستلزمات الكلاب"]),
    ("Dog Harness", ["Arnés para perro|m", "Peitoral para cachorro|m", "Hundegeschirr|n", "حزام صدر للكلاب|m"]),
    ("Dog Leash", ["Correa para perro|f", "Guia para cachorro|f", "Hundeleine|f", "مقود كلب|m"]),
    ("Dog Bed", ["Cama para perro|f", "Cama para cachorro|f", "Hundebett|n", "سرير كلب|m"]),
    ("with Reflective Strips", ["con tiras reflectantes", "com faixas refletivas", "mit Reflektorstreifen", "بشرائط عاكسة"]),
    ("for Small and Medium Dogs", ["para perros pequeños y medianos", "para cães pequenos e médios", "für kleine und mittelgroße Hunde", "للكلاب الصغيرة والمتوسطة"]),
    ("Cat Supplies", ["Artículos para gatos", "Produtos para gatos", "Katzenbedarf", "مستلزمات القطط"]),
    ("Cat Tree", ["Árbol rascador|m", "Arranhador torre|m", "Kratzbaum|m", "شجرة قطط|f"]),
    ("Cat Toy Set", ["Set de juguetes para gatos|m", "Kit de brinquedos para gatos|m", "Katzenspielzeug-Set|n", "طقم ألعاب قطط|m"]),
    ("Scratching Post", ["Poste rascador|m", "Arranhador|m", "Kratzsäule|f", "عمود خدش|m"]),
    ("with Sisal Rope", ["con cuerda de sisal", "com corda de sisal", "mit Sisalseil", "بحبل سيزال"]),
    ("with Feather Wand", ["con varita de plumas", "com varinha de penas", "mit Federangel", "مع عصا ريش"]),
    ("Aquariums & Fish", ["Acuarios y peces", "Aquários e peixes", "Aquaristik", "أحواض السمك"]),
    ("Aquarium Filter", ["Filtro de acuario|m", "Filtro de aquário|m", "Aquariumfilter|m", "فلتر حوض سمك|m"]),
    ("Aquarium LED Light", ["Luz LED para acuario|f", "Luminária LED para aquário|f", "Aquarium-LED-Leuchte|f", "إضاءة LED لحوض السمك|f"]),
    ("Fish Tank", ["Acuario|m", "Aquário|m", "Aquarium|n", "حوض سمك|m"]),
    ("with Quiet Operation", ["de funcionamiento silencioso", "com funcionamento silencioso", "mit leisem Betrieb", "بتشغيل هادئ"]),
    ("for Home and Office", ["para casa y oficina", "para casa e escritório", "für Zuhause und Büro", "للمنزل والمكتب"]),
    ("Feeding & Watering", ["Comederos y bebederos", "Comedouros e bebedouros", "Füttern & Tränken", "المعالف والمساقي"]),
    ("Automatic Feeder", ["Comedero automático|m", "Comedouro automático|m", "Futterautomat|m", "معلف أوتوماتيكي|m"]),
    ("Water Fountain", ["Fuente de agua|f", "Fonte de água|f", "Trinkbrunnen|m", "نافورة مياه|f"]),
    ("Slow Feeder Bowl", ["Comedero antivoracidad|m", "Comedouro lento|m", "Anti-Schling-Napf|m", "وعاء أكل بطيء|m"]),
    ("for Cats and Dogs", ["para gatos y perros", "para gatos e cães", "für Katzen und Hunde", "للقطط والكلاب"]),
    ("with Stainless Steel Bowl", ["con cuenco de acero inoxidable", "com tigela de aço inoxidável", "mit Edelstahlnapf", "بوعاء من الفولاذ المقاوم للصدأ"]),
    // Food.
    ("Organic", ["orgánico|orgánica", "orgânico|orgânica", "=Bio-", "عضوي|عضوية"]),
    ("Premium", ["=premium", "=premium", "=Premium-", "فاخر|فاخرة"]),
    ("Tea & Coffee", ["Té y café", "Chá e café", "Tee & Kaffee", "الشاي والقهوة"]),
    ("Green Tea", ["Té verde|m", "Chá verde|m", "Grüner Tee|m", "شاي أخضر|m"]),
    ("Oolong Tea", ["Té oolong|m", "Chá oolong|m", "Oolong-Tee|m", "شاي أولونغ|m"]),
    ("Coffee Beans", ["Café en grano|m", "Café em grãos|m", "Kaffeebohnen|p", "حبوب قهوة|f"]),
    ("from Yunnan", ["de Yunnan", "de Yunnan", "aus Yunnan", "من يونان"]),
    ("in a Gift Box", ["en caja de regalo", "em caixa de presente", "in Geschenkbox", "في علبة هدايا"]),
    ("Snacks & Sweets", ["Snacks y dulces", "Lanches e doces", "Snacks & Süßigkeiten", "وجبات خفيفة وحلويات"]),
    ("Dried Mango", ["Mango deshidratado|m", "Manga desidratada|f", "Getrocknete Mango|f", "مانجو مجففة|f"]),
    ("Mixed Nuts", ["Frutos secos variados|mp", "Mix de castanhas|m", "Nussmischung|f", "مكسرات مشكلة|f"]),
    ("Dark Chocolate", ["Chocolate negro|m", "Chocolate amargo|m", "Zartbitterschokolade|f", "شوكولاتة داكنة|f"]),
    ("without Added Sugar", ["sin azúcar añadido", "sem adição de açúcar", "ohne Zuckerzusatz", "بدون سكر مضاف"]),
    ("in a Resealable Pack", ["en bolsa con cierre", "em embalagem com fecho", "im wiederverschließbaren Beutel", "في عبوة قابلة لإعادة الغلق"]),
    ("Spices & Seasonings", ["Especias y condimentos", "Especiarias e temperos", "Gewürze", "التوابل والبهارات"]),
    ("Sichuan Pepper", ["Pimienta de Sichuan|f", "Pimenta de Sichuan|f", "Szechuanpfeffer|m", "فلفل سيشوان|m"]),
    ("Curry Powder", ["Curry en polvo|m", "Curry em pó|m", "Currypulver|n", "مسحوق الكاري|m"]),
    ("Spice Set", ["Set de especias|m", "Kit de especiarias|m", "Gewürz-Set|n", "طقم توابل|m"]),
    ("in a Glass Jar", ["en tarro de vidrio", "em pote de vidro", "im Glas", "في برطمان زجاجي"]),
    ("for Asian Cuisine", ["para cocina asiática", "para culinária asiática", "für die asiatische Küche", "للمطبخ الآسيوي"]),
    // Musical instruments.
    ("Spruce", ["Abeto", "Abeto", "Fichte", "خشب التنوب"]),
    ("Mahogany", ["Caoba", "Mogno", "Mahagoni", "خشب الماهوجني"]),
    ("Guitars & Strings", ["Guitarras e instrumentos de cuerda", "Violões e cordas", "Gitarren & Saiteninstrumente", "الغيتارات والآلات الوترية"]),
    ("Acoustic Guitar", ["Guitarra acústica|f", "Violão|m", "Akustikgitarre|f", "غيتار أكوستيك|m"]),
    ("Ukulele", ["Ukelele|m", "Ukulele|m", "Ukulele|f", "يوكوليلي|m"]),
    ("Electric Guitar", ["Guitarra eléctrica|f", "Guitarra elétrica|f", "E-Gitarre|f", "غيتار كهربائي|m"]),
    ("with Gig Bag", ["con funda", "com capa", "mit Gigbag", "مع حقيبة"]),
    ("for Beginners", ["para principiantes", "para iniciantes", "für Anfänger", "للمبتدئين"]),
    ("Keyboards & Pianos", ["Teclados y pianos", "Teclados e pianos", "Keyboards & Klaviere", "الكيبورد والبيانو"]),
    ("Digital Piano", ["Piano digital|m", "Piano digital|m", "Digitalpiano|n", "بيانو رقمي|m"]),
    ("MIDI Keyboard", ["Teclado MIDI|m", "Teclado MIDI|m", "MIDI-Keyboard|n", "لوحة مفاتيح MIDI|f"]),
    ("Roll-Up Piano", ["Piano enrollable|m", "Piano flexível|m", "Rollpiano|n", "بيانو قابل للطي|m"]),
    ("with 61 Keys", ["de 61 teclas", "com 61 teclas", "mit 61 Tasten", "بـ 61 مفتاحًا"]),
    ("with Built-in Speakers", ["con altavoces integrados", "com alto-falantes embutidos", "mit eingebauten Lautsprechern", "بمكبرات صوت مدمجة"]),
    ("Instrument Accessories", ["Accesorios para instrumentos", "Acessórios para instrumentos", "Instrumentenzubehör", "إكسسوارات الآلات"]),
    ("Guitar Capo", ["Cejilla para guitarra|f", "Capotraste|m", "Gitarrenkapodaster|m", "كابو غيتار|m"]),
    ("Clip-On Tuner", ["Afinador de pinza|m", "Afinador de clipe|m", "Clip-Stimmgerät|n", "موالف بمشبك|m"]),
    ("Guitar Strap", ["Correa para guitarra|f", "Correia para violão|f", "Gitarrengurt|m", "حزام غيتار|m"]),
    ("for Acoustic and Electric Guitars", ["para guitarras acústicas y eléctricas", "para violões e guitarras", "für Akustik- und E-Gitarren", "للغيتارات الأكوستيك والكهربائية"]),
    ("Drums & Percussion", ["Batería y percusión", "Bateria e percussão", "Schlagzeug & Percussion", "الطبول والإيقاع"]),
    ("Electronic Drum Kit", ["Batería electrónica|f", "Bateria eletrônica|f", "E-Drum-Set|n", "طقم طبول إلكتروني|m"]),
    ("Cajon", ["Cajón|m", "Cajón|m", "Cajón|m", "كاخون|m"]),
    ("Kalimba", ["Kalimba|f", "Kalimba|f", "Kalimba|f", "كاليمبا|f"]),
    // Weddings & events.
    ("Romantic", ["romántico|romántica", "romântico|romântica", "romantisch", "رومانسي|رومانسية"]),
    ("Satin", ["Satén", "Cetim", "Satin", "ساتان"]),
    ("Lace", ["Encaje", "Renda", "Spitze", "دانتيل"]),
    ("Tulle", ["Tul", "Tule", "Tüll", "تول"]),
    ("Wedding Dresses", ["Vestidos de novia", "Vestidos de noiva", "Brautkleider", "فساتين الزفاف"]),
    ("Wedding Dress", ["Vestido de novia|m", "Vestido de noiva|m", "Brautkleid|n", "فستان زفاف|m"]),
    ("Bridesmaid Dress", ["Vestido de dama de honor|m", "Vestido de madrinha|m", "Brautjungfernkleid|n", "فستان وصيفة العروس|m"]),
    ("with Lace Appliqué", ["con apliques de encaje", "com aplicações de renda", "mit Spitzenapplikation", "بتطريز من الدانتيل"]),
    ("with Long Train", ["con cola larga", "com cauda longa", "mit langer Schleppe", "بذيل طويل"]),
    ("Party Supplies", ["Artículos de fiesta", "Artigos para festa", "Partyzubehör", "مستلزمات الحفلات"]),
    ("Balloon Set", ["Set de globos|m", "Kit de balões|m", "Luftballon-Set|n", "طقم بالونات|m"]),
    ("Birthday Banner", ["Pancarta de cumpleaños|f", "Faixa de aniversário|f", "Geburtstagsbanner|n", "لافتة عيد ميلاد|f"]),
    ("Party Tableware Set", ["Set de vajilla para fiestas|m", "Kit de louças para festa|m", "Party-Geschirrset|n", "طقم أدوات مائدة للحفلات|m"]),
    ("for a Birthday Party", ["para fiesta de cumpleaños", "para festa de aniversário", "für eine Geburtstagsparty", "لحفلة عيد ميلاد"]),
    ("with Gold Confetti", ["con confeti dorado", "com confete dourado", "mit goldenem Konfetti", "بقصاصات ذهبية"]),
    ("Wedding Accessories", ["Accesorios de boda", "Acessórios de casamento", "Hochzeitsaccessoires", "إكسسوارات الزفاف"]),
    ("Bridal Veil", ["Velo de novia|m", "Véu de noiva|m", "Brautschleier|m", "طرحة عروس|f"]),
    ("Wedding Guest Book", ["Libro de firmas de boda|m", "Livro de assinaturas de casamento|m", "Hochzeitsgästebuch|n", "دفتر ضيوف الزفاف|m"]),
    ("Ring Pillow", ["Cojín para anillos|m", "Almofada porta-alianças|f", "Ringkissen|n", "وسادة خواتم|f"]),
    ("with Pearl Details", ["con detalles de perlas", "com detalhes de pérolas", "mit Perlendetails", "بتفاصيل لؤلؤية"]),
    ("in Rustic Style", ["de estilo rústico", "em estilo rústico", "im Landhausstil", "بطراز ريفي"]),
    // Hair extensions & wigs.
    ("Wavy", ["ondulado|ondulada", "ondulado|ondulada", "gewellt", "مموج|مموجة"]),
    ("Straight", ["liso|lisa", "liso|lisa", "glatt", "مفرود|مفرودة"]),
    ("Silky", ["sedoso|sedosa", "sedoso|sedosa", "seidig", "حريري|حريرية"]),
    ("Human hair", ["Cabello humano", "Cabelo humano", "Echthaar", "شعر طبيعي"]),
    ("Heat-resistant fibre", ["Fibra resistente al calor", "Fibra resistente ao calor", "Hitzebeständige Faser", "ألياف مقاومة للحرارة"]),
    ("Human Hair Wigs", ["Pelucas de cabello humano", "Perucas de cabelo humano", "Echthaarperücken", "باروكات شعر طبيعي"]),
    ("Lace Front Wig", ["Peluca lace front|f", "Peruca lace front|f", "Lace-Front-Perücke|f", "باروكة لايس أمامية|f"]),
    ("Bob Wig", ["Peluca bob|f", "Peruca chanel|f", "Bob-Perücke|f", "باروكة بوب|f"]),
    ("with Baby Hair", ["con baby hair", "com baby hair", "mit Babyhaaren", "بشعر ناعم عند الحواف"]),
    ("with Pre-Plucked Hairline", ["con nacimiento del pelo natural", "com linha do cabelo natural", "mit natürlichem Haaransatz", "بخط شعر طبيعي"]),
    ("Synthetic Wigs", ["Pelucas sintéticas", "Perucas sintéticas", "Synthetische Perücken", "باروكات صناعية"]),
    ("Synthetic Wig", ["Peluca sintética|f", "Peruca sintética|f", "Synthetische Perücke|f", "باروكة صناعية|f"]),
    ("Cosplay Wig", ["Peluca de cosplay|f", "Peruca de cosplay|f", "Cosplay-Perücke|f", "باروكة كوسبلاي|f"]),
    ("with Bangs", ["con flequillo", "com franja", "mit Pony", "بغرة"]),
    ("in Heat-Resistant Fibre", ["de fibra resistente al calor", "de fibra resistente ao calor", "aus hitzebeständiger Faser", "من ألياف مقاومة للحرارة"]),
    ("Hair Extensions", ["Extensiones de cabello", "Apliques de cabelo", "Haarverlängerungen", "وصلات الشعر"]),
    ("Clip-In Hair Extensions", ["Extensiones de clip|fp", "Apliques de tic-tac|mp", "Clip-in-Extensions|p", "وصلات شعر بمشابك|f"]),
    ("Ponytail Extension", ["Coleta postiza|f", "Rabo de cavalo postiço|m", "Pferdeschwanz-Extension|f", "ذيل حصان مستعار|m"]),
    ("with Invisible Clips", ["con clips invisibles", "com presilhas invisíveis", "mit unsichtbaren Clips", "بمشابك غير مرئية"]),
    ("for Daily Wear", ["para uso diario", "para o dia a dia", "für jeden Tag", "للاستخدام اليومي"]),
    ("Hair Accessories", ["Accesorios para el pelo", "Acessórios para cabelo", "Haarschmuck", "إكسسوارات الشعر"]),
    ("Hair Clips", ["Pinzas para el pelo|fp", "Presilhas de cabelo|fp", "Haarspangen|p", "مشابك شعر|f"]),
    ("Scrunchie Set", ["Set de coleteros|m", "Kit de xuxinhas|m", "Scrunchie-Set|n", "طقم ربطات شعر|m"]),
    ("Headband", ["Diadema|f", "Tiara|f", "Haarreif|m", "طوق شعر|m"]),
    ("in Korean Style", ["de estilo coreano", "em estilo coreano", "im koreanischen Stil", "بطراز كوري"]),
    // Novelty & special use.
    ("Funny", ["divertido|divertida", "divertido|divertida", "lustig", "مضحك|مضحكة"]),
    ("Unusual", ["insólito|insólita", "inusitado|inusitada", "ungewöhnlich", "غير مألوف|غير مألوفة"]),
    ("Resin", ["Resina", "Resina", "Harz", "راتنج"]),
    ("Costumes & Cosplay", ["Disfraces y cosplay", "Fantasias e cosplay", "Kostüme & Cosplay", "الأزياء التنكرية والكوسبلاي"]),
    ("Halloween Costume", ["Disfraz de Halloween|m", "Fantasia de Halloween|f", "Halloween-Kostüm|n", "زي الهالوين|m"]),
    ("Anime Cosplay Costume", ["Disfraz de cosplay anime|m", "Fantasia de cosplay de anime|f", "Anime-Cosplay-Kostüm|n", "زي كوسبلاي أنمي|m"]),
    ("Carnival Mask", ["Máscara de carnaval|f", "Máscara de carnaval|f", "Karnevalsmaske|f", "قناع كرنفال|m"]),
    ("with Accessories", ["con accesorios", "com acessórios", "mit Zubehör", "مع إكسسوارات"]),
    ("Funny Gadgets", ["Gadgets divertidos", "Gadgets divertidos", "Lustige Gadgets", "أدوات طريفة"]),
    ("Desk Toy", ["Juguete de escritorio|m", "Brinquedo de mesa|m", "Schreibtischspielzeug|n", "لعبة مكتب|f"]),
    ("Levitating Plant Pot", ["Maceta levitante|f", "Vaso levitante|m", "Schwebender Blumentopf|m", "أصيص نبات عائم|m"]),
    ("Galaxy Projector", ["Proyector de galaxias|m", "Projetor de galáxia|m", "Sternenhimmel-Projektor|m", "جهاز عرض المجرة|m"]),
    ("Work Uniforms", ["Uniformes de trabajo", "Uniformes profissionais", "Berufsbekleidung", "ملابس العمل"]),
    ("Chef Jacket", ["Chaqueta de chef|f", "Dólmã de chef|m", "Kochjacke|f", "سترة طاهٍ|f"]),
    ("Medical Scrubs", ["Uniforme sanitario|m", "Pijama cirúrgico|m", "Medizinische Kasacks|p", "زي طبي|m"]),
    ("Work Overalls", ["Mono de trabajo|m", "Macacão de trabalho|m", "Arbeitsoverall|m", "أفرول عمل|m"]),
    ("in Breathable Fabric", ["de tejido transpirable", "de tecido respirável", "aus atmungsaktivem Stoff", "من قماش يسمح بالتهوية"]),
    // Tablets & e-books.
    ("Tablets", ["Tabletas", "Tablets", "Tablets", "أجهزة لوحية"]),
    ("Android Tablet", ["Tableta Android|f", "Tablet Android|m", "Android-Tablet|n", "جهاز لوحي أندرويد|m"]),
    ("Kids Tablet", ["Tableta infantil|f", "Tablet infantil|m", "Kinder-Tablet|n", "جهاز لوحي للأطفال|m"]),
    ("with 10.1\" Screen", ["con pantalla de 10,1\"", "com tela de 10,1\"", "mit 10,1\"-Bildschirm", "بشاشة 10.1 بوصة"]),
    ("with 4G LTE", ["con 4G LTE", "com 4G LTE", "mit 4G LTE", "مع 4G LTE"]),
    ("E-book Readers", ["Lectores de libros electrónicos", "Leitores de e-books", "E-Book-Reader", "قارئات الكتب الإلكترونية"]),
    ("E-book Reader", ["Lector de libros electrónicos|m", "Leitor de e-books|m", "E-Book-Reader|m", "قارئ كتب إلكترونية|m"]),
    ("E-Ink Reader", ["Lector de tinta electrónica|m", "Leitor E-Ink|m", "E-Ink-Reader|m", "قارئ بحبر إلكتروني|m"]),
    ("with Front Light", ["con luz frontal", "com luz frontal", "mit Frontlicht", "بإضاءة أمامية"]),
    ("with 6\" E-Ink Screen", ["con pantalla E-Ink de 6\"", "com tela E-Ink de 6\"", "mit 6\"-E-Ink-Bildschirm", "بشاشة E-Ink مقاس 6 بوصات"]),
    ("Tablet Accessories", ["Accesorios para tabletas", "Acessórios para tablets", "Tablet-Zubehör", "إكسسوارات الأجهزة اللوحية"]),
    ("Tablet Case", ["Funda para tableta|f", "Capa para tablet|f", "Tablet-Hülle|f", "غطاء جهاز لوحي|m"]),
    ("Stylus Pen", ["Lápiz óptico|m", "Caneta stylus|f", "Eingabestift|m", "قلم لمس|m"]),
    ("Tablet Keyboard", ["Teclado para tableta|m", "Teclado para tablet|m", "Tablet-Tastatur|f", "لوحة مفاتيح للجهاز اللوحي|f"]),
    ("for iPad and Android", ["para iPad y Android", "para iPad e Android", "für iPad und Android", "لأجهزة iPad وأندرويد"]),
    ("with Magnetic Attachment", ["con fijación magnética", "com fixação magnética", "mit magnetischer Befestigung", "بتثبيت مغناطيسي"]),
];

static INDEX: LazyLock<HashMap<&'static str, &'static [&'static str; 4]>> =
    LazyLock::new(|| LEXICON.iter().map(|(en, t)| (*en, t)).collect());

/// Column of a language in the lexicon; `None` for English and Russian (kept in taxonomy.rs).
fn column(lang: Lang) -> Option<usize> {
    match lang {
        Lang::En | Lang::Ru => None,
        Lang::Es => Some(0),
        Lang::PtBr => Some(1),
        Lang::De => Some(2),
        Lang::Ar => Some(3),
    }
}

/// The raw entry for an English word in a lexicon language.
fn entry(en: &str, lang: Lang) -> Option<&'static str> {
    let c = column(lang)?;
    INDEX.get(en).map(|t| t[c])
}

/// A feature, material or category name in `lang` (es, pt-BR, de, ar); `None` if not there.
pub fn phrase(en: &str, lang: Lang) -> Option<&'static str> {
    entry(en, lang)
}

/// A noun's text and gender code in `lang`; English with `m` when missing.
pub fn noun(en: &str, lang: Lang) -> (&str, &'static str) {
    match entry(en, lang).map(|e| e.split_once('|').unwrap_or((e, "m"))) {
        Some((text, g)) => (text, g),
        None => (en, "m"),
    }
}

/// Spanish and Portuguese plural of an adjective form.
fn plural(word: &str, lang: Lang) -> String {
    let last = word.chars().last().unwrap_or('a');
    if "aeiouáéó".contains(last) {
        return format!("{word}s");
    }
    match (lang, last) {
        (_, 's') => word.to_string(),
        (_, 'z') => format!("{}ces", &word[..word.len() - 1]),
        (Lang::PtBr, 'l') => format!("{}is", &word[..word.len() - 1]),
        (Lang::PtBr, 'm') => format!("{}ns", &word[..word.len() - 1]),
        _ => format!("{word}es"),
    }
}

/// An adjective agreeing with a noun of gender `g` (see [`noun`]); English when missing.
pub fn adjective(en: &str, lang: Lang, g: &str) -> String {
    let Some(e) = entry(en, lang) else {
        return en.to_string();
    };
    if let Some(inv) = e.strip_prefix('=') {
        return inv.to_string();
    }
    let forms: Vec<&str> = e.split('|').collect();
    let form = |i: usize| forms.get(i).or(forms.first()).copied().unwrap_or(en);
    match lang {
        Lang::Es | Lang::PtBr => match (g, forms.len()) {
            ("f", _) => form(1).to_string(),
            ("mp", 4) => form(2).to_string(),
            ("fp", 4) => form(3).to_string(),
            ("mp", _) => plural(form(0), lang),
            ("fp", _) => plural(form(1), lang),
            _ => form(0).to_string(),
        },
        Lang::De => {
            let ending = match g {
                "m" => "er",
                "n" => "es",
                _ => "e",
            };
            if e.ends_with('e') {
                format!("{e}{}", &ending[1..])
            } else {
                format!("{e}{ending}")
            }
        }
        _ => (if g == "f" { form(1) } else { form(0) }).to_string(),
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A listing title in es, pt-BR, de or ar from the English words the generator chose.
pub fn title(
    lang: Lang,
    brand: Option<&str>,
    adj: Option<&str>,
    noun_en: &str,
    feat: Option<&str>,
) -> String {
    let (n, g) = noun(noun_en, lang);
    let a = adj.map(|a| adjective(a, lang, g));
    let mut words: Vec<String> = Vec::with_capacity(4);
    if lang == Lang::De {
        match a {
            // "Sommer-" + "Midikleid" → "Sommer-Midikleid".
            Some(a) if a.ends_with('-') => words.push(format!("{a}{n}")),
            Some(a) => {
                words.push(a);
                words.push(n.to_string());
            }
            None => words.push(n.to_string()),
        }
    } else {
        words.push(n.to_string());
        words.extend(a);
    }
    if let Some(f) = feat {
        words.push(phrase(f, lang).unwrap_or(f).to_string());
    }
    if let Some(first) = words.first_mut() {
        *first = capitalize(first);
    }
    let body = words.join(" ");
    match brand {
        Some(b) => format!("{b} {body}"),
        None => body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::taxonomy::TOPS;

    #[test]
    fn every_taxonomy_word_is_translated_and_well_formed() {
        let genders = [
            ["m", "f", "mp", "fp"],
            ["m", "f", "mp", "fp"],
            ["m", "f", "n", "p"],
            ["m", "f", "m", "f"],
        ];
        let check_adj = |a: &str| {
            let en = a.split('|').next().unwrap_or(a);
            let t = INDEX
                .get(en)
                .unwrap_or_else(|| panic!("no entry for adjective {en}"));
            for (c, e) in t.iter().enumerate() {
                if e.starts_with('=') {
                    continue;
                }
                let n = e.split('|').count();
                match c {
                    0 | 1 => assert!(n == 2 || n == 4, "{en}: {e}"),
                    2 => assert_eq!(n, 1, "{en}: {e}"),
                    _ => assert_eq!(n, 2, "{en}: {e}"),
                }
            }
        };
        for top in &TOPS {
            top.adjs.iter().for_each(|a| check_adj(a));
            for m in top.materials {
                let en = m.split('|').next().unwrap_or(m);
                assert!(INDEX.contains_key(en), "no entry for material {en}");
            }
            for sub in top.subs {
                let en = sub.name.split('|').next().unwrap_or(sub.name);
                assert!(INDEX.contains_key(en), "no entry for subcategory {en}");
                sub.adjs.iter().for_each(|a| check_adj(a));
                for f in sub.feats {
                    let en = f.split('|').next().unwrap_or(f);
                    assert!(INDEX.contains_key(en), "no entry for feature {en}");
                }
                for n in sub.nouns {
                    let en = n.split('|').next().unwrap_or(n);
                    let t = INDEX
                        .get(en)
                        .unwrap_or_else(|| panic!("no entry for noun {en}"));
                    for (c, e) in t.iter().enumerate() {
                        let (text, g) = e.split_once('|').unwrap_or_else(|| panic!("{en}: {e}"));
                        assert!(!text.is_empty() && genders[c].contains(&g), "{en}: {e}");
                    }
                }
            }
        }
        for (en, t) in LEXICON {
            for e in t {
                assert!(!e.trim().is_empty() && e.trim() == *e, "{en}: {e:?}");
            }
        }
        assert_eq!(INDEX.len(), LEXICON.len(), "duplicate English keys");
    }

    #[test]
    fn titles_agree_in_gender_and_order() {
        let t = |lang, brand, adj, noun, feat| title(lang, brand, adj, noun, feat);
        assert_eq!(
            t(
                Lang::Es,
                None,
                Some("Elegant"),
                "Pleated Skirt",
                Some("with Side Pockets")
            ),
            "Falda plisada elegante con bolsillos laterales"
        );
        assert_eq!(
            t(Lang::Es, None, Some("Modern"), "Jeans", None),
            "Vaqueros modernos"
        );
        assert_eq!(
            t(Lang::Es, None, Some("Casual"), "Ballet Flats", None),
            "Bailarinas casuales"
        );
        assert_eq!(
            t(Lang::PtBr, None, Some("Casual"), "Loafers", None),
            "Mocassins casuais"
        );
        assert_eq!(
            t(
                Lang::PtBr,
                Some("ZANZEA"),
                Some("Portable"),
                "Power Bank",
                None
            ),
            "ZANZEA Power bank portátil"
        );
        assert_eq!(
            t(
                Lang::De,
                None,
                Some("Elegant"),
                "Midi Dress",
                Some("with Belt")
            ),
            "Elegantes Midikleid mit Gürtel"
        );
        assert_eq!(
            t(Lang::De, None, Some("Warm"), "Puffer Jacket", None),
            "Warme Pufferjacke"
        );
        assert_eq!(
            t(Lang::De, None, Some("Modern"), "Trench Coat", None),
            "Moderner Trenchcoat"
        );
        assert_eq!(
            t(Lang::De, None, Some("Summer"), "Midi Dress", None),
            "Sommer-Midikleid"
        );
        assert_eq!(
            t(Lang::Ar, None, Some("Elegant"), "Blouse", None),
            "بلوزة أنيقة"
        );
        assert_eq!(
            t(Lang::Ar, None, Some("Elegant"), "Midi Dress", None),
            "فستان ميدي أنيق"
        );
        assert_eq!(
            t(Lang::Es, None, Some("Vintage"), "Blouse", None),
            "Blusa vintage"
        );
    }
}
