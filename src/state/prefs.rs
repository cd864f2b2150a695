//! Display currency and ship-to country (saved in `localStorage`), plus the shop's reference
//! data they are chosen from (`GET /config`).

use super::storage;
use crate::api::ApiError;
use leptos::prelude::*;
use storefront_api::{Currency, CurrencyRate, Money};

#[derive(Clone, Copy)]
pub struct Prefs {
    pub currency: RwSignal<Currency>,
    pub ship_to: RwSignal<String>,
    /// Rates from the server; empty until loaded (prices then show in USD).
    pub rates: RwSignal<Vec<CurrencyRate>>,
    pub countries: RwSignal<Vec<String>>,
    pub config_error: RwSignal<Option<ApiError>>,
}

/// Region subtag of a browser language (`ru-RU` → `RU`), if it has one.
pub fn region_of(tag: &str) -> Option<String> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
        .map(|p| p.to_ascii_uppercase())
}

/// The ship-to country to use: the saved/guessed one when the shop ships there, else US,
/// else the first country on the list.
pub fn pick_country(wanted: &str, available: &[String]) -> Option<String> {
    [wanted, "US"]
        .iter()
        .find_map(|w| available.iter().find(|c| c.eq_ignore_ascii_case(w)))
        .or_else(|| available.first())
        .cloned()
}

/// Converts a USD price for display; stays in USD when the rate is unknown.
pub fn to_display(usd: &Money, currency: Currency, rates: &[CurrencyRate]) -> Money {
    if usd.currency == currency {
        return *usd;
    }
    rates
        .iter()
        .find(|r| r.currency == currency)
        .and_then(|r| usd.convert(r))
        .unwrap_or(*usd)
}

/// A line of `quantity` at the USD `unit` price in `currency`: the converted unit price times
/// the quantity, so the line equals what "unit × quantity" shows (see
/// [`storefront_api::money::line_total_in`]). USD (or no rate yet) is exact.
pub fn line_to_display(
    unit: &Money,
    quantity: i64,
    currency: Currency,
    rates: &[CurrencyRate],
) -> Money {
    rates
        .iter()
        .find(|r| r.currency == currency)
        .filter(|_| currency != unit.currency)
        .and_then(|r| storefront_api::money::line_total_in(unit, quantity, r))
        .unwrap_or_else(|| Money::new(unit.amount.saturating_mul(quantity), unit.currency))
}

impl Prefs {
    pub fn load() -> Self {
        let currency = storage::get(storage::KEY_CURRENCY)
            .and_then(|c| Currency::parse(&c))
            .unwrap_or(Currency::USD);
        let ship_to = storage::get(storage::KEY_SHIP_TO)
            .filter(|c| c.len() == 2)
            .or_else(|| {
                crate::browser::languages()
                    .iter()
                    .find_map(|t| region_of(t))
            })
            .unwrap_or_else(|| "US".to_string());
        Prefs {
            currency: RwSignal::new(currency),
            ship_to: RwSignal::new(ship_to.to_ascii_uppercase()),
            rates: RwSignal::new(Vec::new()),
            countries: RwSignal::new(Vec::new()),
            config_error: RwSignal::new(None),
        }
    }

    pub fn set_currency(&self, currency: Currency) {
        storage::set(storage::KEY_CURRENCY, currency.code());
        self.currency.set(currency);
    }

    pub fn set_ship_to(&self, code: &str) {
        let code = code.to_ascii_uppercase();
        storage::set(storage::KEY_SHIP_TO, &code);
        self.ship_to.set(code);
    }

    /// Currencies the switcher offers: USD plus every one the server has a rate for.
    pub fn currencies(&self) -> Vec<Currency> {
        let mut list = vec![Currency::USD];
        self.rates.with(|rates| {
            for r in rates {
                if !list.contains(&r.currency) {
                    list.push(r.currency);
                }
            }
        });
        list
    }

    /// A USD price in the display currency (tracked).
    pub fn display(&self, usd: &Money) -> Money {
        let currency = self.currency.get();
        self.rates.with(|r| to_display(usd, currency, r))
    }

    /// Loads `/config`; on failure keeps USD and records the error for the retry banner.
    pub fn fetch_config(self) {
        self.config_error.set(None);
        leptos::task::spawn_local(async move {
            match crate::api::config::get().await {
                Ok(cfg) => {
                    let current = self.currency.get_untracked();
                    if current != Currency::USD && !cfg.rates.iter().any(|r| r.currency == current)
                    {
                        self.currency.set(Currency::USD);
                    }
                    let wanted = self.ship_to.get_untracked();
                    if let Some(c) = pick_country(&wanted, &cfg.ship_to_countries) {
                        if c != wanted {
                            self.ship_to.set(c);
                        }
                    }
                    self.rates.set(cfg.rates);
                    self.countries.set(cfg.ship_to_countries);
                }
                Err(e) => self.config_error.set(Some(e)),
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_come_from_browser_tags() {
        assert_eq!(region_of("ru-RU").as_deref(), Some("RU"));
        assert_eq!(region_of("pt_br").as_deref(), Some("BR"));
        assert_eq!(region_of("zh-Hant-TW").as_deref(), Some("TW"));
        assert_eq!(region_of("en"), None);
    }

    #[test]
    fn country_falls_back_to_us_then_first() {
        let list = vec!["DE".to_string(), "US".to_string()];
        assert_eq!(pick_country("de", &list).as_deref(), Some("DE"));
        assert_eq!(pick_country("ZZ", &list).as_deref(), Some("US"));
        assert_eq!(
            pick_country("ZZ", &["FR".to_string()]).as_deref(),
            Some("FR")
        );
        assert_eq!(pick_country("ZZ", &[]), None);
    }

    #[test]
    fn display_conversion_uses_rates_or_stays_usd() {
        let rates = [CurrencyRate {
            currency: Currency::EUR,
            per_usd_micros: 920_000,
        }];
        assert_eq!(
            to_display(&Money::usd(1000), Currency::EUR, &rates),
            Money::new(920, Currency::EUR)
        );
        assert_eq!(
            to_display(&Money::usd(1000), Currency::RUB, &rates),
            Money::usd(1000)
        );
        assert_eq!(
            to_display(&Money::usd(1000), Currency::USD, &rates),
            Money::usd(1000)
        );
        assert_eq!(Money::new(920, Currency::EUR).major_decimal(), "9.20");
    }
}
