//! Review filters and the rating summary of a product.

use serde::{Deserialize, Serialize};

/// Query of `GET /api/v1/products/{id}/reviews`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ReviewQuery {
    /// `true`: only reviews with at least one photo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with_photos: Option<bool>,
    /// 1–5: only reviews with exactly this many stars.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stars: Option<u8>,
    /// Opaque cursor from a previous page's `next_cursor` (bound to the same filters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Items per page, 1–100 (default 24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Language of review texts (en, ru; others fall back to English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl ReviewQuery {
    /// Canonical query string without `?` (`with_photos=false` omitted).
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if self.with_photos == Some(true) {
            parts.push("with_photos=true".to_string());
        }
        if let Some(s) = self.stars {
            parts.push(format!("stars={s}"));
        }
        if let Some(c) = &self.cursor {
            parts.push(format!("cursor={}", crate::search::encode_component(c)));
        }
        if let Some(l) = self.limit {
            parts.push(format!("limit={l}"));
        }
        if let Some(l) = &self.lang {
            parts.push(format!("lang={}", crate::search::encode_component(l)));
        }
        parts.join("&")
    }
}

/// `GET /api/v1/products/{id}/reviews/summary`: over the stored reviews of the product (the
/// ones the list pages through), so filters and counts agree.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewSummary {
    /// Average stars × 10, rounded (47 = 4.7); 0 without reviews.
    pub average_x10: u8,
    pub count: i64,
    /// Reviews per star count: index 0 = 1 star … index 4 = 5 stars. Sums to `count`.
    pub histogram: [i64; 5],
    /// Reviews with at least one photo.
    pub with_photos: i64,
}

impl ReviewSummary {
    /// Average as text with one decimal ("4.7").
    pub fn average_text(&self) -> String {
        format!("{}.{}", self.average_x10 / 10, self.average_x10 % 10)
    }

    /// Share of `stars` (1–5) in per mille of `count`, for the histogram bars.
    pub fn share_per_mille(&self, stars: u8) -> i64 {
        let Some(n) = (stars as usize)
            .checked_sub(1)
            .and_then(|i| self.histogram.get(i))
        else {
            return 0;
        };
        if self.count <= 0 {
            0
        } else {
            n * 1000 / self.count
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_shape_and_shares() {
        let s = ReviewSummary {
            average_x10: 42,
            count: 10,
            histogram: [1, 0, 1, 3, 5],
            with_photos: 2,
        };
        let v = serde_json::to_value(&s).unwrap_or_default();
        assert_eq!(v["histogram"][4], 5);
        assert_eq!(s.share_per_mille(5), 500);
        assert_eq!(s.share_per_mille(0), 0);
        assert_eq!(s.share_per_mille(6), 0);
        assert_eq!(s.average_text(), "4.2");
    }

    #[test]
    fn review_query_string() {
        let q = ReviewQuery {
            with_photos: Some(true),
            stars: Some(5),
            ..Default::default()
        };
        assert_eq!(q.to_query_string(), "with_photos=true&stars=5");
        assert_eq!(ReviewQuery::default().to_query_string(), "");
    }
}
