//! A completed order's feedback: the feedback row, the product reviews made from it and the
//! seller's running rating sums.

use super::Result;
use sqlx::SqliteConnection;

/// The three ratings (stars 1–5) and the text of one feedback.
#[derive(Debug, Clone, Copy)]
pub struct Ratings<'a> {
    pub item_as_described: i64,
    pub communication: i64,
    pub shipping_speed: i64,
    pub text: &'a str,
}

/// (item_as_described, communication, shipping_speed, text, at) of the order's feedback.
pub async fn of_order(
    conn: &mut SqliteConnection,
    order_id: i64,
) -> Result<Option<(i64, i64, i64, String, i64)>> {
    sqlx::query_as(
        "SELECT item_as_described, communication, shipping_speed, text, at FROM order_feedback \
         WHERE order_id = ?",
    )
    .bind(order_id)
    .fetch_optional(&mut *conn)
    .await
}

pub async fn insert(
    conn: &mut SqliteConnection,
    order_id: i64,
    seller_id: i64,
    buyer_id: i64,
    r: Ratings<'_>,
    at: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO order_feedback (order_id, seller_id, buyer_id, item_as_described, \
         communication, shipping_speed, text, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(order_id)
    .bind(seller_id)
    .bind(buyer_id)
    .bind(r.item_as_described)
    .bind(r.communication)
    .bind(r.shipping_speed)
    .bind(r.text)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn buyer_name(conn: &mut SqliteConnection, buyer_id: i64) -> Result<Option<String>> {
    sqlx::query_scalar("SELECT name FROM buyers WHERE id = ?")
        .bind(buyer_id)
        .fetch_optional(&mut *conn)
        .await
}

/// Stores a review text (shown as written in every language); answers its id.
pub async fn insert_review_text(
    conn: &mut SqliteConnection,
    stars: i64,
    text: &str,
) -> Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO review_texts (stars, text_en, text_ru) VALUES (?, ?, ?) RETURNING id",
    )
    .bind(stars)
    .bind(text)
    .bind(text)
    .fetch_one(&mut *conn)
    .await
}

/// Adds a review to the product and recounts its `reviews_count` and `rating_x10` from its
/// stored reviews.
pub async fn add_review(
    conn: &mut SqliteConnection,
    product_id: i64,
    author: &str,
    country: &str,
    stars: i64,
    text_id: i64,
    created_at: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO reviews (product_id, author, country, stars, text_id, created_at, photo) \
         VALUES (?, ?, ?, ?, ?, ?, NULL)",
    )
    .bind(product_id)
    .bind(author)
    .bind(country)
    .bind(stars)
    .bind(text_id)
    .bind(created_at)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE products SET (reviews_count, rating_x10) = (SELECT COUNT(*), \
         (SUM(stars) * 10 + COUNT(*) / 2) / COUNT(*) FROM reviews WHERE product_id = ?) \
         WHERE id = ?",
    )
    .bind(product_id)
    .bind(product_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Folds one feedback into the seller's exact running sums and the rounded ratings shown on
/// product and store pages. `positive_x10` is 1000 for a positive feedback, else 0; the stars
/// are ×10.
pub async fn add_to_seller(
    conn: &mut SqliteConnection,
    seller_id: i64,
    positive_x10: i64,
    r: Ratings<'_>,
) -> Result<()> {
    sqlx::query(
        "INSERT OR IGNORE INTO seller_rating_sums (seller_id, feedback_count, positive_sum, \
         item_as_described_sum, communication_sum, shipping_speed_sum) \
         SELECT id, feedback_count, positive_feedback_x10 * feedback_count, \
         item_as_described_x10 * feedback_count, communication_x10 * feedback_count, \
         shipping_speed_x10 * feedback_count FROM sellers WHERE id = ?",
    )
    .bind(seller_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE seller_rating_sums SET feedback_count = feedback_count + 1, \
         positive_sum = positive_sum + ?, item_as_described_sum = item_as_described_sum + ?, \
         communication_sum = communication_sum + ?, shipping_speed_sum = shipping_speed_sum + ? \
         WHERE seller_id = ?",
    )
    .bind(positive_x10)
    .bind(r.item_as_described * 10)
    .bind(r.communication * 10)
    .bind(r.shipping_speed * 10)
    .bind(seller_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE sellers SET (feedback_count, positive_feedback_x10, item_as_described_x10, \
         communication_x10, shipping_speed_x10) = (SELECT feedback_count, \
         (positive_sum + feedback_count / 2) / feedback_count, \
         (item_as_described_sum + feedback_count / 2) / feedback_count, \
         (communication_sum + feedback_count / 2) / feedback_count, \
         (shipping_speed_sum + feedback_count / 2) / feedback_count \
         FROM seller_rating_sums WHERE seller_id = sellers.id) WHERE id = ?",
    )
    .bind(seller_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
