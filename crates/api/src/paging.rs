//! Cursor pagination: lists answer with a page of items and an opaque cursor to the next page.

use serde::{Deserialize, Serialize};

pub const DEFAULT_PAGE_LIMIT: u32 = 24;
pub const MAX_PAGE_LIMIT: u32 = 100;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass back as `cursor` to get the next page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// Query parameters every list endpoint accepts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct PageQuery {
    /// Opaque cursor from a previous page's `next_cursor`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Items per page, 1–100 (default 24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// A keyset position: the sort key and id of the last item served. Encoded as URL-safe text
/// so it needs no escaping in a query string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub key: i64,
    pub id: i64,
}

impl Cursor {
    pub fn encode(&self) -> String {
        let raw = format!("v1.{}.{}", self.key, self.id);
        raw.bytes().map(|b| format!("{b:02x}")).collect()
    }

    pub fn decode(text: &str) -> Option<Cursor> {
        if !text.len().is_multiple_of(2) || text.len() > 128 {
            return None;
        }
        let bytes: Option<Vec<u8>> = (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
            .collect();
        let raw = String::from_utf8(bytes?).ok()?;
        let mut parts = raw.split('.');
        if parts.next()? != "v1" {
            return None;
        }
        let key = parts.next()?.parse().ok()?;
        let id = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        Some(Cursor { key, id })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trips() {
        let c = Cursor { key: -42, id: 9001 };
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
    }

    #[test]
    fn garbage_cursors_are_refused() {
        for bad in ["", "zz", "abc", "763100", &"ab".repeat(100)] {
            assert_eq!(Cursor::decode(bad), None, "{bad}");
        }
    }
}
