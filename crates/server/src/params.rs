//! Query-string parsing with field errors, so a bad parameter answers our problem+json
//! instead of the framework's plain-text rejection.

use crate::error::ApiError;
use crate::lang::Lang;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use storefront_api::{Cursor, ErrorCode, FieldError, DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT};

/// Decoded query pairs; later duplicates win.
#[derive(Debug, Default, Clone)]
pub struct Params(Vec<(String, String)>);

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Params::parse(parts.uri.query().unwrap_or("")))
    }
}

/// Collects field errors while reading parameters.
#[derive(Debug, Default)]
pub struct Checker {
    errors: Vec<FieldError>,
    bad_cursor: bool,
}

impl Params {
    pub fn parse(query: &str) -> Self {
        Params(
            form_urlencoded::parse(query.as_bytes())
                .into_owned()
                .collect(),
        )
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The same parameters with every `name` value cut by `cap` to a prefix of itself (e.g.
    /// [`storefront_api::cap_query`] for `q`).
    pub fn capped(mut self, name: &str, cap: fn(&str) -> &str) -> Self {
        for (k, v) in &mut self.0 {
            if k == name {
                let kept = cap(v).len();
                v.truncate(kept);
            }
        }
        self
    }

    pub fn lang(&self) -> Lang {
        Lang::negotiate(self.get("lang"))
    }
}

impl Checker {
    /// Records a bad field (`malformed`, `out_of_range`, …).
    pub fn fail(&mut self, field: &str, code: &str) {
        self.errors.push(FieldError {
            field: field.to_string(),
            code: code.to_string(),
        });
    }

    /// An optional positive integer id.
    pub fn id(&mut self, params: &Params, name: &str) -> Option<i64> {
        let raw = params.get(name)?;
        match raw.trim().parse::<i64>() {
            Ok(v) if v > 0 => Some(v),
            Ok(_) => {
                self.fail(name, "out_of_range");
                None
            }
            Err(_) => {
                self.fail(name, "malformed");
                None
            }
        }
    }

    /// `limit`: 1–100, default 24.
    pub fn limit(&mut self, params: &Params) -> u32 {
        let Some(raw) = params.get("limit") else {
            return DEFAULT_PAGE_LIMIT;
        };
        match raw.trim().parse::<i64>() {
            Ok(v) if (1..=MAX_PAGE_LIMIT as i64).contains(&v) => v as u32,
            Ok(_) => {
                self.fail("limit", "out_of_range");
                DEFAULT_PAGE_LIMIT
            }
            Err(_) => {
                self.fail("limit", "malformed");
                DEFAULT_PAGE_LIMIT
            }
        }
    }

    /// `cursor`: absent, or one this server issued (non-negative key, positive id).
    pub fn cursor(&mut self, params: &Params) -> Option<Cursor> {
        let raw = params.get("cursor")?;
        match Cursor::decode(raw) {
            Some(c) if c.key >= 0 && c.key < (1 << 31) && c.id > 0 && c.id < (1 << 32) => Some(c),
            _ => {
                self.bad_cursor = true;
                None
            }
        }
    }

    /// Malformed parameters win over a bad cursor; both list every bad field.
    pub fn finish(mut self) -> Result<(), ApiError> {
        if self.errors.is_empty() && !self.bad_cursor {
            return Ok(());
        }
        if self.bad_cursor {
            self.fail("cursor", "malformed");
        }
        if self.errors.len() == 1 && self.bad_cursor {
            let mut e = ApiError::new(ErrorCode::InvalidCursor, "Invalid pagination cursor");
            e.0.errors = self.errors;
            return Err(e);
        }
        Err(ApiError::invalid_parameters(self.errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(q: &str) -> Result<(Option<i64>, u32, Option<Cursor>), ApiError> {
        let p = Params::parse(q);
        let mut c = Checker::default();
        let cat = c.id(&p, "category");
        let limit = c.limit(&p);
        let cursor = c.cursor(&p);
        c.finish().map(|_| (cat, limit, cursor))
    }

    #[test]
    fn defaults_and_valid_values() {
        assert_eq!(check("").ok(), Some((None, 24, None)));
        let cur = Cursor { key: 5, id: 9 }.encode();
        assert_eq!(
            check(&format!("category=3&limit=100&cursor={cur}")).ok(),
            Some((Some(3), 100, Some(Cursor { key: 5, id: 9 })))
        );
        assert_eq!(check("limit=1").ok().map(|v| v.1), Some(1));
    }

    #[test]
    fn limits_out_of_range_or_malformed() {
        for (q, code) in [
            ("limit=0", "out_of_range"),
            ("limit=101", "out_of_range"),
            ("limit=abc", "malformed"),
            ("limit=-5", "out_of_range"),
        ] {
            let e = check(q).err().map(|e| e.0);
            let e = e.as_ref();
            assert_eq!(e.map(|p| p.code), Some(ErrorCode::InvalidParameter), "{q}");
            assert_eq!(e.map(|p| p.errors[0].field.as_str()), Some("limit"));
            assert_eq!(e.map(|p| p.errors[0].code.as_str()), Some(code));
        }
    }

    #[test]
    fn bad_cursor_alone_is_invalid_cursor() {
        let e = check("cursor=zz").err().map(|e| e.0);
        assert_eq!(e.as_ref().map(|p| p.code), Some(ErrorCode::InvalidCursor));
        assert_eq!(e.as_ref().map(|p| p.status), Some(400));
        assert_eq!(
            e.map(|p| p.errors[0].field.clone()),
            Some("cursor".to_string())
        );
        // Negative keys are never issued.
        let neg = Cursor { key: -1, id: 3 }.encode();
        assert!(check(&format!("cursor={neg}")).is_err());
    }

    #[test]
    fn several_bad_fields_are_all_listed() {
        let e = check("category=x&limit=0&cursor=zz").err().map(|e| e.0);
        assert_eq!(
            e.as_ref().map(|p| p.code),
            Some(ErrorCode::InvalidParameter)
        );
        assert_eq!(e.map(|p| p.errors.len()), Some(3));
    }

    #[test]
    fn last_duplicate_wins_and_values_are_decoded() {
        let p = Params::parse("lang=en&lang=pt%2DBR");
        assert_eq!(p.get("lang"), Some("pt-BR"));
        assert_eq!(p.lang(), Lang::PtBr);
    }
}
