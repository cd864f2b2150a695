//! The payment part of a checkout or pay-again: the methods this server takes, the checks of a
//! method, its currency and card, what the test provider will do with it, and the card facts
//! kept (brand and last four digits; never the number or the CVC).

use crate::time::year_month;
use storefront_api::checkout::*;
use storefront_api::{Currency, FieldError};

/// The methods this server takes.
pub fn methods() -> Vec<PaymentMethod> {
    [
        ("card", PaymentKind::Card, Currency::USD),
        ("qiwi", PaymentKind::Wallet, Currency::RUB),
        ("webmoney", PaymentKind::Wallet, Currency::USD),
        ("boleto", PaymentKind::Wallet, Currency::BRL),
    ]
    .into_iter()
    .map(|(id, kind, charge_currency)| PaymentMethod {
        id: id.to_string(),
        kind,
        name_id: format!("payment-method-{id}"),
        charge_currency,
        // A card charges in any display currency (the issuer converts); a wallet in its own.
        currencies: if kind == PaymentKind::Card {
            std::iter::once(charge_currency)
                .chain(Currency::ALL.into_iter().filter(|c| *c != charge_currency))
                .collect()
        } else {
            vec![charge_currency]
        },
    })
    .collect()
}

pub(crate) fn field(name: &str, code: &str) -> FieldError {
    FieldError {
        field: name.to_string(),
        code: code.to_string(),
    }
}

/// What the test provider will do with a payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Succeed,
    Decline(DeclineReason),
    Confirm,
}

/// What is kept of a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardFacts {
    pub brand: String,
    pub last4: String,
}

/// A payment that passed the checks.
pub type Checked = (PaymentMethod, Outcome, Option<CardFacts>);

/// Field errors of a checkout's payment part; the method and the card facts when valid.
pub fn check_payment(req: &CheckoutRequest, now: i64) -> Result<Checked, Vec<FieldError>> {
    let checked = check_method(&req.payment, req.charge_currency, now);
    if req.expected_total.currency != Currency::USD {
        let mut errors = checked.err().unwrap_or_default();
        errors.push(field("expected_total/currency", ERR_MISMATCH));
        return Err(errors);
    }
    checked
}

/// Field errors of a payment method, its currency and card; the method and the card facts
/// when valid.
pub fn check_method(
    payment: &PaymentInput,
    charge_currency: Currency,
    now: i64,
) -> Result<Checked, Vec<FieldError>> {
    let mut errors = Vec::new();
    let method = methods().into_iter().find(|m| m.id == payment.method);
    if method.is_none() {
        errors.push(field("payment/method", ERR_UNKNOWN_VALUE));
    }
    if let Some(m) = &method {
        if !m.currencies.contains(&charge_currency) {
            errors.push(field("charge_currency", ERR_MISMATCH));
        }
    }
    let mut outcome = Outcome::Confirm;
    let mut facts = None;
    if method.as_ref().is_some_and(|m| m.kind == PaymentKind::Card) {
        match &payment.card {
            None => errors.push(field("payment/card", ERR_REQUIRED)),
            Some(card) => {
                check_card(card, now, &mut errors);
                let digits = card_digits(&card.number).unwrap_or_default();
                outcome = test_outcome(&digits);
                facts = Some(CardFacts {
                    brand: card_brand(&digits).to_string(),
                    last4: last4(&digits).to_string(),
                });
            }
        }
    }
    match method {
        Some(m) if errors.is_empty() => Ok((m, outcome, facts)),
        _ => Err(errors),
    }
}

/// The field errors of a card's number, expiry (against the month of `now`), CVC and holder.
fn check_card(card: &CardInput, now: i64, errors: &mut Vec<FieldError>) {
    if card.number.trim().is_empty() {
        errors.push(field("payment/card/number", ERR_REQUIRED));
    } else if !luhn_valid(&card.number) {
        errors.push(field("payment/card/number", ERR_CARD_NUMBER));
    }
    let year = if card.exp_year < 100 {
        i64::from(card.exp_year) + 2000
    } else {
        i64::from(card.exp_year)
    };
    let (this_year, this_month) = year_month(now);
    if !(1..=12).contains(&card.exp_month) {
        errors.push(field("payment/card/exp_month", ERR_OUT_OF_RANGE));
    } else if !(2000..=2100).contains(&year) {
        errors.push(field("payment/card/exp_year", ERR_OUT_OF_RANGE));
    } else if (year, i64::from(card.exp_month)) < (this_year, this_month) {
        errors.push(field("payment/card/exp_year", ERR_CARD_EXPIRED));
    }
    let cvc = card.cvc.trim();
    if cvc.is_empty() {
        errors.push(field("payment/card/cvc", ERR_REQUIRED));
    } else if !(3..=4).contains(&cvc.len()) || !cvc.bytes().all(|b| b.is_ascii_digit()) {
        errors.push(field("payment/card/cvc", ERR_MALFORMED));
    }
    let holder = card.holder.trim().chars().count();
    if holder == 0 {
        errors.push(field("payment/card/holder", ERR_REQUIRED));
    } else if holder < 2 {
        errors.push(field("payment/card/holder", "too_short"));
    } else if holder > 100 {
        errors.push(field("payment/card/holder", "too_long"));
    }
}

/// The test provider's answer to a card: three test numbers decline or need 3-D Secure, every
/// other valid card succeeds.
pub fn test_outcome(digits: &str) -> Outcome {
    match digits {
        "4000000000000002" => Outcome::Decline(DeclineReason::CardDeclined),
        "4000000000009995" => Outcome::Decline(DeclineReason::InsufficientFunds),
        "4000000000003220" => Outcome::Confirm,
        _ => Outcome::Succeed,
    }
}

fn last4(digits: &str) -> &str {
    digits.get(digits.len().saturating_sub(4)..).unwrap_or("")
}

/// The card of a request as it may enter an idempotency fingerprint: the number becomes its
/// brand and last four digits, the CVC goes.
pub fn mask_card(payment: &mut PaymentInput) {
    if let Some(card) = payment.card.as_mut() {
        let digits = card_digits(&card.number).unwrap_or_default();
        card.number = format!("{}-{}", card_brand(&digits), last4(&digits));
        card.cvc = String::new();
    }
}

pub fn decline_str(r: DeclineReason) -> &'static str {
    match r {
        DeclineReason::CardDeclined => "card_declined",
        DeclineReason::InsufficientFunds => "insufficient_funds",
        DeclineReason::DeclinedByBuyer => "declined_by_buyer",
        DeclineReason::Unknown => "unknown",
    }
}

pub fn parse_decline(s: &str) -> DeclineReason {
    [
        DeclineReason::CardDeclined,
        DeclineReason::InsufficientFunds,
        DeclineReason::DeclinedByBuyer,
    ]
    .into_iter()
    .find(|r| decline_str(*r) == s)
    .unwrap_or(DeclineReason::Unknown)
}

/// The stored status and decline of a payment the provider answered with `outcome`.
pub fn status_of(outcome: Outcome) -> (&'static str, Option<DeclineReason>) {
    match outcome {
        Outcome::Succeed => ("succeeded", None),
        Outcome::Decline(r) => ("declined", Some(r)),
        Outcome::Confirm => ("requires_action", None),
    }
}

/// A stored payment status on the wire.
pub fn parse_status(s: &str) -> PaymentStatus {
    match s {
        "succeeded" => PaymentStatus::Succeeded,
        "requires_action" => PaymentStatus::RequiresAction,
        "declined" => PaymentStatus::Declined,
        _ => PaymentStatus::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2026-06-15T00:00:00Z
    const JUNE_2026: i64 = 1_781_481_600;

    fn card(number: &str, month: u32, year: u32) -> PaymentInput {
        PaymentInput {
            method: "card".into(),
            card: Some(CardInput {
                number: number.into(),
                exp_month: month,
                exp_year: year,
                cvc: "123".into(),
                holder: "Ada Lovelace".into(),
            }),
        }
    }

    fn codes(r: Result<Checked, Vec<FieldError>>) -> Vec<(String, String)> {
        r.err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn cards_are_checked_and_keep_only_brand_and_last4() {
        let (m, outcome, facts) = check_method(
            &card("4242 4242 4242 4242", 12, 2030),
            Currency::EUR,
            JUNE_2026,
        )
        .unwrap();
        assert_eq!(m.id, "card");
        assert_eq!(outcome, Outcome::Succeed);
        assert_eq!(facts.unwrap().last4, "4242");
        let expired = check_method(&card("4242424242424242", 5, 26), Currency::USD, JUNE_2026);
        assert_eq!(
            codes(expired),
            vec![("payment/card/exp_year".into(), ERR_CARD_EXPIRED.into())]
        );
        // This month still counts.
        assert!(check_method(&card("4242424242424242", 6, 26), Currency::USD, JUNE_2026).is_ok());
        let bad = check_method(
            &card("4242424242424241", 13, 2030),
            Currency::USD,
            JUNE_2026,
        );
        assert_eq!(
            codes(bad),
            vec![
                ("payment/card/number".into(), ERR_CARD_NUMBER.into()),
                ("payment/card/exp_month".into(), ERR_OUT_OF_RANGE.into()),
            ]
        );
    }

    #[test]
    fn wallets_charge_only_their_own_currency() {
        let qiwi = PaymentInput {
            method: "qiwi".into(),
            card: None,
        };
        let (_, outcome, facts) = check_method(&qiwi, Currency::RUB, JUNE_2026).unwrap();
        assert_eq!((outcome, facts), (Outcome::Confirm, None));
        assert_eq!(
            codes(check_method(&qiwi, Currency::USD, JUNE_2026)),
            vec![("charge_currency".into(), ERR_MISMATCH.into())]
        );
        let unknown = PaymentInput {
            method: "cash".into(),
            card: None,
        };
        assert_eq!(
            codes(check_method(&unknown, Currency::USD, JUNE_2026)),
            vec![("payment/method".into(), ERR_UNKNOWN_VALUE.into())]
        );
    }

    #[test]
    fn test_cards_decide_the_outcome() {
        assert_eq!(
            test_outcome("4000000000000002"),
            Outcome::Decline(DeclineReason::CardDeclined)
        );
        assert_eq!(test_outcome("4000000000003220"), Outcome::Confirm);
        assert_eq!(test_outcome("4242424242424242"), Outcome::Succeed);
    }

    #[test]
    fn masked_cards_lose_number_and_cvc() {
        let mut p = card("4242 4242 4242 4242", 12, 2030);
        mask_card(&mut p);
        let c = p.card.unwrap();
        assert!(c.number.ends_with("-4242") && !c.number.contains("424242"));
        assert!(c.cvc.is_empty());
    }

    #[test]
    fn decline_reasons_round_trip() {
        for r in [
            DeclineReason::CardDeclined,
            DeclineReason::InsufficientFunds,
            DeclineReason::DeclinedByBuyer,
        ] {
            assert_eq!(parse_decline(decline_str(r)), r);
        }
        assert_eq!(parse_decline("whatever"), DeclineReason::Unknown);
    }
}
