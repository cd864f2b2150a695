//! Vocabulary shared by the generator and the read side: colours, option and attribute names,
//! sellers' name parts, carriers, reviews. Languages are indexed like [`crate::lang::Lang`].

/// `key, hex, en, ru, es, pt-BR, de, ar`.
pub const COLORS: [(&str, &str, [&str; 6]); 15] = [
    (
        "black",
        "#2b2f36",
        ["Black", "Чёрный", "Negro", "Preto", "Schwarz", "أسود"],
    ),
    (
        "white",
        "#f4f4f2",
        ["White", "Белый", "Blanco", "Branco", "Weiß", "أبيض"],
    ),
    (
        "red",
        "#d64545",
        ["Red", "Красный", "Rojo", "Vermelho", "Rot", "أحمر"],
    ),
    (
        "blue",
        "#3470d6",
        ["Blue", "Синий", "Azul", "Azul", "Blau", "أزرق"],
    ),
    (
        "green",
        "#3a9a5b",
        ["Green", "Зелёный", "Verde", "Verde", "Grün", "أخضر"],
    ),
    (
        "pink",
        "#e88bb0",
        ["Pink", "Розовый", "Rosa", "Rosa", "Rosa", "وردي"],
    ),
    (
        "grey",
        "#8a9099",
        ["Grey", "Серый", "Gris", "Cinza", "Grau", "رمادي"],
    ),
    (
        "beige",
        "#d9c4a3",
        ["Beige", "Бежевый", "Beige", "Bege", "Beige", "بيج"],
    ),
    (
        "yellow",
        "#f2c230",
        ["Yellow", "Жёлтый", "Amarillo", "Amarelo", "Gelb", "أصفر"],
    ),
    (
        "purple",
        "#8a5cc2",
        ["Purple", "Фиолетовый", "Morado", "Roxo", "Lila", "بنفسجي"],
    ),
    (
        "brown",
        "#8b5a3c",
        ["Brown", "Коричневый", "Marrón", "Marrom", "Braun", "بني"],
    ),
    (
        "gold",
        "#c9a227",
        ["Gold", "Золотой", "Dorado", "Dourado", "Gold", "ذهبي"],
    ),
    (
        "silver",
        "#b8bcc4",
        [
            "Silver",
            "Серебристый",
            "Plateado",
            "Prateado",
            "Silber",
            "فضي",
        ],
    ),
    (
        "navy",
        "#24335e",
        [
            "Navy",
            "Тёмно-синий",
            "Azul marino",
            "Azul-marinho",
            "Marineblau",
            "كحلي",
        ],
    ),
    (
        "orange",
        "#f08a24",
        [
            "Orange",
            "Оранжевый",
            "Naranja",
            "Laranja",
            "Orange",
            "برتقالي",
        ],
    ),
];

pub fn color_index(key: &str) -> Option<usize> {
    COLORS.iter().position(|(k, _, _)| *k == key)
}

/// Option names: `key -> [en, ru, es, pt-BR, de, ar]`.
pub const OPTION_NAMES: [(&str, [&str; 6]); 9] = [
    ("color", ["Color", "Цвет", "Color", "Cor", "Farbe", "اللون"]),
    (
        "size",
        ["Size", "Размер", "Talla", "Tamanho", "Größe", "المقاس"],
    ),
    (
        "storage",
        [
            "Storage",
            "Память",
            "Almacenamiento",
            "Armazenamento",
            "Speicher",
            "السعة",
        ],
    ),
    (
        "length",
        [
            "Length",
            "Длина",
            "Longitud",
            "Comprimento",
            "Länge",
            "الطول",
        ],
    ),
    (
        "plug",
        ["Plug", "Вилка", "Enchufe", "Plugue", "Stecker", "القابس"],
    ),
    (
        "weight",
        ["Weight", "Вес", "Peso", "Peso", "Gewicht", "الوزن"],
    ),
    (
        "quantity",
        [
            "Quantity",
            "Количество",
            "Cantidad",
            "Quantidade",
            "Menge",
            "الكمية",
        ],
    ),
    ("age", ["Age", "Возраст", "Edad", "Idade", "Alter", "العمر"]),
    (
        "volume",
        ["Volume", "Объём", "Volumen", "Volume", "Volumen", "الحجم"],
    ),
];

/// Attribute names: `key -> [en, ru, es, pt-BR, de, ar]`.
pub const ATTRIBUTE_NAMES: [(&str, [&str; 6]); 4] = [
    (
        "brand",
        [
            "Brand",
            "Бренд",
            "Marca",
            "Marca",
            "Marke",
            "العلامة التجارية",
        ],
    ),
    (
        "material",
        [
            "Material",
            "Материал",
            "Material",
            "Material",
            "Material",
            "المادة",
        ],
    ),
    (
        "model",
        [
            "Model number",
            "Номер модели",
            "Número de modelo",
            "Número do modelo",
            "Modellnummer",
            "رقم الموديل",
        ],
    ),
    (
        "origin",
        [
            "Origin",
            "Происхождение",
            "Origen",
            "Origem",
            "Herkunft",
            "بلد المنشأ",
        ],
    ),
];

pub const ORIGINS: [(&str, [&str; 6]); 4] = [
    (
        "CN",
        [
            "Mainland China",
            "Китай",
            "China continental",
            "China continental",
            "Festlandchina",
            "الصين",
        ],
    ),
    (
        "TR",
        ["Turkey", "Турция", "Turquía", "Turquia", "Türkei", "تركيا"],
    ),
    (
        "KR",
        [
            "South Korea",
            "Южная Корея",
            "Corea del Sur",
            "Coreia do Sul",
            "Südkorea",
            "كوريا الجنوبية",
        ],
    ),
    (
        "VN",
        [
            "Vietnam",
            "Вьетнам",
            "Vietnam",
            "Vietnã",
            "Vietnam",
            "فيتنام",
        ],
    ),
];

pub fn lookup6(
    table: &'static [(&'static str, [&'static str; 6])],
    key: &str,
    lang: usize,
) -> Option<&'static str> {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, names)| names[lang.min(5)])
}

/// "Pieces" option values per language: `{n} pc(s)`.
pub fn pieces(n: u32, lang: usize) -> String {
    match lang {
        1 => format!("{n} шт."),
        2 => format!("{n} {}", if n == 1 { "ud." } else { "uds." }),
        3 => format!("{n} {}", if n == 1 { "peça" } else { "peças" }),
        4 => format!("{n} Stk."),
        5 => format!("{n} قطعة"),
        _ => format!("{n} {}", if n == 1 { "pc" } else { "pcs" }),
    }
}

pub const STORE_PREFIXES: [&str; 32] = [
    "Shenzhen",
    "Guangzhou",
    "Yiwu",
    "Hangzhou",
    "Ningbo",
    "Dongguan",
    "Xiamen",
    "Foshan",
    "Global",
    "Sunny",
    "Happy",
    "Lucky",
    "Golden",
    "Blue Ocean",
    "Red Maple",
    "Smart",
    "Bright",
    "Urban",
    "Nova",
    "Star",
    "Moonlight",
    "Panda",
    "Dragon",
    "Lotus",
    "Jade",
    "Silk Road",
    "Orient",
    "Pixel",
    "Eco",
    "Pure",
    "Maple",
    "Zen",
];
pub const STORE_SUFFIXES: [&str; 12] = [
    "Tech", "Home", "Fashion", "Digital", "Trading", "Life", "Outdoor", "Beauty", "Toys", "Tools",
    "Official", "Direct",
];

/// Seller countries with weights (percent).
pub const SELLER_COUNTRIES: [(&str, u64); 8] = [
    ("CN", 82),
    ("RU", 5),
    ("TR", 4),
    ("KR", 3),
    ("ES", 2),
    ("US", 2),
    ("DE", 1),
    ("PL", 1),
];

/// Countries the shop ships to.
pub const SHIP_TO: [&str; 24] = [
    "US", "RU", "BR", "ES", "DE", "FR", "GB", "UA", "KZ", "SA", "AE", "TR", "IL", "PL", "IT", "NL",
    "CA", "AU", "MX", "CL", "PT", "BY", "KR", "JP",
];

/// Warehouse countries with weights (percent).
pub const SHIPS_FROM: [(&str, u64); 7] = [
    ("CN", 78),
    ("RU", 7),
    ("ES", 4),
    ("US", 4),
    ("DE", 3),
    ("PL", 2),
    ("TR", 2),
];

/// Carriers: `name, tracking, base cost cents, days min, days max`.
pub const CARRIERS: [(&str, bool, i64, u16, u16); 7] = [
    ("AliExpress Standard Shipping", true, 199, 12, 25),
    ("Cainiao Saver", true, 99, 15, 35),
    ("China Post Ordinary Mail", false, 0, 20, 45),
    ("Cainiao Super Economy", false, 0, 18, 40),
    ("DHL Express", true, 1999, 4, 8),
    ("FedEx International Priority", true, 2499, 3, 7),
    ("Local Warehouse Express", true, 299, 2, 6),
];

pub const FIRST_NAMES: [&str; 24] = [
    "Anna", "Ivan", "Maria", "Carlos", "Lucas", "Sofia", "Emma", "Oleg", "Ahmed", "Fatima",
    "Lukas", "Julia", "Pedro", "Dmitry", "Olga", "John", "Mehmet", "Noa", "Kasia", "Ana", "Yusuf",
    "Elena", "Marco", "Chloe",
];

/// Review texts by stars: `(stars, en, ru)`.
pub const REVIEW_TEXTS: [(u8, &str, &str); 24] = [
    (
        5,
        "Exactly as described, great quality for the price. Fast delivery!",
        "Полностью соответствует описанию, отличное качество за свои деньги. Быстрая доставка!",
    ),
    (
        5,
        "Second order from this store, everything is perfect as always.",
        "Второй заказ в этом магазине, всё как всегда отлично.",
    ),
    (
        5,
        "Well packed, arrived in two weeks. Recommend the seller.",
        "Хорошо упаковано, пришло за две недели. Продавца рекомендую.",
    ),
    (
        5,
        "Looks even better than in the photos. Very happy.",
        "В жизни выглядит даже лучше, чем на фото. Очень довольна.",
    ),
    (
        5,
        "Works perfectly, the seller answered all my questions.",
        "Работает отлично, продавец ответил на все вопросы.",
    ),
    (
        5,
        "Bought as a gift, everyone loved it. Thank you!",
        "Брал в подарок, всем очень понравилось. Спасибо!",
    ),
    (
        5,
        "Size fits exactly per the chart. Material is pleasant.",
        "Размер точно по таблице. Материал приятный.",
    ),
    (
        5,
        "Great value. Tracking worked the whole way.",
        "Отличное соотношение цены и качества. Трек отслеживался всю дорогу.",
    ),
    (
        5,
        "Top quality, I will order again.",
        "Качество на высоте, буду заказывать ещё.",
    ),
    (
        4,
        "Good product, but delivery took a bit longer than expected.",
        "Хороший товар, но доставка заняла чуть больше времени, чем ожидал.",
    ),
    (
        4,
        "Quality is fine, colour is slightly different from the photo.",
        "Качество нормальное, цвет немного отличается от фото.",
    ),
    (
        4,
        "Does its job. Packaging could be better.",
        "Свою работу выполняет. Упаковка могла бы быть лучше.",
    ),
    (
        4,
        "Nice item for this price, small scratch on the side.",
        "Неплохая вещь за такую цену, небольшая царапина сбоку.",
    ),
    (
        4,
        "Runs a little small, order one size up.",
        "Маломерит, берите на размер больше.",
    ),
    (
        3,
        "Average. It works, but feels cheap.",
        "Средне. Работает, но ощущается дешёвым.",
    ),
    (
        3,
        "The item is OK, delivery was very slow.",
        "Товар нормальный, доставка очень долгая.",
    ),
    (
        3,
        "Not exactly like the photos, but usable.",
        "Не совсем как на фото, но пользоваться можно.",
    ),
    (
        2,
        "Quality is worse than expected, one part was loose.",
        "Качество хуже ожидаемого, одна деталь болталась.",
    ),
    (
        2,
        "Colour does not match the listing. The seller offered a partial refund.",
        "Цвет не совпадает с описанием. Продавец предложил частичный возврат.",
    ),
    (
        1,
        "Arrived broken. Opened a dispute, got a full refund.",
        "Пришло сломанным. Открыл спор, деньги вернули полностью.",
    ),
    (
        1,
        "Parcel never arrived, refunded after the protection period.",
        "Посылка так и не пришла, деньги вернули после окончания защиты.",
    ),
    (
        5,
        "Fast shipping from the local warehouse, arrived in 5 days.",
        "Быстрая доставка с локального склада, пришло за 5 дней.",
    ),
    (
        4,
        "Good, but the instructions are only in Chinese.",
        "Хорошо, но инструкция только на китайском.",
    ),
    (
        5,
        "Excellent seller, very polite and helpful.",
        "Отличный продавец, очень вежливый и отзывчивый.",
    ),
];

pub const REVIEW_COUNTRIES: [&str; 12] = [
    "RU", "US", "BR", "ES", "FR", "DE", "PL", "UA", "KZ", "IL", "GB", "SA",
];

/// Picks from a weighted `(value, percent)` table.
pub fn weighted<'a>(table: &'a [(&'a str, u64)], roll: u64) -> &'a str {
    let total: u64 = table.iter().map(|(_, w)| w).sum();
    let mut r = roll % total.max(1);
    for (v, w) in table {
        if r < *w {
            return v;
        }
        r -= w;
    }
    table.first().map(|(v, _)| *v).unwrap_or("CN")
}
