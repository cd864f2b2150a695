//! Money as integer minor units plus an ISO 4217 code. Never floats.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Currencies the shop can display prices in. Sellers price in USD.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Currency {
    USD,
    EUR,
    RUB,
    BRL,
    GBP,
    UAH,
    KZT,
    TRY,
    AED,
    SAR,
    JPY,
}

impl Currency {
    pub const ALL: [Currency; 11] = [
        Currency::USD,
        Currency::EUR,
        Currency::RUB,
        Currency::BRL,
        Currency::GBP,
        Currency::UAH,
        Currency::KZT,
        Currency::TRY,
        Currency::AED,
        Currency::SAR,
        Currency::JPY,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Currency::USD => "USD",
            Currency::EUR => "EUR",
            Currency::RUB => "RUB",
            Currency::BRL => "BRL",
            Currency::GBP => "GBP",
            Currency::UAH => "UAH",
            Currency::KZT => "KZT",
            Currency::TRY => "TRY",
            Currency::AED => "AED",
            Currency::SAR => "SAR",
            Currency::JPY => "JPY",
        }
    }

    /// ISO 4217 minor unit digits: how many minor units make one major unit (10^digits).
    pub fn minor_digits(self) -> u32 {
        match self {
            Currency::JPY => 0,
            _ => 2,
        }
    }

    pub fn parse(code: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code))
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An amount of money: `{"amount": 1999, "currency": "USD"}` is $19.99.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Money {
    /// Integer minor units (cents, kopecks…).
    pub amount: i64,
    pub currency: Currency,
}

impl Money {
    pub fn new(amount: i64, currency: Currency) -> Self {
        Money { amount, currency }
    }

    pub fn usd(cents: i64) -> Self {
        Money::new(cents, Currency::USD)
    }

    /// The amount in major units as a decimal string ("19.99", "1500"), for `Intl` formatting
    /// without going through a float.
    pub fn major_decimal(&self) -> String {
        let digits = self.currency.minor_digits();
        if digits == 0 {
            return self.amount.to_string();
        }
        let scale = 10_i64.pow(digits);
        let sign = if self.amount < 0 { "-" } else { "" };
        let abs = self.amount.unsigned_abs();
        let scale = scale as u64;
        format!(
            "{sign}{}.{:0width$}",
            abs / scale,
            abs % scale,
            width = digits as usize
        )
    }

    /// Converts with a rate given as target minor units per one USD major unit scaled by
    /// 1_000_000 (see [`CurrencyRate`]). Rounds half away from zero. Only USD sources are
    /// converted: sellers price in USD.
    pub fn convert(&self, rate: &CurrencyRate) -> Option<Money> {
        if self.currency != Currency::USD {
            return if self.currency == rate.currency {
                Some(*self)
            } else {
                None
            };
        }
        // amount (USD cents) * per_usd_micros / 1e6 = target major units * 100
        // target minor = cents/100 * per_usd * 10^digits
        let digits = rate.currency.minor_digits();
        let numerator = (self.amount as i128)
            .checked_mul(rate.per_usd_micros as i128)?
            .checked_mul(10_i128.pow(digits))?;
        let denominator: i128 = 100 * 1_000_000;
        let half = denominator / 2;
        let rounded = if numerator >= 0 {
            (numerator + half) / denominator
        } else {
            (numerator - half) / denominator
        };
        i64::try_from(rounded)
            .ok()
            .map(|amount| Money::new(amount, rate.currency))
    }
}

/// A cart or order line in a display currency: the unit price converted, then multiplied, so
/// the line always equals "unit × quantity" as shown (converting the USD line total instead can
/// differ by a kopeck or more). `None` on a non-USD unit of another currency or an overflow.
pub fn line_total_in(unit_usd: &Money, quantity: i64, rate: &CurrencyRate) -> Option<Money> {
    let unit = unit_usd.convert(rate)?;
    unit.amount
        .checked_mul(quantity)
        .map(|amount| Money::new(amount, unit.currency))
}

/// How many units of `currency` one US dollar buys, times 1_000_000 (so 92.5 RUB = 92_500_000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CurrencyRate {
    pub currency: Currency,
    pub per_usd_micros: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn major_decimal_keeps_cents_exact() {
        assert_eq!(Money::usd(1999).major_decimal(), "19.99");
        assert_eq!(Money::usd(5).major_decimal(), "0.05");
        assert_eq!(Money::usd(-250).major_decimal(), "-2.50");
        assert_eq!(Money::new(1500, Currency::JPY).major_decimal(), "1500");
    }

    #[test]
    fn money_serialises_as_minor_units_and_code() {
        let json = serde_json::to_string(&Money::usd(1999)).unwrap();
        assert_eq!(json, r#"{"amount":1999,"currency":"USD"}"#);
    }

    #[test]
    fn converts_usd_with_rounding() {
        let rub = CurrencyRate {
            currency: Currency::RUB,
            per_usd_micros: 92_500_000,
        };
        // $19.99 * 92.5 = 1849.075 RUB -> 184908 kopecks (half away from zero)
        assert_eq!(
            Money::usd(1999).convert(&rub),
            Some(Money::new(184_908, Currency::RUB))
        );
        let jpy = CurrencyRate {
            currency: Currency::JPY,
            per_usd_micros: 150_250_000,
        };
        assert_eq!(
            Money::usd(1000).convert(&jpy),
            Some(Money::new(1503, Currency::JPY))
        );
    }

    #[test]
    fn line_totals_are_converted_unit_prices_times_quantity() {
        let rub = CurrencyRate {
            currency: Currency::RUB,
            per_usd_micros: 92_500_000,
        };
        // $0.13 → 12.025 ₽ → 12.03 ₽ a piece; 7 pieces are 84.21 ₽ on screen. Converting the
        // $0.91 line total would give 84.18 ₽ (84.175 rounded): three kopecks off.
        let unit = Money::usd(13);
        assert_eq!(unit.convert(&rub), Some(Money::new(1203, Currency::RUB)));
        assert_eq!(
            line_total_in(&unit, 7, &rub),
            Some(Money::new(8421, Currency::RUB))
        );
        assert_eq!(
            Money::usd(91).convert(&rub),
            Some(Money::new(8418, Currency::RUB))
        );
        // $19.99 × 3: 1849.08 ₽ a piece → 5547.24 ₽, not 5547.23 from $59.97.
        assert_eq!(
            line_total_in(&Money::usd(1999), 3, &rub),
            Some(Money::new(554_724, Currency::RUB))
        );
        assert_eq!(
            Money::usd(5997).convert(&rub),
            Some(Money::new(554_723, Currency::RUB))
        );
        // USD stays exact, other sources are refused, overflows are caught.
        let usd = CurrencyRate {
            currency: Currency::USD,
            per_usd_micros: 1_000_000,
        };
        assert_eq!(line_total_in(&unit, 7, &usd), Some(Money::usd(91)));
        assert_eq!(line_total_in(&Money::new(1, Currency::EUR), 2, &rub), None);
        assert_eq!(
            line_total_in(&Money::usd(i64::MAX / 1000), 1_000_000, &usd),
            None
        );
    }

    #[test]
    fn refuses_to_convert_non_usd_into_another_currency() {
        let rub = CurrencyRate {
            currency: Currency::RUB,
            per_usd_micros: 92_500_000,
        };
        assert_eq!(Money::new(100, Currency::EUR).convert(&rub), None);
    }

    #[test]
    fn parses_codes_case_insensitively() {
        assert_eq!(Currency::parse("rub"), Some(Currency::RUB));
        assert_eq!(Currency::parse("XXX"), None);
    }
}
