//! The catalogue's vocabulary, read by the running shop and by the seeder: colours, option and
//! attribute names, origins, ship-to countries and carriers. Languages are indexed like
//! [`crate::lang::Lang`].

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

/// Countries the shop ships to.
pub const SHIP_TO: [&str; 24] = [
    "US", "RU", "BR", "ES", "DE", "FR", "GB", "UA", "KZ", "SA", "AE", "TR", "IL", "PL", "IT", "NL",
    "CA", "AU", "MX", "CL", "PT", "BY", "KR", "JP",
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
