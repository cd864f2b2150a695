//! The seeder's own vocabulary: sellers' name parts and countries, warehouses, reviewers' names,
//! review texts. What the running shop also reads (colours, option and attribute names,
//! ship-to countries, carriers) is [`crate::vocabulary`].

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
