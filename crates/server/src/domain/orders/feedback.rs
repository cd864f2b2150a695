//! Feedback on a completed order: stored once, made a review of each product in the order and
//! folded into the seller's ratings.

use super::log::{record, Details};
use crate::domain::Result;
use crate::store::{self, feedback::Ratings, orders::OrderRow};
use crate::time::rfc3339;
use sqlx::SqliteConnection;
use storefront_api::account::Address;
use storefront_api::orders::*;

fn ratings(f: &FeedbackRequest) -> Ratings<'_> {
    Ratings {
        item_as_described: i64::from(f.item_as_described),
        communication: i64::from(f.communication),
        shipping_speed: i64::from(f.shipping_speed),
        text: f.text.trim(),
    }
}

/// A review's author as the other reviews show it: first and last letter (`A***a`).
pub fn masked_author(name: &str) -> String {
    let first = name.trim().chars().next().unwrap_or('*');
    let last = name.trim().chars().last().unwrap_or('*');
    format!("{first}***{last}")
}

/// Positive feedback (×10 share): the three ratings average 4 stars or more.
pub fn positive_x10(f: &FeedbackRequest) -> i64 {
    let stars =
        i64::from(f.item_as_described) + i64::from(f.communication) + i64::from(f.shipping_speed);
    if stars >= 12 {
        1000
    } else {
        0
    }
}

/// Makes a completed order's feedback a review of each product in the order: "item as
/// described" as its stars, the buyer's text (in every language: it is shown as written), the
/// buyer's name masked like the other reviews (`A***a`) and the delivery country. Each
/// product's `reviews_count` and `rating_x10` are recounted from its stored reviews, so the
/// product page's header, histogram and list keep describing the same reviews.
async fn add_product_reviews(
    conn: &mut SqliteConnection,
    row: &OrderRow,
    buyer_id: i64,
    f: &FeedbackRequest,
    at: i64,
) -> Result<()> {
    let lines: Vec<OrderLine> = serde_json::from_str(&row.lines)?;
    let address: Address = serde_json::from_str(&row.address)?;
    let name = store::feedback::buyer_name(conn, buyer_id)
        .await?
        .unwrap_or_default();
    let author = masked_author(&name);
    let stars = i64::from(f.item_as_described.clamp(1, 5));
    let text = f.text.trim();
    let text_id = store::feedback::insert_review_text(conn, stars, text).await?;
    let mut products: Vec<i64> = lines.iter().map(|l| l.product_id).collect();
    products.sort_unstable();
    products.dedup();
    for product_id in products {
        let created = rfc3339(at);
        store::feedback::add_review(
            conn,
            product_id,
            &author,
            &address.country,
            stars,
            text_id,
            &created,
        )
        .await?;
    }
    Ok(())
}

/// Stores the feedback, makes it a review of the order's products and folds it into the
/// seller's ratings (exact running sums).
pub async fn leave_feedback(
    conn: &mut SqliteConnection,
    row: &OrderRow,
    buyer_id: i64,
    f: &FeedbackRequest,
    at: i64,
) -> Result<()> {
    store::feedback::insert(conn, row.id, row.seller_id, buyer_id, ratings(f), at).await?;
    add_product_reviews(conn, row, buyer_id, f, at).await?;
    store::feedback::add_to_seller(conn, row.seller_id, positive_x10(f), ratings(f)).await?;
    record(
        conn,
        row.id,
        at,
        EventActor::Buyer,
        EventKind::FeedbackLeft,
        Details::default(),
    )
    .await?;
    Ok(store::orders::bump(conn, row.id).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fb(a: u8, b: u8, c: u8) -> FeedbackRequest {
        FeedbackRequest {
            item_as_described: a,
            communication: b,
            shipping_speed: c,
            text: String::new(),
        }
    }

    #[test]
    fn positive_means_an_average_of_four_stars() {
        assert_eq!(positive_x10(&fb(4, 4, 4)), 1000);
        assert_eq!(positive_x10(&fb(5, 5, 2)), 1000);
        assert_eq!(positive_x10(&fb(4, 4, 3)), 0);
    }

    #[test]
    fn authors_are_masked_like_the_other_reviews() {
        assert_eq!(masked_author(" Anna "), "A***a");
        assert_eq!(masked_author(""), "*****");
    }
}
