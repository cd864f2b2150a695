//! The category tree and the words products are built from.
//!
//! Compact `|`-separated text keeps the data readable:
//! - adjectives: `English|ru masculine|ru feminine|ru neuter|ru plural`
//! - nouns: `English|russian|g` where g is the Russian gender/number (`m`, `f`, `n`, `p`),
//!   optionally `|shape` when the product is drawn unlike its subcategory (a skirt among trousers)
//! - features, materials, sub names: `English|russian`

/// How a product's variants are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opts {
    /// Colour × clothing size.
    Apparel,
    /// Colour × EU shoe size.
    Shoes,
    /// Colour × storage capacity.
    Storage,
    /// Colour only.
    Color,
    /// Colour × cable/strip length.
    Length,
    /// Colour × plug standard.
    Plug,
    /// Weight of a food pack.
    Weight,
    /// Pieces per lot.
    Pack,
    /// Colour × ring size.
    RingSize,
    /// Colour × child's age.
    Age,
    /// Hair length in inches.
    HairLength,
    /// Colour × pet size.
    PetSize,
    /// Bottle volume.
    Volume,
}

pub struct Sub {
    pub slug: &'static str,
    /// Icon symbol id and the image silhouette.
    pub shape: &'static str,
    pub name: &'static str,
    pub opts: Opts,
    pub nouns: &'static [&'static str],
    pub feats: &'static [&'static str],
    /// Overrides the top category's adjectives when not empty.
    pub adjs: &'static [&'static str],
}

impl Sub {
    /// The image silhouette of the sub's noun `noun` (its own shape, else the sub's).
    pub fn shape_of(&self, noun: usize) -> &'static str {
        self.nouns
            .get(noun)
            .and_then(|n| n.split('|').nth(3))
            .unwrap_or(self.shape)
    }
}

pub struct Top {
    pub slug: &'static str,
    pub icon: &'static str,
    /// en, ru, es, pt-BR, de, ar.
    pub names: [&'static str; 6],
    pub adjs: &'static [&'static str],
    pub materials: &'static [&'static str],
    pub brands: &'static [&'static str],
    /// One-piece price range in USD cents.
    pub price: (i64, i64),
    /// Background tint of product images.
    pub tint: &'static str,
    pub subs: &'static [Sub],
}

const fn s(
    slug: &'static str,
    shape: &'static str,
    name: &'static str,
    opts: Opts,
    nouns: &'static [&'static str],
    feats: &'static [&'static str],
    adjs: &'static [&'static str],
) -> Sub {
    Sub {
        slug,
        shape,
        name,
        opts,
        nouns,
        feats,
        adjs,
    }
}

const MODERN: &str = "Modern|Современный|Современная|Современное|Современные";
const NORDIC: &str = "Nordic|Скандинавский|Скандинавская|Скандинавское|Скандинавские";
const DURABLE: &str = "Durable|Прочный|Прочная|Прочное|Прочные";
const PORTABLE: &str = "Portable|Портативный|Портативная|Портативное|Портативные";
const COMPACT: &str = "Compact|Компактный|Компактная|Компактное|Компактные";
const PRO: &str =
    "Professional|Профессиональный|Профессиональная|Профессиональное|Профессиональные";
const ELEGANT: &str = "Elegant|Элегантный|Элегантная|Элегантное|Элегантные";
const CASUAL: &str = "Casual|Повседневный|Повседневная|Повседневное|Повседневные";
const VINTAGE: &str = "Vintage|Винтажный|Винтажная|Винтажное|Винтажные";
const WIRELESS: &str = "Wireless|Беспроводной|Беспроводная|Беспроводное|Беспроводные";
const SMART: &str = "Smart|Умный|Умная|Умное|Умные";
const SOFT: &str = "Soft|Мягкий|Мягкая|Мягкое|Мягкие";
const CUTE: &str = "Cute|Милый|Милая|Милое|Милые";
const UNIVERSAL: &str = "Universal|Универсальный|Универсальная|Универсальное|Универсальные";
const LIGHT: &str = "Lightweight|Лёгкий|Лёгкая|Лёгкое|Лёгкие";
const WATERPROOF: &str =
    "Waterproof|Водонепроницаемый|Водонепроницаемая|Водонепроницаемое|Водонепроницаемые";
const COLOURFUL: &str = "Colourful|Яркий|Яркая|Яркое|Яркие";
const MINIMAL: &str = "Minimalist|Минималистичный|Минималистичная|Минималистичное|Минималистичные";
const COMFY: &str = "Comfortable|Удобный|Удобная|Удобное|Удобные";
const NATURAL: &str = "Natural|Натуральный|Натуральная|Натуральное|Натуральные";
const NEW: &str = "New|Новый|Новая|Новое|Новые";
const CLASSIC: &str = "Classic|Классический|Классическая|Классическое|Классические";
const DECOR: &str = "Decorative|Декоративный|Декоративная|Декоративное|Декоративные";
const SAVING: &str =
    "Energy-Saving|Энергосберегающий|Энергосберегающая|Энергосберегающее|Энергосберегающие";

const COTTON: &str = "Cotton|Хлопок";
const POLYESTER: &str = "Polyester|Полиэстер";
const PLASTIC: &str = "Plastic|Пластик";
const ABS: &str = "ABS plastic|ABS-пластик";
const ALU: &str = "Aluminium alloy|Алюминиевый сплав";
const STEEL: &str = "Stainless steel|Нержавеющая сталь";
const SILICONE: &str = "Silicone|Силикон";
const WOOD: &str = "Wood|Дерево";
const GLASS: &str = "Glass|Стекло";
const NYLON: &str = "Nylon|Нейлон";
const METAL: &str = "Metal|Металл";

// Laid out by hand as a table: rustfmt would spread every `s(...)` over a dozen lines.
#[rustfmt::skip]
pub static TOPS: [Top; 26] = [
    Top {
        slug: "womens-clothing",
        icon: "dress",
        names: ["Women's Clothing", "Женская одежда", "Ropa de mujer", "Roupas femininas", "Damenbekleidung", "ملابس نسائية"],
        adjs: &[ELEGANT, CASUAL, VINTAGE, "Summer|Летний|Летняя|Летнее|Летние", "Loose|Свободный|Свободная|Свободное|Свободные"],
        materials: &[COTTON, POLYESTER, "Viscose|Вискоза", "Linen|Лён"],
        brands: &["Lumina", "Vestra", "Calla Rosa", "Mira Lane", "ZANZEA"],
        price: (899, 4999),
        tint: "#fbe9ef",
        subs: &[
            s("womens-dresses", "dress", "Dresses|Платья", Opts::Apparel,
              &["Midi Dress|платье миди|n", "Maxi Dress|платье макси|n", "Shirt Dress|платье-рубашка|n"],
              &["with Floral Print|с цветочным принтом", "with Puff Sleeves|с объёмными рукавами", "with Belt|с поясом"], &[]),
            s("womens-tops", "shirt", "Tops & Blouses|Топы и блузки", Opts::Apparel,
              &["Blouse|блузка|f", "T-Shirt|футболка|f", "Tank Top|майка|f"],
              &["with V-Neck|с V-образным вырезом", "with Lace Trim|с кружевной отделкой"], &[]),
            s("womens-outerwear", "jacket", "Coats & Jackets|Куртки и пальто", Opts::Apparel,
              &["Puffer Jacket|пуховик|m", "Trench Coat|тренч|m", "Denim Jacket|джинсовая куртка|f"],
              &["with Hood|с капюшоном", "with Zip Pockets|с карманами на молнии"],
              &[ELEGANT, CASUAL, VINTAGE, "Warm|Тёплый|Тёплая|Тёплое|Тёплые"]),
            s("womens-bottoms", "pants", "Pants & Skirts|Брюки и юбки", Opts::Apparel,
              &["Wide-Leg Trousers|широкие брюки|p", "Pleated Skirt|плиссированная юбка|f|skirt", "Jeans|джинсы|p"],
              &["with Elastic Waist|с эластичным поясом", "with Side Pockets|с боковыми карманами"], &[]),
        ],
    },
    Top {
        slug: "mens-clothing",
        icon: "shirt",
        names: ["Men's Clothing", "Мужская одежда", "Ropa de hombre", "Roupas masculinas", "Herrenbekleidung", "ملابس رجالية"],
        adjs: &[CLASSIC, CASUAL, "Slim Fit|Приталенный|Приталенная|Приталенное|Приталенные", "Warm|Тёплый|Тёплая|Тёплое|Тёплые"],
        materials: &[COTTON, POLYESTER, "Wool|Шерсть", "Denim|Деним"],
        brands: &["Northwind", "Urban Fox", "Kaelo", "Brixton Lane"],
        price: (999, 5999),
        tint: "#e6eef8",
        subs: &[
            s("mens-shirts", "shirt", "Shirts & T-Shirts|Рубашки и футболки", Opts::Apparel,
              &["Oxford Shirt|рубашка оксфорд|f", "Polo Shirt|рубашка поло|f", "T-Shirt|футболка|f"],
              &["with Chest Pocket|с нагрудным карманом", "with Short Sleeves|с коротким рукавом"], &[]),
            s("mens-hoodies", "jacket", "Hoodies & Sweatshirts|Худи и свитшоты", Opts::Apparel,
              &["Hooded Sweatshirt|толстовка|f", "Sweatshirt|свитшот|m", "Zip Hoodie|толстовка на молнии|f"],
              &["with Kangaroo Pocket|с карманом-кенгуру", "with Fleece Lining|с флисовой подкладкой"], &[]),
            s("mens-jackets", "jacket", "Jackets & Coats|Куртки и пальто", Opts::Apparel,
              &["Bomber Jacket|куртка-бомбер|f", "Parka|парка|f", "Windbreaker|ветровка|f"],
              &["with Hood|с капюшоном", "with Stand Collar|с воротником-стойкой"], &[]),
            s("mens-pants", "pants", "Pants & Jeans|Брюки и джинсы", Opts::Apparel,
              &["Cargo Pants|брюки карго|p", "Jeans|джинсы|p", "Chinos|чиносы|p"],
              &["with Side Pockets|с боковыми карманами", "with Stretch Fabric|из эластичной ткани"], &[]),
        ],
    },
    Top {
        slug: "phones-telecom",
        icon: "phone",
        names: ["Phones & Telecommunications", "Телефоны и связь", "Teléfonos y telecomunicaciones", "Celulares e telecomunicações", "Handys & Telekommunikation", "الهواتف والاتصالات"],
        adjs: &["Original|Оригинальный|Оригинальная|Оригинальное|Оригинальные", UNIVERSAL, "Slim|Тонкий|Тонкая|Тонкое|Тонкие", NEW],
        materials: &[PLASTIC, SILICONE, ALU, "Tempered glass|Закалённое стекло"],
        brands: &["Xelio", "Novaphone", "BASEUS", "UGREEN", "Orbix"],
        price: (199, 29999),
        tint: "#e8f1fb",
        subs: &[
            s("mobile-phones", "phone", "Mobile Phones|Мобильные телефоны", Opts::Storage,
              &["Smartphone|смартфон|m", "Rugged Smartphone|защищённый смартфон|m"],
              &["with 6.7\" AMOLED Display|с AMOLED-дисплеем 6,7\"", "with 50 MP Camera|с камерой 50 Мп", "with 5000 mAh Battery|с аккумулятором 5000 мАч"], &[]),
            s("phone-cases", "phone", "Phone Cases|Чехлы для телефонов", Opts::Color,
              &["Phone Case|чехол для телефона|m", "Flip Wallet Case|чехол-книжка|m"],
              &["with Card Slot|с отделением для карт", "with Camera Protection|с защитой камеры"], &[]),
            s("chargers-cables", "cable", "Chargers & Cables|Зарядки и кабели", Opts::Length,
              &["USB-C Cable|кабель USB-C|m", "Lightning Cable|кабель Lightning|m"],
              &["with 100W Fast Charging|с быстрой зарядкой 100 Вт", "with Braided Jacket|в нейлоновой оплётке"], &[]),
            s("power-banks", "cable", "Power Banks|Внешние аккумуляторы", Opts::Color,
              &["Power Bank|внешний аккумулятор|m", "Wall Charger|сетевое зарядное устройство|n"],
              &["with 65W Output|мощностью 65 Вт", "with LED Indicator|со светодиодным индикатором"], &[]),
            s("phone-holders", "phone", "Holders & Stands|Держатели и подставки", Opts::Color,
              &["Car Phone Holder|автомобильный держатель для телефона|m", "Desk Phone Stand|настольная подставка для телефона|f"],
              &["with 360° Rotation|с поворотом на 360°", "with Wireless Charging|с беспроводной зарядкой"], &[]),
        ],
    },
    Top {
        slug: "computer-office",
        icon: "laptop",
        names: ["Computer & Office", "Компьютеры и офис", "Informática y oficina", "Computador e escritório", "Computer & Büro", "الكمبيوتر والمكتب"],
        adjs: &[PORTABLE, COMPACT, PRO, NEW],
        materials: &[ALU, ABS, PLASTIC],
        brands: &["Techbook", "Keyron", "Lexar", "Vortek"],
        price: (499, 89999),
        tint: "#eceff4",
        subs: &[
            s("laptops", "laptop", "Laptops|Ноутбуки", Opts::Storage,
              &["Laptop|ноутбук|m", "Gaming Laptop|игровой ноутбук|m"],
              &["with 16 GB RAM|с 16 ГБ ОЗУ", "with 15.6\" IPS Screen|с IPS-экраном 15,6\"", "with Backlit Keyboard|с клавиатурой с подсветкой"], &[]),
            s("keyboards-mice", "keyboard", "Keyboards & Mice|Клавиатуры и мыши", Opts::Color,
              &["Mechanical Keyboard|механическая клавиатура|f", "Wireless Mouse|беспроводная мышь|f"],
              &["with RGB Backlight|с RGB-подсветкой", "with USB Receiver|с USB-приёмником"],
              &[COMPACT, PRO, "Ergonomic|Эргономичный|Эргономичная|Эргономичное|Эргономичные"]),
            s("storage-devices", "box", "Storage Devices|Накопители", Opts::Storage,
              &["External SSD|внешний SSD-накопитель|m", "USB Flash Drive|USB-флешка|f"],
              &["with USB 3.2|с USB 3.2", "in Metal Case|в металлическом корпусе"], &[]),
            s("office-electronics", "box", "Office Electronics|Офисная техника", Opts::Color,
              &["Label Printer|принтер этикеток|m", "Document Scanner|сканер документов|m"],
              &["with Bluetooth|с Bluetooth", "with USB Connection|с подключением по USB"], &[]),
        ],
    },
    Top {
        slug: "consumer-electronics",
        icon: "headphones",
        names: ["Consumer Electronics", "Бытовая электроника", "Electrónica de consumo", "Eletrônicos", "Unterhaltungselektronik", "الإلكترونيات الاستهلاكية"],
        adjs: &[WIRELESS, PORTABLE, COMPACT, NEW],
        materials: &[PLASTIC, ABS, ALU],
        brands: &["Soundcore", "QCY", "Lenovo", "Haylou", "Auralis"],
        price: (599, 19999),
        tint: "#e9f3f1",
        subs: &[
            s("earphones-headphones", "headphones", "Earphones & Headphones|Наушники", Opts::Color,
              &["Bluetooth Earbuds|Bluetooth-наушники|p", "Over-Ear Headphones|полноразмерные наушники|p", "Gaming Headset|игровая гарнитура|f"],
              &["with Noise Cancelling|с шумоподавлением", "with Microphone|с микрофоном", "with 40-Hour Battery|с батареей на 40 часов"], &[]),
            s("portable-speakers", "speaker", "Portable Speakers|Портативные колонки", Opts::Color,
              &["Bluetooth Speaker|Bluetooth-колонка|f", "Soundbar|саундбар|m"],
              &["with Deep Bass|с глубоким басом", "with RGB Lights|с RGB-подсветкой"], &[]),
            s("camera-photo", "camera", "Camera & Photo|Фото и видео", Opts::Color,
              &["Action Camera|экшн-камера|f", "Instant Camera|камера моментальной печати|f"],
              &["with 4K Video|с видео 4K", "with Waterproof Case|с водонепроницаемым боксом"], &[PORTABLE, COMPACT, NEW]),
            s("smart-electronics", "watch", "Smart Electronics|Умная электроника", Opts::Color,
              &["Smart Watch|смарт-часы|p", "Fitness Tracker|фитнес-браслет|m"],
              &["with Heart Rate Monitor|с пульсометром", "with AMOLED Screen|с AMOLED-экраном"], &[]),
            s("video-games", "gamepad", "Video Games|Видеоигры", Opts::Color,
              &["Game Controller|геймпад|m", "Retro Game Console|ретро-консоль|f"],
              &["with Vibration|с вибрацией", "with USB-C Charging|с зарядкой через USB-C"], &[]),
        ],
    },
    Top {
        slug: "jewelry-watches",
        icon: "watch",
        names: ["Jewelry & Watches", "Украшения и часы", "Joyería y relojes", "Joias e relógios", "Schmuck & Uhren", "المجوهرات والساعات"],
        adjs: &[ELEGANT, MINIMAL, "Luxury|Роскошный|Роскошная|Роскошное|Роскошные", VINTAGE],
        materials: &[STEEL, "925 silver|Серебро 925", "Alloy|Сплав", "Titanium steel|Титановая сталь"],
        brands: &["Aurelia", "Silverline", "CURREN", "Naviforce"],
        price: (199, 15999),
        tint: "#f7f1e3",
        subs: &[
            s("rings", "ring", "Rings|Кольца", Opts::RingSize,
              &["Ring|кольцо|n", "Stacking Ring Set|набор колец|m"],
              &["with Cubic Zirconia|с фианитами", "with Engraving|с гравировкой"], &[]),
            s("necklaces", "ring", "Necklaces & Pendants|Колье и подвески", Opts::Color,
              &["Necklace|колье|n", "Chain|цепочка|f"],
              &["with Freshwater Pearls|с пресноводным жемчугом", "with Heart Pendant|с кулоном-сердцем"], &[]),
            s("earrings", "ring", "Earrings|Серьги", Opts::Color,
              &["Stud Earrings|серьги-гвоздики|p", "Hoop Earrings|серьги-кольца|p"],
              &["with Cubic Zirconia|с фианитами", "with Pearls|с жемчугом"], &[]),
            s("watches", "watch", "Watches|Часы", Opts::Color,
              &["Quartz Watch|кварцевые часы|p", "Mechanical Watch|механические часы|p"],
              &["with Leather Strap|с кожаным ремешком", "with Steel Bracelet|со стальным браслетом", "with Luminous Hands|со светящимися стрелками"], &[]),
        ],
    },
    Top {
        slug: "home-garden",
        icon: "home",
        names: ["Home & Garden", "Дом и сад", "Hogar y jardín", "Casa e jardim", "Haus & Garten", "المنزل والحديقة"],
        adjs: &[MODERN, NORDIC, DECOR, "Cozy|Уютный|Уютная|Уютное|Уютные"],
        materials: &["Ceramic|Керамика", COTTON, GLASS, "Bamboo|Бамбук", STEEL],
        brands: &["Homely", "Casa Verde", "Nordhem", "Kitchenix"],
        price: (299, 8999),
        tint: "#eef5e9",
        subs: &[
            s("kitchen-dining", "pot", "Kitchen & Dining|Кухня и столовая", Opts::Color,
              &["Frying Pan|сковорода|f", "Cookware Set|набор посуды|m", "Saucepan|кастрюля|f"],
              &["with Glass Lid|со стеклянной крышкой", "with Wooden Handle|с деревянной ручкой"],
              &["Non-Stick|Антипригарный|Антипригарная|Антипригарное|Антипригарные", DURABLE, CLASSIC]),
            s("home-textiles", "sofa", "Home Textiles|Домашний текстиль", Opts::Color,
              &["Bedding Set|комплект постельного белья|m", "Throw Blanket|плед|m", "Cushion Cover|чехол для подушки|m"],
              &["with Geometric Pattern|с геометрическим узором", "with Tassels|с кисточками"], &[SOFT, NORDIC, "Cozy|Уютный|Уютная|Уютное|Уютные"]),
            s("home-decor", "vase", "Home Decor|Декор для дома", Opts::Color,
              &["Ceramic Vase|керамическая ваза|f", "Wall Clock|настенные часы|p|watch", "Photo Frame|фоторамка|f"],
              &["in Nordic Style|в скандинавском стиле", "with Gold Accents|с золотыми акцентами"], &[DECOR, MODERN, VINTAGE]),
            s("garden-supplies", "plant", "Garden Supplies|Товары для сада", Opts::Color,
              &["Flower Pot|цветочный горшок|m", "Garden Hose|садовый шланг|m", "Solar Garden Light|садовый фонарь на солнечной батарее|m"],
              &["for Balcony|для балкона", "for Outdoor Use|для улицы"], &[DURABLE, MODERN, DECOR]),
            s("storage-organisation", "box", "Storage & Organisation|Хранение и организация", Opts::Color,
              &["Storage Box|ящик для хранения|m", "Drawer Organizer|органайзер для ящика|m"],
              &["with Lid|с крышкой", "with Compartments|с отделениями"],
              &["Foldable|Складной|Складная|Складное|Складные", "Transparent|Прозрачный|Прозрачная|Прозрачное|Прозрачные", COMPACT]),
        ],
    },
    Top {
        slug: "bags-shoes",
        icon: "bag",
        names: ["Bags & Shoes", "Сумки и обувь", "Bolsos y zapatos", "Bolsas e calçados", "Taschen & Schuhe", "الحقائب والأحذية"],
        adjs: &["Fashion|Модный|Модная|Модное|Модные", LIGHT, CASUAL, WATERPROOF],
        materials: &["PU leather|Экокожа", "Genuine leather|Натуральная кожа", NYLON, "Mesh|Сетка"],
        brands: &["Walkmate", "Bellora", "Tigernu", "Stride"],
        price: (799, 7999),
        tint: "#f5ece4",
        subs: &[
            s("womens-bags", "bag", "Women's Bags|Женские сумки", Opts::Color,
              &["Crossbody Bag|сумка через плечо|f", "Tote Bag|сумка-шопер|f", "Clutch|клатч|m"],
              &["with Chain Strap|с ремешком-цепочкой", "with Zip Closure|на молнии"], &[]),
            s("backpacks", "bag", "Backpacks|Рюкзаки", Opts::Color,
              &["Backpack|рюкзак|m", "Laptop Backpack|рюкзак для ноутбука|m"],
              &["with USB Charging Port|с USB-портом для зарядки", "with Anti-Theft Pocket|с карманом от краж"], &[]),
            s("womens-shoes", "shoe", "Women's Shoes|Женская обувь", Opts::Shoes,
              &["Ankle Boots|ботильоны|p", "Ballet Flats|балетки|p", "Platform Sneakers|кроссовки на платформе|p"],
              &["with Block Heel|на устойчивом каблуке", "with Soft Insole|с мягкой стелькой"], &[]),
            s("mens-shoes", "shoe", "Men's Shoes|Мужская обувь", Opts::Shoes,
              &["Running Sneakers|беговые кроссовки|p", "Chelsea Boots|ботинки челси|p", "Loafers|лоферы|p"],
              &["with Breathable Mesh|с дышащей сеткой", "with Non-Slip Sole|с нескользящей подошвой"], &[]),
            s("wallets", "bag", "Wallets|Кошельки", Opts::Color,
              &["Wallet|кошелёк|m", "Card Holder|картхолдер|m"],
              &["with RFID Blocking|с защитой RFID", "with Coin Pocket|с отделением для монет"], &[]),
        ],
    },
    Top {
        slug: "toys-hobbies",
        icon: "bear",
        names: ["Toys & Hobbies", "Игрушки и хобби", "Juguetes y pasatiempos", "Brinquedos e hobbies", "Spielzeug & Hobbys", "الألعاب والهوايات"],
        adjs: &["Educational|Развивающий|Развивающая|Развивающее|Развивающие", "Creative|Креативный|Креативная|Креативное|Креативные", COLOURFUL, CLASSIC],
        materials: &[PLASTIC, WOOD, "Plush|Плюш", ABS],
        brands: &["Playora", "Brickly", "Mimi Toys", "Funtastic"],
        price: (299, 9999),
        tint: "#fff3d6",
        subs: &[
            s("building-blocks", "box", "Building Blocks|Конструкторы", Opts::Pack,
              &["Building Block Set|конструктор|m", "Magnetic Tiles|магнитный конструктор|m"],
              &["with 500 Pieces|на 500 деталей", "with Storage Box|с коробкой для хранения"], &[]),
            s("plush-toys", "bear", "Stuffed Animals & Plush|Мягкие игрушки", Opts::Color,
              &["Plush Bear|плюшевый мишка|m", "Stuffed Bunny|мягкий зайчик|m"],
              &["with Bow|с бантом", "40 cm|40 см"], &[CUTE, SOFT, COLOURFUL]),
            s("rc-toys", "car", "Remote Control Toys|Радиоуправляемые игрушки", Opts::Color,
              &["RC Car|радиоуправляемая машинка|f", "Mini Drone|мини-дрон|m"],
              &["with Rechargeable Battery|с аккумулятором", "with LED Lights|со светодиодной подсветкой"], &[]),
            s("puzzles-games", "box", "Puzzles & Games|Пазлы и игры", Opts::Pack,
              &["Jigsaw Puzzle|пазл|m", "Board Game|настольная игра|f"],
              &["for Adults|для взрослых", "for the Whole Family|для всей семьи"], &[]),
        ],
    },
    Top {
        slug: "sports-outdoors",
        icon: "ball",
        names: ["Sports & Outdoors", "Спорт и отдых", "Deportes y aire libre", "Esportes e lazer", "Sport & Outdoor", "الرياضة والهواء الطلق"],
        adjs: &[LIGHT, DURABLE, PRO, PORTABLE],
        materials: &[NYLON, POLYESTER, ALU, "TPE|ТПЭ"],
        brands: &["Trailpeak", "Naturehike", "ROCKBROS", "Fitvibe"],
        price: (399, 14999),
        tint: "#e7f4ec",
        subs: &[
            s("fitness", "ball", "Fitness & Bodybuilding|Фитнес и бодибилдинг", Opts::Color,
              &["Yoga Mat|коврик для йоги|m", "Resistance Band Set|набор эспандеров|m", "Adjustable Dumbbells|регулируемые гантели|p"],
              &["for Home Workouts|для домашних тренировок", "with Carry Bag|с сумкой для переноски"], &[]),
            s("camping-hiking", "plant", "Camping & Hiking|Кемпинг и туризм", Opts::Color,
              &["Camping Tent|туристическая палатка|f", "Sleeping Bag|спальный мешок|m", "Trekking Poles|треккинговые палки|p"],
              &["with Carry Bag|с чехлом для переноски", "for All Seasons|для любого сезона"], &[]),
            s("cycling", "car", "Cycling|Велоспорт", Opts::Color,
              &["Bike Light Set|набор велофонарей|m", "Cycling Gloves|велоперчатки|p", "Bike Helmet|велошлем|m"],
              &["for Road and MTB|для шоссе и MTB", "with Reflective Details|со светоотражающими элементами"], &[]),
            s("fishing", "fish", "Fishing|Рыбалка", Opts::Color,
              &["Spinning Rod|спиннинг|m", "Fishing Reel|рыболовная катушка|f", "Lure Set|набор приманок|m"],
              &["for Freshwater|для пресной воды", "with Carry Case|с кейсом"], &[]),
            s("sportswear", "shirt", "Sportswear|Спортивная одежда", Opts::Apparel,
              &["Running T-Shirt|беговая футболка|f", "Sports Leggings|спортивные легинсы|p", "Tracksuit|спортивный костюм|m"],
              &["with Quick-Dry Fabric|из быстросохнущей ткани", "with Reflective Print|со светоотражающим принтом"], &[LIGHT, COMFY, PRO]),
        ],
    },
    Top {
        slug: "beauty-health",
        icon: "lipstick",
        names: ["Beauty & Health", "Красота и здоровье", "Belleza y salud", "Beleza e saúde", "Schönheit & Gesundheit", "الجمال والصحة"],
        adjs: &[NATURAL, PRO, COMPACT, PORTABLE],
        materials: &[PLASTIC, GLASS, ABS],
        brands: &["Lumière", "Focallure", "O.TWO.O", "Pure Bloom"],
        price: (199, 6999),
        tint: "#fcebf3",
        subs: &[
            s("makeup", "lipstick", "Makeup|Макияж", Opts::Color,
              &["Lipstick|помада|f", "Liquid Foundation|тональный крем|m", "Eyeshadow Palette|палетка теней|f"],
              &["with Velvet Finish|с бархатным финишем", "in 12 Shades|в 12 оттенках"],
              &["Long-Lasting|Стойкий|Стойкая|Стойкое|Стойкие", "Matte|Матовый|Матовая|Матовое|Матовые", WATERPROOF]),
            s("skin-care", "bottle", "Skin Care|Уход за кожей", Opts::Volume,
              &["Face Serum|сыворотка для лица|f", "Face Cream|крем для лица|m", "Sheet Mask Set|набор тканевых масок|m"],
              &["with Hyaluronic Acid|с гиалуроновой кислотой", "with Vitamin C|с витамином C"],
              &["Moisturising|Увлажняющий|Увлажняющая|Увлажняющее|Увлажняющие", NATURAL, "Gentle|Нежный|Нежная|Нежное|Нежные"]),
            s("nail-art", "bottle", "Nail Art & Tools|Маникюр", Opts::Color,
              &["Gel Nail Polish|гель-лак|m", "UV LED Nail Lamp|UV/LED-лампа для ногтей|f"],
              &["for Salon and Home|для салона и дома", "with Fast Curing|с быстрой полимеризацией"], &[PRO, COMPACT]),
            s("hair-care", "bottle", "Hair Care & Styling|Уход за волосами и укладка", Opts::Plug,
              &["Hair Dryer|фен|m", "Hair Straightener|выпрямитель для волос|m", "Curling Iron|плойка|f"],
              &["with Ionic Technology|с ионизацией", "with Temperature Control|с регулировкой температуры"], &[PRO, COMPACT]),
            s("health-care", "bottle", "Health Care|Здоровье", Opts::Color,
              &["Massage Gun|массажный пистолет|m", "Digital Thermometer|электронный термометр|m", "Blood Pressure Monitor|тонометр|m"],
              &["with LCD Display|с ЖК-дисплеем", "with Carry Case|с чехлом"], &[]),
        ],
    },
    Top {
        slug: "automotive",
        icon: "car",
        names: ["Automotive", "Автотовары", "Automóviles", "Automotivo", "Auto & Motorrad", "السيارات"],
        adjs: &[UNIVERSAL, DURABLE, "Heavy-Duty|Усиленный|Усиленная|Усиленное|Усиленные", PORTABLE],
        materials: &[ABS, ALU, "Rubber|Резина", "PU leather|Экокожа"],
        brands: &["Autovox", "70mai", "Drivepro", "Carlux"],
        price: (399, 12999),
        tint: "#eaedf1",
        subs: &[
            s("car-electronics", "camera", "Car Electronics|Автоэлектроника", Opts::Color,
              &["Dash Cam|видеорегистратор|m", "Car Charger|автомобильное зарядное устройство|n", "FM Transmitter|FM-трансмиттер|m"],
              &["with LCD Display|с ЖК-дисплеем", "with Bluetooth 5.3|с Bluetooth 5.3"], &[]),
            s("interior-accessories", "car", "Interior Accessories|Аксессуары для салона", Opts::Color,
              &["Seat Cover Set|комплект чехлов на сиденья|m", "Steering Wheel Cover|оплётка на руль|f", "Car Organizer|органайзер для автомобиля|m"],
              &["with Anti-Slip Backing|с нескользящей основой", "in Sporty Style|в спортивном стиле"], &[]),
            s("car-care", "bottle", "Car Wash & Care|Мойка и уход", Opts::Color,
              &["Car Vacuum Cleaner|автомобильный пылесос|m", "Microfiber Towel Set|набор микрофибровых полотенец|m"],
              &["for Interior and Body|для салона и кузова", "for Daily Use|для ежедневного ухода"], &[]),
            s("motorcycle", "car", "Motorcycle Accessories|Мотоаксессуары", Opts::Apparel,
              &["Motorcycle Helmet|мотошлем|m", "Riding Gloves|мотоперчатки|p"],
              &["with Reflective Details|со светоотражающими элементами", "with Breathable Lining|с дышащей подкладкой"], &[]),
        ],
    },
    Top {
        slug: "home-improvement",
        icon: "faucet",
        names: ["Home Improvement", "Ремонт", "Mejoras del hogar", "Reforma e construção", "Heimwerken", "تحسين المنزل"],
        adjs: &[MODERN, DURABLE, WATERPROOF, UNIVERSAL],
        materials: &["Brass|Латунь", STEEL, ABS, "PVC|ПВХ"],
        brands: &["Aquaflow", "Homefix", "Voltik", "Brilo"],
        price: (299, 15999),
        tint: "#e6f2f7",
        subs: &[
            s("bathroom-fixtures", "faucet", "Bathroom Fixtures|Сантехника для ванной", Opts::Color,
              &["Basin Faucet|смеситель для раковины|m", "Rain Shower Set|душевая система с тропическим душем|f", "Towel Rack|держатель для полотенец|m"],
              &["with Wall Mount|с настенным креплением", "in Modern Style|в современном стиле"], &[DURABLE, CLASSIC]),
            s("wallpaper-stickers", "vase", "Wallpaper & Wall Stickers|Обои и наклейки", Opts::Color,
              &["Self-Adhesive Wallpaper|самоклеящиеся обои|p", "Wall Sticker|наклейка на стену|f", "3D Wall Panels|3D-панели для стен|p"],
              &["with Marble Pattern|с мраморным узором", "for Living Room|для гостиной"], &[WATERPROOF, DECOR, MODERN]),
            s("electrical", "plug", "Electrical Equipment|Электрика", Opts::Plug,
              &["Smart Plug|умная розетка|f", "Power Strip|сетевой фильтр|m", "Wall Switch|настенный выключатель|m"],
              &["with USB Ports|с USB-портами", "with Wi-Fi Control|с управлением по Wi-Fi"], &[UNIVERSAL, COMPACT, DURABLE]),
            s("kitchen-fixtures", "faucet", "Kitchen Fixtures|Кухонная сантехника", Opts::Color,
              &["Kitchen Faucet|кухонный смеситель|m", "Kitchen Sink|кухонная мойка|f"],
              &["with Easy Installation|с простой установкой", "in Modern Style|в современном стиле"], &[DURABLE, CLASSIC]),
        ],
    },
    Top {
        slug: "mother-kids",
        icon: "stroller",
        names: ["Mother & Kids", "Мама и малыш", "Madre y niños", "Mãe e bebê", "Mutter & Kind", "الأم والطفل"],
        adjs: &[SOFT, "Safe|Безопасный|Безопасная|Безопасное|Безопасные", CUTE, COMFY],
        materials: &[COTTON, SILICONE, "Organic cotton|Органический хлопок", "Polypropylene|Полипропилен"],
        brands: &["Babyjoy", "Little Owl", "Momcare", "Kidsy"],
        price: (299, 19999),
        tint: "#eef3fd",
        subs: &[
            s("baby-clothing", "shirt", "Baby Clothing|Одежда для малышей", Opts::Age,
              &["Baby Romper|песочник|m", "Bodysuit Set|набор боди|m", "Sleepsuit|слип|m"],
              &["with Cartoon Print|с мультяшным принтом", "with Snap Buttons|на кнопках"], &[]),
            s("feeding", "bottle", "Feeding|Кормление", Opts::Color,
              &["Baby Bottle|детская бутылочка|f", "Silicone Bib|силиконовый нагрудник|m", "Suction Plate|тарелка на присоске|f"],
              &["for Newborns|для новорождённых", "BPA-Free|без BPA"], &[]),
            s("strollers", "stroller", "Strollers & Car Seats|Коляски и автокресла", Opts::Color,
              &["Baby Stroller|детская коляска|f", "Stroller Organizer|органайзер для коляски|m"],
              &["with Cup Holder|с подстаканником", "for Everyday Walks|для ежедневных прогулок"], &[]),
            s("kids-clothing", "dress", "Kids' Clothing|Детская одежда", Opts::Age,
              &["Kids' Hoodie|детская толстовка|f", "Girls' Dress|платье для девочки|n", "Boys' T-Shirt|футболка для мальчика|f"],
              &["with Cartoon Print|с мультяшным принтом", "with Pockets|с карманами"], &[]),
        ],
    },
    Top {
        slug: "furniture",
        icon: "sofa",
        names: ["Furniture", "Мебель", "Muebles", "Móveis", "Möbel", "الأثاث"],
        adjs: &[MODERN, NORDIC, COMPACT, MINIMAL],
        materials: &["Solid wood|Массив дерева", "MDF|МДФ", METAL, "Fabric|Ткань"],
        brands: &["Woodstory", "Nordhem", "Loftline", "Comfy Home"],
        price: (1999, 49999),
        tint: "#f3eee6",
        subs: &[
            s("living-room", "sofa", "Living Room Furniture|Мебель для гостиной", Opts::Color,
              &["Sofa|диван|m", "Coffee Table|журнальный столик|m", "TV Stand|тумба под телевизор|f"],
              &["with Storage|с местом для хранения", "in Scandinavian Style|в скандинавском стиле"], &[]),
            s("office-furniture", "chair", "Office Furniture|Офисная мебель", Opts::Color,
              &["Office Chair|офисное кресло|n", "Standing Desk|стол для работы стоя|m"],
              &["with Adjustable Height|с регулируемой высотой", "for Home Office|для домашнего офиса"],
              &[MODERN, COMPACT, "Ergonomic|Эргономичный|Эргономичная|Эргономичное|Эргономичные"]),
            s("bedroom-furniture", "sofa", "Bedroom Furniture|Мебель для спальни", Opts::Color,
              &["Bed Frame|каркас кровати|m", "Nightstand|прикроватная тумбочка|f", "Wardrobe|шкаф для одежды|m"],
              &["with Drawers|с ящиками", "in Scandinavian Style|в скандинавском стиле"], &[]),
            s("outdoor-furniture", "chair", "Outdoor Furniture|Садовая мебель", Opts::Color,
              &["Folding Chair|складной стул|m", "Hammock|гамак|m", "Patio Table|садовый стол|m"],
              &["for Garden and Balcony|для сада и балкона", "with Weatherproof Finish|со всепогодным покрытием"], &[]),
        ],
    },
    Top {
        slug: "lights-lighting",
        icon: "lamp",
        names: ["Lights & Lighting", "Свет и освещение", "Luces e iluminación", "Luzes e iluminação", "Licht & Beleuchtung", "الأضواء والإنارة"],
        adjs: &["Dimmable|Диммируемый|Диммируемая|Диммируемое|Диммируемые", MODERN, SAVING, NORDIC],
        materials: &[ALU, GLASS, "Iron|Железо", ABS],
        brands: &["Lumio", "Yeelight", "Brightway", "Luxon"],
        price: (199, 12999),
        tint: "#fdf6dc",
        subs: &[
            s("ceiling-lights", "lamp", "Ceiling Lights|Потолочные светильники", Opts::Color,
              &["Pendant Light|подвесной светильник|m", "LED Ceiling Light|светодиодный потолочный светильник|m", "Chandelier|люстра|f"],
              &["with Remote Control|с пультом ДУ", "for Living Room|для гостиной"], &[]),
            s("led-strips", "bulb", "LED Strips|Светодиодные ленты", Opts::Length,
              &["LED Strip|светодиодная лента|f", "Neon Light Strip|неоновая лента|f"],
              &["with App Control|с управлением через приложение", "with Music Sync|с синхронизацией под музыку"], &[]),
            s("table-lamps", "lamp", "Table & Desk Lamps|Настольные лампы", Opts::Color,
              &["Desk Lamp|настольная лампа|f", "Bedside Lamp|прикроватная лампа|f"],
              &["with Touch Control|с сенсорным управлением", "with Wireless Charger|с беспроводной зарядкой"], &[]),
            s("light-bulbs", "bulb", "Light Bulbs|Лампочки", Opts::Pack,
              &["LED Bulb|светодиодная лампочка|f", "Smart Bulb|умная лампочка|f"],
              &["E27 9W|E27 9 Вт", "with Warm White Light|с тёплым белым светом"], &[SAVING, "Bright|Яркий|Яркая|Яркое|Яркие"]),
            s("outdoor-lighting", "lamp", "Outdoor Lighting|Уличное освещение", Opts::Color,
              &["Solar Wall Light|настенный светильник на солнечной батарее|m", "Floodlight|прожектор|m"],
              &["with Motion Sensor|с датчиком движения", "with IP65 Protection|с защитой IP65"], &[]),
        ],
    },
    Top {
        slug: "tools",
        icon: "wrench",
        names: ["Tools", "Инструменты", "Herramientas", "Ferramentas", "Werkzeuge", "الأدوات"],
        adjs: &[PRO, DURABLE, UNIVERSAL, PORTABLE],
        materials: &["Chrome vanadium steel|Хром-ванадиевая сталь", "Carbon steel|Углеродистая сталь", ABS],
        brands: &["Deko", "Toolmate", "Workpro", "Ironclad"],
        price: (499, 19999),
        tint: "#fdeee2",
        subs: &[
            s("power-tools", "wrench", "Power Tools|Электроинструменты", Opts::Plug,
              &["Drill|дрель|f", "Angle Grinder|болгарка|f", "Impact Driver|ударный шуруповёрт|m"],
              &["with 2 Batteries|с 2 аккумуляторами", "with Carry Case|с кейсом"],
              &["Cordless|Аккумуляторный|Аккумуляторная|Аккумуляторное|Аккумуляторные", PRO, COMPACT]),
            s("hand-tools", "wrench", "Hand Tools|Ручной инструмент", Opts::Color,
              &["Screwdriver Set|набор отвёрток|m", "Socket Wrench Set|набор торцевых головок|m", "Multitool|мультитул|m"],
              &["with Storage Case|с кейсом для хранения", "of 46 Pieces|из 46 предметов"], &[]),
            s("measurement", "wrench", "Measurement & Analysis|Измерительные приборы", Opts::Color,
              &["Multimeter|мультиметр|m", "Laser Distance Meter|лазерный дальномер|m", "Caliper|штангенциркуль|m"],
              &["with LCD Display|с ЖК-дисплеем", "with Carry Case|с чехлом"],
              &["Digital|Цифровой|Цифровая|Цифровое|Цифровые", PRO, COMPACT]),
            s("welding-soldering", "wrench", "Welding & Soldering|Сварка и пайка", Opts::Plug,
              &["Soldering Iron Kit|набор для пайки|m", "Soldering Station|паяльная станция|f"],
              &["with Temperature Control|с регулировкой температуры", "with Spare Tips|с запасными жалами"], &[]),
        ],
    },
    Top {
        slug: "security-protection",
        icon: "camera",
        names: ["Security & Protection", "Безопасность и защита", "Seguridad y protección", "Segurança e proteção", "Sicherheit & Schutz", "الأمن والحماية"],
        adjs: &[WIRELESS, "Outdoor|Уличный|Уличная|Уличное|Уличные", WATERPROOF, COMPACT],
        materials: &[ABS, ALU, "Zinc alloy|Цинковый сплав"],
        brands: &["Guardio", "Ezviz", "Safelink", "Tuya"],
        price: (499, 19999),
        tint: "#e9ecf2",
        subs: &[
            s("video-surveillance", "camera", "Video Surveillance|Видеонаблюдение", Opts::Color,
              &["IP Camera|IP-камера|f", "Video Doorbell|видеозвонок|m", "Baby Monitor|видеоняня|f"],
              &["with Night Vision|с ночным видением", "with Two-Way Audio|с двусторонней связью"], &[]),
            s("smart-locks", "lock", "Locks|Замки", Opts::Color,
              &["Smart Door Lock|умный дверной замок|m", "Padlock|навесной замок|m"],
              &["with Fingerprint Unlock|с разблокировкой по отпечатку", "with App Control|с управлением через приложение"],
              &["Reliable|Надёжный|Надёжная|Надёжное|Надёжные", COMPACT]),
            s("alarm-sensors", "lock", "Alarm & Sensors|Сигнализации и датчики", Opts::Color,
              &["Door Sensor|датчик открытия двери|m", "Smoke Detector|датчик дыма|m", "Alarm Kit|комплект сигнализации|m"],
              &["with Wi-Fi|с Wi-Fi", "with Loud Siren|с громкой сиреной"], &[WIRELESS, SMART, COMPACT]),
            s("workplace-safety", "lock", "Workplace Safety|Охрана труда", Opts::Apparel,
              &["Safety Glasses|защитные очки|p", "Work Gloves|рабочие перчатки|p", "Safety Helmet|защитная каска|f"],
              &["for Construction Work|для строительных работ", "with CE Certification|с сертификатом CE"], &[DURABLE, LIGHT, PRO]),
        ],
    },
    Top {
        slug: "office-school",
        icon: "pencil",
        names: ["Office & School Supplies", "Канцтовары", "Material escolar y de oficina", "Material escolar e de escritório", "Büro- & Schulbedarf", "اللوازم المكتبية والمدرسية"],
        adjs: &[CUTE, COLOURFUL, MINIMAL, CLASSIC],
        materials: &["Paper|Бумага", PLASTIC, METAL, WOOD],
        brands: &["Deli", "Paperly", "Inkwell", "Studio M"],
        price: (99, 2999),
        tint: "#f1f0fb",
        subs: &[
            s("pens-pencils", "pencil", "Pens & Pencils|Ручки и карандаши", Opts::Pack,
              &["Gel Pen Set|набор гелевых ручек|m", "Coloured Pencils|цветные карандаши|p", "Highlighter Set|набор текстовыделителей|m"],
              &["in 24 Colours|в 24 цветах", "in a Case|в пенале"], &[]),
            s("notebooks-planners", "pencil", "Notebooks & Planners|Блокноты и ежедневники", Opts::Color,
              &["Notebook|блокнот|m", "Weekly Planner|еженедельник|m", "Sketchbook|скетчбук|m"],
              &["with Dotted Pages|в точку", "A5, 200 Pages|А5, 200 страниц"], &[]),
            s("desk-accessories", "box", "Desk Accessories|Настольные аксессуары", Opts::Color,
              &["Desk Organizer|органайзер для стола|m", "Pen Holder|подставка для ручек|f", "Stapler|степлер|m"],
              &["for Office and Home|для офиса и дома", "in Nordic Style|в скандинавском стиле"], &[]),
            s("school-supplies", "bag", "School Supplies|Школьные принадлежности", Opts::Color,
              &["Pencil Case|пенал|m", "School Backpack|школьный рюкзак|m", "Lunch Box|ланч-бокс|m"],
              &["with Cartoon Print|с мультяшным принтом", "for Kids|для детей"], &[]),
        ],
    },
    Top {
        slug: "pet-products",
        icon: "paw",
        names: ["Pet Products", "Товары для животных", "Productos para mascotas", "Produtos para animais", "Haustierbedarf", "مستلزمات الحيوانات الأليفة"],
        adjs: &[SOFT, DURABLE, CUTE, "Interactive|Интерактивный|Интерактивная|Интерактивное|Интерактивные"],
        materials: &[COTTON, NYLON, "Plush|Плюш", SILICONE],
        brands: &["Pawsome", "Petlane", "Happy Tail", "Purrfect"],
        price: (199, 7999),
        tint: "#f6efe7",
        subs: &[
            s("dog-supplies", "paw", "Dog Supplies|Товары для собак", Opts::PetSize,
              &["Dog Harness|шлейка для собак|f", "Dog Leash|поводок для собак|m", "Dog Bed|лежанка для собак|f"],
              &["with Reflective Strips|со светоотражающими полосами", "for Small and Medium Dogs|для мелких и средних пород"], &[DURABLE, SOFT, COMFY]),
            s("cat-supplies", "paw", "Cat Supplies|Товары для кошек", Opts::Color,
              &["Cat Tree|домик-когтеточка|m", "Cat Toy Set|набор игрушек для кошек|m", "Scratching Post|когтеточка|f"],
              &["with Sisal Rope|с сизалевой верёвкой", "with Feather Wand|с удочкой-дразнилкой"], &[]),
            s("aquarium", "fish", "Aquariums & Fish|Аквариумистика", Opts::Color,
              &["Aquarium Filter|аквариумный фильтр|m", "Aquarium LED Light|светильник для аквариума|m", "Fish Tank|аквариум|m"],
              &["with Quiet Operation|с тихой работой", "for Home and Office|для дома и офиса"], &[COMPACT, MODERN, SAVING]),
            s("pet-feeding", "cup", "Feeding & Watering|Кормушки и поилки", Opts::Color,
              &["Automatic Feeder|автокормушка|f", "Water Fountain|поилка-фонтан|f", "Slow Feeder Bowl|миска для медленного кормления|f"],
              &["for Cats and Dogs|для кошек и собак", "with Stainless Steel Bowl|с миской из нержавеющей стали"], &[SMART, COMPACT, DURABLE]),
        ],
    },
    Top {
        slug: "food",
        icon: "cup",
        names: ["Food", "Продукты питания", "Alimentación", "Alimentos", "Lebensmittel", "الأطعمة"],
        adjs: &["Organic|Органический|Органическая|Органическое|Органические", "Premium|Премиальный|Премиальная|Премиальное|Премиальные", NATURAL],
        materials: &[],
        brands: &["Tea Garden", "Golden Leaf", "Nutfarm", "Spice Route"],
        price: (199, 3999),
        tint: "#f4f1e2",
        subs: &[
            s("tea-coffee", "cup", "Tea & Coffee|Чай и кофе", Opts::Weight,
              &["Green Tea|зелёный чай|m", "Oolong Tea|чай улун|m", "Coffee Beans|кофе в зёрнах|m"],
              &["from Yunnan|из Юньнани", "in a Gift Box|в подарочной упаковке"], &[]),
            s("snacks-sweets", "box", "Snacks & Sweets|Снеки и сладости", Opts::Weight,
              &["Dried Mango|сушёное манго|n", "Mixed Nuts|ореховое ассорти|n", "Dark Chocolate|тёмный шоколад|m"],
              &["without Added Sugar|без добавления сахара", "in a Resealable Pack|в упаковке с зип-замком"], &[]),
            s("spices", "bottle", "Spices & Seasonings|Специи и приправы", Opts::Weight,
              &["Sichuan Pepper|сычуаньский перец|m", "Curry Powder|порошок карри|m", "Spice Set|набор специй|m"],
              &["in a Glass Jar|в стеклянной банке", "for Asian Cuisine|для азиатской кухни"], &[]),
        ],
    },
    Top {
        slug: "musical-instruments",
        icon: "guitar",
        names: ["Musical Instruments", "Музыкальные инструменты", "Instrumentos musicales", "Instrumentos musicais", "Musikinstrumente", "الآلات الموسيقية"],
        adjs: &[PRO, CLASSIC, PORTABLE, COMPACT],
        materials: &["Spruce|Ель", "Mahogany|Красное дерево", METAL, ABS],
        brands: &["Melodia", "Harmonix", "Donner", "Tonewood"],
        price: (499, 39999),
        tint: "#f5ebe0",
        subs: &[
            s("guitars-strings", "guitar", "Guitars & Strings|Гитары и струнные", Opts::Color,
              &["Acoustic Guitar|акустическая гитара|f", "Ukulele|укулеле|n", "Electric Guitar|электрогитара|f"],
              &["with Gig Bag|с чехлом", "for Beginners|для начинающих"], &[]),
            s("keyboards-pianos", "guitar", "Keyboards & Pianos|Клавишные", Opts::Color,
              &["Digital Piano|цифровое пианино|n", "MIDI Keyboard|MIDI-клавиатура|f", "Roll-Up Piano|гибкое пианино|n"],
              &["with 61 Keys|на 61 клавишу", "with Built-in Speakers|со встроенными динамиками"], &[]),
            s("instrument-accessories", "guitar", "Instrument Accessories|Аксессуары для инструментов", Opts::Color,
              &["Guitar Capo|каподастр|m", "Clip-On Tuner|тюнер-прищепка|m", "Guitar Strap|ремень для гитары|m"],
              &["for Acoustic and Electric Guitars|для акустических и электрогитар", "in a Gift Box|в подарочной коробке"], &[]),
            s("drums-percussion", "guitar", "Drums & Percussion|Ударные", Opts::Color,
              &["Electronic Drum Kit|электронная барабанная установка|f", "Cajon|кахон|m", "Kalimba|калимба|f"],
              &["with Carry Bag|с сумкой для переноски", "for Beginners|для начинающих"], &[]),
        ],
    },
    Top {
        slug: "weddings-events",
        icon: "gift",
        names: ["Weddings & Events", "Свадьбы и торжества", "Bodas y eventos", "Casamentos e eventos", "Hochzeiten & Feste", "الأعراس والمناسبات"],
        adjs: &[ELEGANT, "Romantic|Романтичный|Романтичная|Романтичное|Романтичные", "Luxury|Роскошный|Роскошная|Роскошное|Роскошные"],
        materials: &["Satin|Атлас", "Lace|Кружево", "Paper|Бумага", "Tulle|Фатин"],
        brands: &["Bridella", "Everafter", "Partyland"],
        price: (199, 29999),
        tint: "#fdf0f0",
        subs: &[
            s("wedding-dresses", "dress", "Wedding Dresses|Свадебные платья", Opts::Apparel,
              &["Wedding Dress|свадебное платье|n", "Bridesmaid Dress|платье подружки невесты|n"],
              &["with Lace Appliqué|с кружевной аппликацией", "with Long Train|со шлейфом"], &[]),
            s("party-supplies", "gift", "Party Supplies|Товары для праздника", Opts::Pack,
              &["Balloon Set|набор воздушных шаров|m", "Birthday Banner|праздничная растяжка|f", "Party Tableware Set|набор праздничной посуды|m"],
              &["for a Birthday Party|для дня рождения", "with Gold Confetti|с золотым конфетти"], &[COLOURFUL, ELEGANT]),
            s("wedding-accessories", "gift", "Wedding Accessories|Свадебные аксессуары", Opts::Color,
              &["Bridal Veil|фата|f", "Wedding Guest Book|свадебная книга пожеланий|f", "Ring Pillow|подушечка для колец|f"],
              &["with Pearl Details|с жемчужными деталями", "in Rustic Style|в стиле рустик"], &[]),
        ],
    },
    Top {
        slug: "hair-wigs",
        icon: "comb",
        names: ["Hair Extensions & Wigs", "Парики и накладные волосы", "Extensiones de cabello y pelucas", "Perucas e apliques", "Haarverlängerungen & Perücken", "وصلات الشعر والباروكات"],
        adjs: &[NATURAL, "Wavy|Волнистый|Волнистая|Волнистое|Волнистые", "Straight|Прямой|Прямая|Прямое|Прямые", "Silky|Шелковистый|Шелковистая|Шелковистое|Шелковистые"],
        materials: &["Human hair|Натуральные волосы", "Heat-resistant fibre|Термостойкое волокно"],
        brands: &["Beauty Forever", "Silkwave", "Luvme", "Ishow"],
        price: (999, 29999),
        tint: "#f3ece8",
        subs: &[
            s("human-hair-wigs", "wig", "Human Hair Wigs|Парики из натуральных волос", Opts::HairLength,
              &["Lace Front Wig|парик на сетке|m", "Bob Wig|парик-каре|m"],
              &["with Baby Hair|с волосками по линии роста", "with Pre-Plucked Hairline|с естественной линией роста"], &[]),
            s("synthetic-wigs", "wig", "Synthetic Wigs|Синтетические парики", Opts::Color,
              &["Synthetic Wig|синтетический парик|m", "Cosplay Wig|парик для косплея|m"],
              &["with Bangs|с чёлкой", "in Heat-Resistant Fibre|из термостойкого волокна"], &[]),
            s("hair-extensions", "wig", "Hair Extensions|Накладные волосы", Opts::HairLength,
              &["Clip-In Hair Extensions|накладные пряди на заколках|p", "Ponytail Extension|накладной хвост|m"],
              &["with Invisible Clips|с незаметными заколками", "for Daily Wear|на каждый день"], &[]),
            s("hair-accessories", "comb", "Hair Accessories|Аксессуары для волос", Opts::Pack,
              &["Hair Clips|заколки для волос|p", "Scrunchie Set|набор резинок для волос|m", "Headband|ободок|m"],
              &["with Pearls|с жемчугом", "in Korean Style|в корейском стиле"], &[CUTE, ELEGANT, MINIMAL]),
        ],
    },
    Top {
        slug: "novelty-special",
        icon: "star",
        names: ["Novelty & Special Use", "Необычные товары", "Novedades y uso especial", "Novidades e uso especial", "Neuheiten & Spezialbedarf", "منتجات مبتكرة واستخدامات خاصة"],
        adjs: &["Funny|Забавный|Забавная|Забавное|Забавные", "Creative|Креативный|Креативная|Креативное|Креативные", "Unusual|Необычный|Необычная|Необычное|Необычные"],
        materials: &[PLASTIC, "Resin|Смола", "Fabric|Ткань"],
        brands: &["Oddity", "Funbox", "Cosmo"],
        price: (299, 8999),
        tint: "#efeafb",
        subs: &[
            s("costumes-cosplay", "star", "Costumes & Cosplay|Костюмы и косплей", Opts::Apparel,
              &["Halloween Costume|костюм на Хэллоуин|m", "Anime Cosplay Costume|аниме-костюм для косплея|m", "Carnival Mask|карнавальная маска|f"],
              &["for Adults|для взрослых", "with Accessories|с аксессуарами"], &[]),
            s("funny-gadgets", "star", "Funny Gadgets|Забавные гаджеты", Opts::Color,
              &["Desk Toy|настольная игрушка|f", "Levitating Plant Pot|левитирующий горшок|m", "Galaxy Projector|проектор звёздного неба|m"],
              &["with LED Lights|со светодиодной подсветкой", "in a Gift Box|в подарочной коробке"], &[]),
            s("work-uniforms", "shirt", "Work Uniforms|Спецодежда", Opts::Apparel,
              &["Chef Jacket|поварской китель|m", "Medical Scrubs|медицинский костюм|m", "Work Overalls|рабочий комбинезон|m"],
              &["with Pockets|с карманами", "in Breathable Fabric|из дышащей ткани"], &[DURABLE, COMFY, PRO]),
        ],
    },
    Top {
        slug: "tablets-ebooks",
        icon: "tablet",
        names: ["Tablets & E-books", "Планшеты и электронные книги", "Tabletas y libros electrónicos", "Tablets e e-readers", "Tablets & E-Reader", "الأجهزة اللوحية والكتب الإلكترونية"],
        adjs: &["Slim|Тонкий|Тонкая|Тонкое|Тонкие", PORTABLE, LIGHT, NEW],
        materials: &[ALU, PLASTIC, "PU leather|Экокожа"],
        brands: &["Tabix", "PocketBook", "Teclast", "Readwell"],
        price: (799, 39999),
        tint: "#e8eef7",
        subs: &[
            s("tablets", "tablet", "Tablets|Планшеты", Opts::Storage,
              &["Android Tablet|планшет на Android|m", "Kids Tablet|детский планшет|m"],
              &["with 10.1\" Screen|с экраном 10,1\"", "with 4G LTE|с поддержкой 4G LTE"], &[]),
            s("ebook-readers", "tablet", "E-book Readers|Электронные книги", Opts::Color,
              &["E-book Reader|электронная книга|f", "E-Ink Reader|ридер на E-Ink|m"],
              &["with Front Light|с подсветкой экрана", "with 6\" E-Ink Screen|с экраном E-Ink 6\""], &[]),
            s("tablet-accessories", "tablet", "Tablet Accessories|Аксессуары для планшетов", Opts::Color,
              &["Tablet Case|чехол для планшета|m", "Stylus Pen|стилус|m", "Tablet Keyboard|клавиатура для планшета|f"],
              &["for iPad and Android|для iPad и Android", "with Magnetic Attachment|с магнитным креплением"], &[]),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn slugs_are_unique_and_words_well_formed() {
        let mut slugs = HashSet::new();
        for top in &TOPS {
            assert!(slugs.insert(top.slug), "{}", top.slug);
            assert!((3..=6).contains(&top.subs.len()), "{}", top.slug);
            for a in top.adjs {
                assert_eq!(a.split('|').count(), 5, "{a}");
            }
            for m in top.materials {
                assert_eq!(m.split('|').count(), 2, "{m}");
            }
            for sub in top.subs {
                assert!(slugs.insert(sub.slug), "{}", sub.slug);
                assert_eq!(sub.name.split('|').count(), 2, "{}", sub.name);
                for a in sub.adjs {
                    assert_eq!(a.split('|').count(), 5, "{a}");
                }
                for n in sub.nouns {
                    let parts: Vec<&str> = n.split('|').collect();
                    assert!((3..=4).contains(&parts.len()), "{n}");
                    assert!(["m", "f", "n", "p"].contains(&parts[2]), "{n}");
                }
                for f in sub.feats {
                    assert_eq!(f.split('|').count(), 2, "{f}");
                }
            }
        }
    }
}
