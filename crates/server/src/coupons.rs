//! Coupons: platform coupons live in the `coupons` table (seeded by migration 0004: `WELCOME5`,
//! `SAVE10`, the expired `SPRING2024`); every seller also has the implied coupon
//! `STORE<seller id>` (e.g. `STORE7`): 10 % off that seller's lines when they reach $20.

use crate::store::catalogue;
use sqlx::SqliteConnection;

/// Percent and minimum of the implied `STORE<id>` seller coupons.
pub const STORE_COUPON_PERCENT: i64 = 10;
pub const STORE_COUPON_MIN_CENTS: i64 = 2000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coupon {
    pub code: String,
    /// `None`: a platform coupon.
    pub seller_id: Option<i64>,
    pub percent_off: Option<i64>,
    pub amount_cents: Option<i64>,
    pub max_cents: Option<i64>,
    pub min_cents: i64,
    pub expires_at: Option<i64>,
}

impl Coupon {
    pub fn expired(&self, now: i64) -> bool {
        self.expires_at.is_some_and(|t| t <= now)
    }

    /// What it takes off `base` cents (never more than `base`).
    pub fn discount(&self, base: i64) -> i64 {
        let mut d = match (self.percent_off, self.amount_cents) {
            (Some(p), _) => (base * p + 50) / 100,
            (None, Some(a)) => a,
            (None, None) => 0,
        };
        if let Some(max) = self.max_cents {
            d = d.min(max);
        }
        d.clamp(0, base.max(0))
    }
}

/// Upper-cased, trimmed code.
pub fn normalise(code: &str) -> String {
    code.trim().to_ascii_uppercase()
}

/// The coupon with this (normalised) code, if any.
pub async fn find(conn: &mut SqliteConnection, code: &str) -> Result<Option<Coupon>, sqlx::Error> {
    let row = catalogue::coupon(conn, code).await?;
    if let Some((code, seller_id, percent_off, amount_cents, max_cents, min_cents, expires_at)) =
        row
    {
        return Ok(Some(Coupon {
            code,
            seller_id,
            percent_off,
            amount_cents,
            max_cents,
            min_cents,
            expires_at,
        }));
    }
    let Some(seller_id) = code
        .strip_prefix("STORE")
        .filter(|n| {
            !n.is_empty()
                && n.len() <= 9
                && n.bytes().all(|b| b.is_ascii_digit())
                && !n.starts_with('0')
        })
        .and_then(|n| n.parse::<i64>().ok())
    else {
        return Ok(None);
    };
    let exists = catalogue::seller_exists(conn, seller_id).await?;
    Ok(exists.then(|| Coupon {
        code: code.to_string(),
        seller_id: Some(seller_id),
        percent_off: Some(STORE_COUPON_PERCENT),
        amount_cents: None,
        max_cents: None,
        min_cents: STORE_COUPON_MIN_CENTS,
        expires_at: None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discounts_round_and_cap() {
        let save10 = Coupon {
            code: "SAVE10".into(),
            seller_id: None,
            percent_off: Some(10),
            amount_cents: None,
            max_cents: Some(2000),
            min_cents: 5000,
            expires_at: None,
        };
        assert_eq!(save10.discount(5005), 501);
        assert_eq!(save10.discount(100_000), 2000);
        let five = Coupon {
            percent_off: None,
            amount_cents: Some(500),
            max_cents: None,
            ..save10
        };
        assert_eq!(five.discount(300), 300);
    }
}
