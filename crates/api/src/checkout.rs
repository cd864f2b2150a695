//! Payment methods and placing orders.
//!
//! - `GET /api/v1/payment-methods` → `Vec<`[`PaymentMethod`]`>`.
//! - `POST /api/v1/checkout?lang=` with an `Idempotency-Key` header and a [`CheckoutRequest`] →
//!   `201` [`Payment`] (`succeeded` or `requires_action`); `402 payment_declined` (the problem
//!   carries `payment_id` and `decline_reason`); `409 price_changed` (the problem carries the new
//!   `quote`); `409 out_of_stock` (field errors `lines/<n>` name the lines, plus `quote`).
//!   A retry with the same key and body gets the first answer again (same status and body).
//! - `GET /api/v1/checkout/payments/{id}` → [`Payment`] (own payments only, else 404).
//! - The built-in test provider: `GET /api/v1/test-provider/payments/{id}` is an HTML page with
//!   Confirm / Decline buttons that post to `…/{id}/confirm` or `…/{id}/decline`, which answer
//!   `303` to `/checkout/complete?payment={id}`.
//!
//! Test cards: see [`TEST_CARDS`].

use crate::cart::CartLineInput;
use crate::money::{Currency, Money};
use crate::orders::OrderSummary;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Card numbers of the built-in test provider and what they do.
pub const TEST_CARDS: [(&str, &str); 4] = [
    ("4242 4242 4242 4242", "succeeds"),
    ("4000 0000 0000 0002", "declined: card_declined"),
    ("4000 0000 0000 9995", "declined: insufficient_funds"),
    (
        "4000 0000 0000 3220",
        "requires a 3-D Secure confirmation on the provider page",
    ),
];

/// Where the test provider sends the buyer back (same origin), with `?payment=<id>`.
pub const CHECKOUT_COMPLETE_PATH: &str = "/checkout/complete";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentKind {
    /// Card details are sent with the checkout request.
    Card,
    /// The buyer is redirected to the provider to confirm.
    Wallet,
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaymentMethod {
    /// `card`, `qiwi`, `webmoney`, `boleto`.
    pub id: String,
    pub kind: PaymentKind,
    /// Fluent message id of the method's name, e.g. `payment-method-qiwi`.
    pub name_id: String,
    /// The currency the buyer is charged in by default (converted from USD at `/config`'s rate).
    pub charge_currency: Currency,
    /// Every currency the method can charge in (`charge_currency` first): a card charges any
    /// display currency, a wallet only its own. The app charges in the buyer's display
    /// currency when it is here (see [`PaymentMethod::charge_currency_for`]) and says so
    /// before the buyer pays.
    #[serde(default)]
    pub currencies: Vec<Currency>,
}

impl PaymentMethod {
    /// The currency to charge a buyer who sees prices in `display`: that one when the method
    /// takes it, else the method's own.
    pub fn charge_currency_for(&self, display: Currency) -> Currency {
        if self.currencies.contains(&display) {
            display
        } else {
            self.charge_currency
        }
    }
}

/// Card details (only for `card`). Never stored: only the last four digits and the brand are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CardInput {
    /// 12–19 digits, spaces and hyphens ignored; must pass the Luhn check.
    pub number: String,
    /// 1–12.
    pub exp_month: u32,
    /// Two (`27`) or four (`2027`) digits; the month must not be over.
    pub exp_year: u32,
    /// 3–4 digits.
    pub cvc: String,
    /// Name on the card, 2–100 characters.
    pub holder: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaymentInput {
    /// A [`PaymentMethod::id`].
    pub method: String,
    /// Required when `method` is `card`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<CardInput>,
}

/// `POST /api/v1/checkout`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckoutRequest {
    /// One of the buyer's addresses; its country is the `ship_to`.
    pub address_id: i64,
    /// Lines to buy. Absent: the server cart's lines not saved for later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<CartLineInput>>,
    /// Shipping choice per seller. Absent: the server cart's choices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<BTreeMap<String, String>>))]
    pub shipping: Option<BTreeMap<i64, String>>,
    /// Coupon codes. Absent: the server cart's coupons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupons: Option<Vec<String>>,
    pub payment: PaymentInput,
    /// The grand total (USD) the buyer saw; another total now → `409 price_changed`.
    pub expected_total: Money,
    /// One of the method's `currencies` (its `charge_currency` is always one).
    pub charge_currency: Currency,
    /// The partner site whose widget the buyer came from (see [`valid_partner_id`]); recorded
    /// on the orders for partner reporting. An invalid id is ignored, never a reason to refuse.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<String>,
}

/// Longest partner id.
pub const PARTNER_ID_MAX_LEN: usize = 64;

/// A partner id: 1–64 ASCII letters, digits, `.`, `_` or `-`.
pub fn valid_partner_id(id: &str) -> bool {
    (1..=PARTNER_ID_MAX_LEN).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// One order placed through a partner's widget (`GET /api/v1/operator/partners/{id}/orders`).
/// No payment id: that id is a capability on the test provider's pages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerOrder {
    pub order_id: i64,
    /// Order state, e.g. `paid_held`.
    pub state: String,
    /// The order's total in USD.
    pub total: Money,
    pub item_count: i64,
    /// RFC 3339, on the order clock.
    pub placed_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentStatus {
    Succeeded,
    /// The buyer must confirm at `redirect_url`; orders wait in `pending_payment`.
    RequiresAction,
    Declined,
    #[serde(other)]
    Unknown,
}

/// Why a payment was declined. The app localises `payment-declined-<reason with dashes>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeclineReason {
    CardDeclined,
    InsufficientFunds,
    /// Declined on the provider's confirmation page.
    DeclinedByBuyer,
    #[serde(other)]
    Unknown,
}

/// A payment and the orders it pays for: the answer of `POST /checkout` and
/// `GET /checkout/payments/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Payment {
    /// Opaque id, e.g. `pay_3f9a…`.
    pub payment_id: String,
    pub status: PaymentStatus,
    pub method: String,
    /// Where to send the buyer when `requires_action` (a same-origin path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline_reason: Option<DeclineReason>,
    /// One order per seller.
    pub orders: Vec<OrderSummary>,
    /// The grand total in USD.
    pub total: Money,
    /// What is (or would be) charged, in the method's currency.
    pub charge: Money,
    /// `visa`, `mastercard`… for cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_brand: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_last4: Option<String>,
    /// RFC 3339 UTC timestamp.
    pub created_at: String,
}

/// `POST /api/v1/orders/{id}/pay-again?lang=` with `Idempotency-Key` and `If-Match` (the
/// order's ETag): pays an order whose payment was declined, while the order allows
/// `pay_again` (see [`crate::orders::PAY_AGAIN_HOURS`]). Answers like `POST /checkout`: `201`
/// [`Payment`] (`succeeded`: the order is `paid_held`; `requires_action`: `pending_payment`
/// until the provider page decides), `402 payment_declined` (the order stays as it was).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PayAgainRequest {
    pub payment: PaymentInput,
    /// One of the method's `currencies`.
    pub charge_currency: Currency,
}

/// Field error codes of the checkout body.
pub const ERR_REQUIRED: &str = "required";
/// Card number fails the Luhn check or has a wrong length.
pub const ERR_CARD_NUMBER: &str = "card_number_invalid";
pub const ERR_CARD_EXPIRED: &str = "card_expired";
pub const ERR_OUT_OF_RANGE: &str = "out_of_range";
pub const ERR_MALFORMED: &str = "malformed";
/// `payment/method` is not a known method.
pub const ERR_UNKNOWN_VALUE: &str = "unknown_value";
/// `charge_currency` is not the method's currency.
pub const ERR_MISMATCH: &str = "mismatch";

/// Digits of a card number with spaces and hyphens removed, if nothing else is in it.
pub fn card_digits(number: &str) -> Option<String> {
    let mut out = String::new();
    for c in number.chars() {
        match c {
            '0'..='9' => out.push(c),
            ' ' | '-' => {}
            _ => return None,
        }
    }
    Some(out)
}

/// Luhn check over 12–19 digits.
pub fn luhn_valid(number: &str) -> bool {
    let Some(d) = card_digits(number) else {
        return false;
    };
    if !(12..=19).contains(&d.len()) {
        return false;
    }
    let sum: u32 = d
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let n = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = n * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                n
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Brand by prefix: `visa`, `mastercard`, `amex`, `mir`, else `card`.
pub fn card_brand(digits: &str) -> &'static str {
    let two: u32 = digits.get(..2).and_then(|s| s.parse().ok()).unwrap_or(0);
    let four: u32 = digits.get(..4).and_then(|s| s.parse().ok()).unwrap_or(0);
    if digits.starts_with('4') {
        "visa"
    } else if (51..=55).contains(&two) || (2221..=2720).contains(&four) {
        "mastercard"
    } else if two == 34 || two == 37 {
        "amex"
    } else if (2200..=2204).contains(&four) {
        "mir"
    } else {
        "card"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_cards_pass_luhn() {
        for (n, _) in TEST_CARDS {
            assert!(luhn_valid(n), "{n}");
        }
        assert!(!luhn_valid("4242 4242 4242 4241"));
        assert!(!luhn_valid("4242"));
        assert!(!luhn_valid("4242x4242 4242 4242"));
        assert_eq!(card_brand("4242424242424242"), "visa");
        assert_eq!(card_brand("5555555555554444"), "mastercard");
    }

    #[test]
    fn partner_ids() {
        assert!(valid_partner_id("blog-42.ru_x"));
        assert!(!valid_partner_id(""));
        assert!(!valid_partner_id("a b"));
        assert!(!valid_partner_id("<script>"));
        assert!(!valid_partner_id(&"a".repeat(PARTNER_ID_MAX_LEN + 1)));
    }
}
