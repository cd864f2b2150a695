//! Reading and validating the search query string (strict: bad values answer 400 with field
//! errors; the app's lenient parser never sends them).

use crate::error::ApiError;
use crate::lang::Lang;
use crate::params::{Checker, Params};
use storefront_api::{parse_country_list, AttrFilter, SearchQuery, Sort, DEFAULT_SHIP_TO};

#[derive(Debug, Clone)]
pub struct Request {
    pub q: Option<String>,
    pub category: Option<i64>,
    pub seller: Option<i64>,
    pub sort: Sort,
    pub price_min: Option<i64>,
    pub price_max: Option<i64>,
    pub free_shipping: bool,
    pub ship_to: String,
    pub delivery_days: Option<u16>,
    pub rating_min: Option<i64>,
    pub seller_positive_min: Option<i64>,
    pub ships_from: Vec<String>,
    pub attrs: Vec<AttrFilter>,
    pub in_stock: bool,
    pub offset: usize,
    pub limit: usize,
    pub lang: Lang,
    /// Identifies the query (everything but cursor, limit, lang); cursors carry it.
    pub fingerprint: i64,
}

fn int(check: &mut Checker, params: &Params, name: &str, min: i64, max: i64) -> Option<i64> {
    let raw = params.get(name)?.trim();
    if raw.is_empty() {
        return None;
    }
    match raw.parse::<i64>() {
        Ok(v) if (min..=max).contains(&v) => Some(v),
        Ok(_) => {
            check.fail(name, "out_of_range");
            None
        }
        Err(_) => {
            check.fail(name, "malformed");
            None
        }
    }
}

fn boolean(check: &mut Checker, params: &Params, name: &str) -> bool {
    match params.get(name).map(|v| v.trim().to_ascii_lowercase()) {
        None => false,
        Some(v) => match v.as_str() {
            "" | "0" | "false" => false,
            "1" | "true" => true,
            _ => {
                check.fail(name, "malformed");
                false
            }
        },
    }
}

fn is_country(v: &str) -> bool {
    v.len() == 2 && v.bytes().all(|b| b.is_ascii_alphabetic())
}

/// FNV-1a, folded into the range cursors accept as their id.
fn fingerprint(text: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h % 0x7FFF_FFFF) as i64 + 1
}

impl Request {
    pub fn parse(params: &Params) -> Result<Request, ApiError> {
        let mut check = Checker::default();
        let q = params
            .get("q")
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        let category = check.id(params, "category");
        let seller = check.id(params, "seller");
        let sort = match params.get("sort").map(str::trim) {
            None | Some("") => Sort::BestMatch,
            Some(s) => Sort::parse(s).unwrap_or_else(|| {
                check.fail("sort", "malformed");
                Sort::BestMatch
            }),
        };
        let price_min = int(&mut check, params, "price_min", 0, i64::MAX / 4);
        let price_max = int(&mut check, params, "price_max", 0, i64::MAX / 4);
        if let (Some(a), Some(b)) = (price_min, price_max) {
            if a > b {
                check.fail("price_min", "above_max");
                check.fail("price_max", "below_min");
            }
        }
        let free_shipping = boolean(&mut check, params, "free_shipping");
        let ship_to = match params.get("ship_to").map(str::trim) {
            None | Some("") => DEFAULT_SHIP_TO.to_string(),
            Some(c) if is_country(c) => {
                let c = c.to_ascii_uppercase();
                if !crate::vocabulary::SHIP_TO.contains(&c.as_str()) {
                    check.fail("ship_to", "country_not_shipped");
                }
                c
            }
            Some(_) => {
                check.fail("ship_to", "malformed");
                DEFAULT_SHIP_TO.to_string()
            }
        };
        let delivery_days = int(&mut check, params, "delivery_days", 1, 365).map(|d| d as u16);
        let rating_min = int(&mut check, params, "rating_min", 0, 50);
        let seller_positive_min = int(&mut check, params, "seller_positive_min", 0, 1000);
        let ships_from = match params.get("ships_from") {
            None => Vec::new(),
            Some(raw) => {
                if raw
                    .split(',')
                    .map(str::trim)
                    .any(|c| !c.is_empty() && !is_country(c))
                {
                    check.fail("ships_from", "malformed");
                }
                parse_country_list(raw)
            }
        };
        let attrs = params
            .get("attrs")
            .map(AttrFilter::parse_list)
            .unwrap_or_default();
        let in_stock = boolean(&mut check, params, "in_stock");
        let limit = check.limit(params) as usize;
        let cursor = check.cursor(params);
        check.finish()?;
        let canonical = SearchQuery {
            q: q.clone(),
            category,
            seller,
            sort: Some(sort),
            price_min,
            price_max,
            free_shipping: Some(free_shipping),
            ship_to: Some(ship_to.clone()),
            delivery_days,
            rating_min: rating_min.map(|v| v as u8),
            seller_positive_min: seller_positive_min.map(|v| v as u16),
            ships_from: Some(ships_from.join(",")),
            attrs: Some(AttrFilter::format_list(&attrs)),
            in_stock: Some(in_stock),
            ..SearchQuery::default()
        };
        let fingerprint = fingerprint(&canonical.to_query_string());
        let offset = match cursor {
            Some(c) if c.id != fingerprint => {
                let mut e = ApiError::new(
                    storefront_api::ErrorCode::InvalidCursor,
                    "Cursor belongs to another query",
                );
                e.0 = e.0.with_field("cursor", "mismatch");
                return Err(e);
            }
            Some(c) => c.key as usize,
            None => 0,
        };
        Ok(Request {
            q,
            category,
            seller,
            sort,
            price_min,
            price_max,
            free_shipping,
            ship_to,
            delivery_days,
            rating_min,
            seller_positive_min,
            ships_from,
            attrs,
            in_stock,
            offset,
            limit,
            lang: params.lang(),
            fingerprint,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storefront_api::{Cursor, ErrorCode};

    fn parse(q: &str) -> Result<Request, ApiError> {
        Request::parse(&Params::parse(q))
    }

    #[test]
    fn inverted_price_range_lists_both_fields() {
        let e = parse("price_min=500&price_max=100").err().map(|e| e.0);
        assert_eq!(
            e.as_ref().map(|p| p.code),
            Some(ErrorCode::InvalidParameter)
        );
        assert_eq!(e.map(|p| p.errors.len()), Some(2));
    }

    #[test]
    fn bad_values_are_field_errors() {
        for q in [
            "sort=nope",
            "free_shipping=maybe",
            "ship_to=USA",
            "rating_min=51",
            "ships_from=C1",
            "limit=0",
            "delivery_days=x",
        ] {
            let e = parse(q).err().map(|e| e.0.code);
            assert_eq!(e, Some(ErrorCode::InvalidParameter), "{q}");
        }
    }

    #[test]
    fn cursors_are_bound_to_their_query() {
        let a = parse("q=phone").ok().map(|r| r.fingerprint).unwrap_or(0);
        let c = Cursor { key: 24, id: a }.encode();
        assert_eq!(
            parse(&format!("q=phone&cursor={c}")).ok().map(|r| r.offset),
            Some(24)
        );
        let e = parse(&format!("q=phones&cursor={c}"))
            .err()
            .map(|e| e.0.code);
        assert_eq!(e, Some(ErrorCode::InvalidCursor));
    }
}
