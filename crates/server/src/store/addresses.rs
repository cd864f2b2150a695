//! The buyers' address books.

use super::Result;
use sqlx::{SqliteConnection, SqlitePool};
use storefront_api::account::{Address, AddressInput};

#[derive(sqlx::FromRow)]
struct AddressRow {
    id: i64,
    recipient_name: String,
    phone: String,
    country: String,
    region: String,
    city: String,
    street: String,
    postal_code: String,
    is_default: bool,
}

impl From<AddressRow> for Address {
    fn from(r: AddressRow) -> Self {
        Address {
            id: r.id,
            recipient_name: r.recipient_name,
            phone: r.phone,
            country: r.country,
            region: r.region,
            city: r.city,
            street: r.street,
            postal_code: r.postal_code,
            is_default: r.is_default,
        }
    }
}

const ADDRESS_COLUMNS: &str =
    "id, recipient_name, phone, country, region, city, street, postal_code, is_default";

/// One of the buyer's addresses (`None` also for other buyers' ids).
pub async fn find(pool: &SqlitePool, buyer_id: i64, id: i64) -> Result<Option<Address>> {
    let row: Option<AddressRow> = sqlx::query_as(&format!(
        "SELECT {ADDRESS_COLUMNS} FROM addresses WHERE id = ? AND buyer_id = ?"
    ))
    .bind(id)
    .bind(buyer_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(Address::from))
}

/// The buyer's addresses, the default first, then oldest first.
pub async fn list(pool: &SqlitePool, buyer_id: i64) -> Result<Vec<Address>> {
    let rows: Vec<AddressRow> = sqlx::query_as(&format!(
        "SELECT {ADDRESS_COLUMNS} FROM addresses WHERE buyer_id = ? ORDER BY is_default DESC, id"
    ))
    .bind(buyer_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(Address::from).collect())
}

pub async fn count(conn: &mut SqliteConnection, buyer_id: i64) -> Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM addresses WHERE buyer_id = ?")
        .bind(buyer_id)
        .fetch_one(&mut *conn)
        .await
}

/// None of the buyer's addresses is the default any more.
pub async fn clear_default(conn: &mut SqliteConnection, buyer_id: i64) -> Result<()> {
    sqlx::query("UPDATE addresses SET is_default = 0 WHERE buyer_id = ?")
        .bind(buyer_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Inserts an address (its `is_default` is `default`); answers the id.
pub async fn insert(
    conn: &mut SqliteConnection,
    buyer_id: i64,
    a: &AddressInput,
    default: bool,
) -> Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO addresses (buyer_id, recipient_name, phone, country, region, city, street, \
         postal_code, is_default) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(buyer_id)
    .bind(&a.recipient_name)
    .bind(&a.phone)
    .bind(&a.country)
    .bind(&a.region)
    .bind(&a.city)
    .bind(&a.street)
    .bind(&a.postal_code)
    .bind(default)
    .fetch_one(&mut *conn)
    .await
}

/// Replaces an address's fields; `a.is_default` can make it the default, never undo that.
pub async fn update(
    conn: &mut SqliteConnection,
    buyer_id: i64,
    id: i64,
    a: &AddressInput,
) -> Result<()> {
    sqlx::query(
        "UPDATE addresses SET recipient_name = ?, phone = ?, country = ?, region = ?, city = ?, \
         street = ?, postal_code = ?, is_default = (is_default OR ?) WHERE id = ? AND buyer_id = ?",
    )
    .bind(&a.recipient_name)
    .bind(&a.phone)
    .bind(&a.country)
    .bind(&a.region)
    .bind(&a.city)
    .bind(&a.street)
    .bind(&a.postal_code)
    .bind(a.is_default)
    .bind(id)
    .bind(buyer_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Deletes an address; answers whether there was one. When it was the default, the oldest
/// remaining one becomes the default.
pub async fn delete(conn: &mut SqliteConnection, buyer_id: i64, id: i64) -> Result<bool> {
    let deleted = sqlx::query("DELETE FROM addresses WHERE id = ? AND buyer_id = ?")
        .bind(id)
        .bind(buyer_id)
        .execute(&mut *conn)
        .await?;
    if deleted.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query(
        "UPDATE addresses SET is_default = 1 WHERE id = (SELECT MIN(id) FROM addresses \
         WHERE buyer_id = ?1) AND NOT EXISTS (SELECT 1 FROM addresses WHERE buyer_id = ?1 \
         AND is_default = 1)",
    )
    .bind(buyer_id)
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

/// Makes `id` the buyer's only default address.
pub async fn make_default(pool: &SqlitePool, buyer_id: i64, id: i64) -> Result<()> {
    sqlx::query("UPDATE addresses SET is_default = (id = ?) WHERE buyer_id = ?")
        .bind(id)
        .bind(buyer_id)
        .execute(pool)
        .await?;
    Ok(())
}
