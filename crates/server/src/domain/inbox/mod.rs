//! The inbox's plain rules: which audit-log events become notifications, when the "protection
//! ends soon" notice is due, when a wish-list price drop is told, and what the simulated seller
//! answers (demo mode). [`notify`] writes the notifications.

pub mod notify;

use crate::clock::{DAY, HOUR};
use storefront_api::inbox::NotificationKind;

/// The simulated seller answers this long after a buyer's message (demo mode).
pub const SIM_REPLY_AFTER: i64 = 2 * HOUR;
/// "Buyer protection ends in 3 days".
pub const PROTECTION_NOTICE_BEFORE: i64 = 3 * DAY;

/// The notification an order audit-log event (`order_events.kind`) writes, if any.
pub fn order_event_kind(kind: &str) -> Option<NotificationKind> {
    Some(match kind {
        "paid_held" => NotificationKind::OrderPaid,
        "shipped" => NotificationKind::OrderShipped,
        "delivered" => NotificationKind::OrderDelivered,
        "auto_confirmed" => NotificationKind::AutoConfirmed,
        _ => return None,
    })
}

/// The notification a dispute audit-log event writes, if any: the seller's answers (a proposal,
/// accepting or rejecting, a message, resending) and decisions (the platform's, or the buyer's
/// proposal standing when the seller did not answer in time).
pub fn dispute_event_kind(actor: &str, kind: &str) -> Option<NotificationKind> {
    match (actor, kind) {
        ("seller", "proposed" | "accepted" | "rejected" | "message" | "resent") => {
            Some(NotificationKind::DisputeAnswered)
        }
        (_, "decided" | "auto_accepted") => Some(NotificationKind::DisputeDecided),
        _ => None,
    }
}

/// Whether "protection ends in 3 days" is due at `now` for an order whose timer ends at
/// `deadline`: within the last three days, not after.
pub fn protection_notice_due(deadline: i64, now: i64) -> bool {
    now < deadline && deadline - now <= PROTECTION_NOTICE_BEFORE
}

/// A wish-listed product's price to announce: lower than when added and lower than the last
/// price announced (so each further drop is told once, a rise and fall back is not).
pub fn price_drop(added: i64, notified: Option<i64>, now: i64) -> Option<i64> {
    (now < added && notified.is_none_or(|n| now < n)).then_some(now)
}

/// What a buyer's question is about, for the simulated seller's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// Something arrived broken, wrong or not at all: "we will resend".
    Resend,
    /// Is it in stock / available.
    Stock,
    /// When will it ship / arrive.
    Shipping,
    General,
}

const RESEND_WORDS: &[&str] = &[
    "broken",
    "damaged",
    "missing",
    "wrong",
    "lost",
    "not arrived",
    "never arrived",
    "didn't arrive",
    "did not arrive",
    "defect",
    "resend",
    "сломан",
    "поврежд",
    "не приш",
    "не дош",
    "потерял",
    "брак",
    "roto",
    "rota",
    "dañad",
    "no llegó",
    "quebrad",
    "danificad",
    "não chegou",
    "defeito",
    "kaputt",
    "beschädigt",
    "nicht angekommen",
    "defekt",
    "تالف",
    "مكسور",
    "لم يصل",
];
const STOCK_WORDS: &[&str] = &[
    "stock",
    "available",
    "availability",
    "наличи",
    "есть ли",
    "disponib",
    "estoque",
    "existencia",
    "lager",
    "verfügbar",
    "متوفر",
    "مخزون",
];
const SHIPPING_WORDS: &[&str] = &[
    "ship",
    "deliver",
    "arrive",
    "track",
    "when",
    "how long",
    "доставк",
    "отправ",
    "когда",
    "envío",
    "envio",
    "entrega",
    "cuándo",
    "quando",
    "versand",
    "liefer",
    "wann",
    "شحن",
    "توصيل",
    "متى",
];

/// The topic of `text` by its words (any of the shop's languages); an order's question with no
/// clearer words is about shipping.
pub fn topic(text: &str, about_order: bool) -> Topic {
    let t = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    if has(RESEND_WORDS) {
        Topic::Resend
    } else if has(STOCK_WORDS) {
        Topic::Stock
    } else if has(SHIPPING_WORDS) || about_order {
        Topic::Shipping
    } else {
        Topic::General
    }
}

/// The simulated seller's answer in the buyer's language (`lang` as in `?lang=`; English
/// otherwise). It is seller-written text like a listing's, not a message of the app.
pub fn sim_reply(topic: Topic, lang: &str) -> &'static str {
    use Topic::*;
    match (lang, topic) {
        ("ru", Resend) => "Нам очень жаль! Мы отправим товар повторно бесплатно — номер отслеживания пришлём здесь.",
        ("ru", Stock) => "Да, товар есть в наличии, и мы отправим его в течение 24 часов после оплаты.",
        ("ru", Shipping) => "Мы отправляем в течение 1–2 дней после оплаты; доставка обычно занимает 10–20 дней. Номер отслеживания появится в заказе.",
        ("ru", General) => "Спасибо за сообщение! Мы ответим на все вопросы — напишите, что вас интересует.",
        ("es", Resend) => "¡Lo sentimos mucho! Le volveremos a enviar el artículo sin coste y le pasaremos aquí el número de seguimiento.",
        ("es", Stock) => "Sí, está en stock y lo enviaremos en las 24 horas siguientes al pago.",
        ("es", Shipping) => "Enviamos en 1–2 días tras el pago; la entrega suele tardar 10–20 días. El número de seguimiento aparecerá en el pedido.",
        ("es", General) => "¡Gracias por su mensaje! Respondemos a cualquier pregunta: díganos qué necesita.",
        ("pt-BR", Resend) => "Sentimos muito! Vamos reenviar o item sem custo e mandamos o código de rastreio aqui.",
        ("pt-BR", Stock) => "Sim, está em estoque e enviamos em até 24 horas após o pagamento.",
        ("pt-BR", Shipping) => "Enviamos em 1–2 dias após o pagamento; a entrega costuma levar 10–20 dias. O código de rastreio aparece no pedido.",
        ("pt-BR", General) => "Obrigado pela mensagem! Respondemos qualquer dúvida: conte o que você precisa.",
        ("de", Resend) => "Das tut uns sehr leid! Wir senden den Artikel kostenlos erneut und schicken Ihnen hier die Sendungsnummer.",
        ("de", Stock) => "Ja, der Artikel ist auf Lager und wird innerhalb von 24 Stunden nach der Zahlung versandt.",
        ("de", Shipping) => "Wir versenden 1–2 Tage nach der Zahlung; die Lieferung dauert meist 10–20 Tage. Die Sendungsnummer erscheint in der Bestellung.",
        ("de", General) => "Danke für Ihre Nachricht! Wir beantworten gern jede Frage – schreiben Sie uns, was Sie brauchen.",
        ("ar", Resend) => "نأسف لذلك! سنعيد إرسال المنتج مجانًا ونرسل لك رقم التتبع هنا.",
        ("ar", Stock) => "نعم، المنتج متوفر في المخزون وسنشحنه خلال 24 ساعة من الدفع.",
        ("ar", Shipping) => "نشحن خلال يوم إلى يومين من الدفع، ويستغرق التوصيل عادةً 10–20 يومًا. سيظهر رقم التتبع في الطلب.",
        ("ar", General) => "شكرًا لرسالتك! يسعدنا الرد على أي سؤال، أخبرنا بما تحتاج.",
        (_, Resend) => "We are so sorry! We will resend the item free of charge and post the tracking number here.",
        (_, Stock) => "Yes, it is in stock and we ship within 24 hours of payment.",
        (_, Shipping) => "We ship within 1–2 days of payment; delivery usually takes 10–20 days. The tracking number will appear on the order.",
        (_, General) => "Thank you for your message! We are happy to answer any question — tell us what you need.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_and_dispute_events_map_to_notifications() {
        assert_eq!(
            order_event_kind("shipped"),
            Some(NotificationKind::OrderShipped)
        );
        assert_eq!(
            order_event_kind("paid_held"),
            Some(NotificationKind::OrderPaid)
        );
        assert_eq!(order_event_kind("tracking"), None);
        assert_eq!(order_event_kind("placed"), None);
        assert_eq!(
            dispute_event_kind("seller", "rejected"),
            Some(NotificationKind::DisputeAnswered)
        );
        // The buyer's own steps tell the buyer nothing.
        assert_eq!(dispute_event_kind("buyer", "proposed"), None);
        assert_eq!(dispute_event_kind("buyer", "message"), None);
        assert_eq!(
            dispute_event_kind("platform", "decided"),
            Some(NotificationKind::DisputeDecided)
        );
        assert_eq!(
            dispute_event_kind("system", "auto_accepted"),
            Some(NotificationKind::DisputeDecided)
        );
    }

    #[test]
    fn protection_notice_is_due_in_the_last_three_days_only() {
        let deadline = 100 * DAY;
        assert!(!protection_notice_due(deadline, deadline - 3 * DAY - 1));
        assert!(protection_notice_due(deadline, deadline - 3 * DAY));
        assert!(protection_notice_due(deadline, deadline - 1));
        assert!(!protection_notice_due(deadline, deadline));
    }

    #[test]
    fn each_lower_price_is_told_once() {
        assert_eq!(price_drop(1000, None, 1000), None);
        assert_eq!(price_drop(1000, None, 1200), None);
        assert_eq!(price_drop(1000, None, 900), Some(900));
        assert_eq!(price_drop(1000, Some(900), 900), None);
        assert_eq!(price_drop(1000, Some(900), 950), None);
        assert_eq!(price_drop(1000, Some(900), 800), Some(800));
    }

    #[test]
    fn the_simulated_seller_answers_the_question_asked() {
        assert_eq!(topic("The mug arrived broken", true), Topic::Resend);
        assert_eq!(topic("Is the blue one in stock?", false), Topic::Stock);
        assert_eq!(topic("When will you ship it?", false), Topic::Shipping);
        assert_eq!(topic("Когда отправите?", false), Topic::Shipping);
        assert_eq!(topic("Hello", true), Topic::Shipping);
        assert_eq!(topic("Hello", false), Topic::General);
        assert!(sim_reply(Topic::Resend, "en").contains("resend"));
        assert!(sim_reply(Topic::Stock, "de").contains("Lager"));
        assert!(sim_reply(Topic::Shipping, "xx").contains("ship"));
    }
}
