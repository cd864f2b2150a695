//! Payments (table `payments`): one per checkout or pay-again, with the test provider's status.

use super::Result;
use sqlx::SqliteConnection;

/// A payment as stored.
#[derive(Debug, sqlx::FromRow)]
pub struct PaymentRow {
    pub id: String,
    pub method: String,
    pub status: String,
    pub decline_reason: Option<String>,
    pub total_cents: i64,
    pub charge_amount: i64,
    pub charge_currency: String,
    pub card_brand: Option<String>,
    pub card_last4: Option<String>,
    pub created_at: String,
}

/// What a new payment stores (`created_at` is now).
pub struct NewPayment<'a> {
    pub id: &'a str,
    pub buyer_id: i64,
    pub method: &'a str,
    pub status: &'a str,
    pub decline_reason: Option<&'a str>,
    pub total_cents: i64,
    pub charge_amount: i64,
    pub charge_currency: &'a str,
    pub card_brand: Option<&'a str>,
    pub card_last4: Option<&'a str>,
}

pub async fn insert(conn: &mut SqliteConnection, p: &NewPayment<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO payments (id, buyer_id, method, status, decline_reason, total_cents, \
         charge_amount, charge_currency, card_brand, card_last4, created_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
    )
    .bind(p.id)
    .bind(p.buyer_id)
    .bind(p.method)
    .bind(p.status)
    .bind(p.decline_reason)
    .bind(p.total_cents)
    .bind(p.charge_amount)
    .bind(p.charge_currency)
    .bind(p.card_brand)
    .bind(p.card_last4)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn load(conn: &mut SqliteConnection, id: &str) -> Result<Option<PaymentRow>> {
    sqlx::query_as(
        "SELECT id, method, status, decline_reason, total_cents, charge_amount, \
         charge_currency, card_brand, card_last4, created_at FROM payments WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await
}

/// Owner of a payment.
pub async fn owner(conn: &mut SqliteConnection, id: &str) -> Result<Option<i64>> {
    sqlx::query_scalar("SELECT buyer_id FROM payments WHERE id = ?")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await
}

/// Owner and status of a payment.
pub async fn owner_and_status(
    conn: &mut SqliteConnection,
    id: &str,
) -> Result<Option<(i64, String)>> {
    sqlx::query_as("SELECT buyer_id, status FROM payments WHERE id = ?")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await
}

/// Method, status, charge amount and currency: what the provider's page shows.
pub async fn charge(
    conn: &mut SqliteConnection,
    id: &str,
) -> Result<Option<(String, String, i64, String)>> {
    sqlx::query_as(
        "SELECT method, status, charge_amount, charge_currency FROM payments WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await
}

pub async fn set_succeeded(conn: &mut SqliteConnection, id: &str) -> Result<()> {
    sqlx::query("UPDATE payments SET status = 'succeeded' WHERE id = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn set_declined(conn: &mut SqliteConnection, id: &str, reason: &str) -> Result<()> {
    sqlx::query("UPDATE payments SET status = 'declined', decline_reason = ? WHERE id = ?")
        .bind(reason)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
