//! The inbox's SQL: conversations and their messages, notifications, and what the notifier
//! reads (the order and dispute audit logs past a per-buyer watermark, open orders' deadlines,
//! the wish list against today's prices).

use super::Result;
use crate::lang::Lang;
use sqlx::{SqliteConnection, SqlitePool};

/// A stored message photo (files under `<uploads>/messages/<message id>/`).
pub use super::PhotoRow;

/// Who a conversation is with and what it is about (the product's title in the buyer's
/// language).
#[derive(Debug, sqlx::FromRow)]
pub struct SubjectRow {
    pub id: i64,
    pub seller_id: i64,
    pub seller_name: String,
    pub product_id: Option<i64>,
    pub order_id: Option<i64>,
    pub product_title: Option<String>,
}

/// The columns of a [`SubjectRow`] and the tables they come from (`c` the conversations, `s`
/// the sellers, `p` the products).
fn subject_sql(lang: Lang) -> (String, &'static str) {
    let columns = format!(
        "c.id, c.seller_id, s.name AS seller_name, c.product_id, c.order_id, {} AS product_title",
        lang.title_sql("p.")
    );
    let from = "FROM conversations c JOIN sellers s ON s.id = c.seller_id \
                LEFT JOIN products p ON p.id = c.product_id";
    (columns, from)
}

/// A conversation and how far its buyer has read.
#[derive(Debug, sqlx::FromRow)]
pub struct ConversationRow {
    #[sqlx(flatten)]
    pub subject: SubjectRow,
    pub buyer_read_id: i64,
}

/// A conversation in the buyer's list: its latest message and how many are unread.
#[derive(Debug, sqlx::FromRow)]
pub struct SummaryRow {
    #[sqlx(flatten)]
    pub subject: SubjectRow,
    pub last_text: Option<String>,
    pub last_author: Option<String>,
    pub last_at: i64,
    pub unread: i64,
}

#[derive(Debug, sqlx::FromRow)]
pub struct MessageRow {
    pub id: i64,
    pub author: String,
    pub text: String,
    pub photos: String,
    pub product_id: Option<i64>,
    pub order_id: Option<i64>,
    pub at: i64,
    pub reply_due: Option<i64>,
}

pub async fn seller_of_product(pool: &SqlitePool, product_id: i64) -> Result<Option<i64>> {
    sqlx::query_scalar("SELECT seller_id FROM products WHERE id = ?")
        .bind(product_id)
        .fetch_optional(pool)
        .await
}

/// The seller of one of the buyer's orders.
pub async fn seller_of_order(
    pool: &SqlitePool,
    order_id: i64,
    buyer_id: i64,
) -> Result<Option<i64>> {
    sqlx::query_scalar("SELECT seller_id FROM orders WHERE id = ? AND buyer_id = ?")
        .bind(order_id)
        .bind(buyer_id)
        .fetch_optional(pool)
        .await
}

/// The conversation of (buyer, seller), made if there is none; its subject becomes the given one.
pub async fn open(
    pool: &SqlitePool,
    buyer_id: i64,
    seller_id: i64,
    product_id: Option<i64>,
    order_id: Option<i64>,
    now: i64,
) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO conversations (buyer_id, seller_id, product_id, order_id, created_at, last_at) \
         VALUES (?, ?, ?, ?, ?, ?) \
         ON CONFLICT (buyer_id, seller_id) DO UPDATE SET \
         product_id = excluded.product_id, order_id = excluded.order_id RETURNING id",
    )
    .bind(buyer_id)
    .bind(seller_id)
    .bind(product_id)
    .bind(order_id)
    .bind(now)
    .bind(now)
    .fetch_one(pool)
    .await?;
    Ok(id)
}

/// One of the buyer's conversations (`None` for anyone else's).
pub async fn conversation(
    conn: &mut SqliteConnection,
    id: i64,
    buyer_id: i64,
    lang: Lang,
) -> Result<Option<ConversationRow>> {
    let (subject, from) = subject_sql(lang);
    sqlx::query_as(&format!(
        "SELECT {subject}, c.buyer_read_id {from} WHERE c.id = ? AND c.buyer_id = ?"
    ))
    .bind(id)
    .bind(buyer_id)
    .fetch_optional(&mut *conn)
    .await
}

/// The buyer's conversations, newest activity first, with the latest message and unread counts.
pub async fn conversations(
    pool: &SqlitePool,
    buyer_id: i64,
    lang: Lang,
) -> Result<Vec<SummaryRow>> {
    let (subject, from) = subject_sql(lang);
    sqlx::query_as(&format!(
        "SELECT {subject}, m.text AS last_text, m.author AS last_author, c.last_at, \
         (SELECT COUNT(*) FROM conversation_messages u WHERE u.conversation_id = c.id \
          AND u.author = 'seller' AND u.id > c.buyer_read_id) AS unread {from} \
         LEFT JOIN conversation_messages m ON m.id = \
           (SELECT MAX(id) FROM conversation_messages WHERE conversation_id = c.id) \
         WHERE c.buyer_id = ? AND m.id IS NOT NULL ORDER BY c.last_at DESC, c.id DESC LIMIT 200"
    ))
    .bind(buyer_id)
    .fetch_all(pool)
    .await
}

pub async fn messages(
    conn: &mut SqliteConnection,
    conversation_id: i64,
) -> Result<Vec<MessageRow>> {
    sqlx::query_as(
        "SELECT id, author, text, photos, product_id, order_id, at, reply_due \
         FROM conversation_messages WHERE conversation_id = ? ORDER BY id",
    )
    .bind(conversation_id)
    .fetch_all(&mut *conn)
    .await
}

/// A message to store.
pub struct NewMessage<'a> {
    pub conversation_id: i64,
    pub author: &'a str,
    pub text: &'a str,
    pub photos: &'a [PhotoRow],
    pub product_id: Option<i64>,
    pub order_id: Option<i64>,
    pub at: i64,
    pub reply_due: Option<i64>,
    pub reply_text: Option<&'a str>,
}

/// Stores a message and moves the conversation's activity (and subject, when it has one).
pub async fn insert_message(conn: &mut SqliteConnection, m: &NewMessage<'_>) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO conversation_messages (conversation_id, author, text, photos, product_id, \
         order_id, at, reply_due, reply_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(m.conversation_id)
    .bind(m.author)
    .bind(m.text)
    .bind(super::json(&m.photos)?)
    .bind(m.product_id)
    .bind(m.order_id)
    .bind(m.at)
    .bind(m.reply_due)
    .bind(m.reply_text)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE conversations SET last_at = ?, \
         product_id = CASE WHEN ? IS NULL AND ? IS NULL THEN product_id ELSE ? END, \
         order_id = CASE WHEN ? IS NULL AND ? IS NULL THEN order_id ELSE ? END \
         WHERE id = ?",
    )
    .bind(m.at)
    .bind(m.product_id)
    .bind(m.order_id)
    .bind(m.product_id)
    .bind(m.product_id)
    .bind(m.order_id)
    .bind(m.order_id)
    .bind(m.conversation_id)
    .execute(&mut *conn)
    .await?;
    Ok(id)
}

/// The photos of one message of the buyer's conversation (`None` if not theirs).
pub async fn message_photos(
    pool: &SqlitePool,
    conversation_id: i64,
    message_id: i64,
    buyer_id: i64,
) -> Result<Option<String>> {
    sqlx::query_scalar(
        "SELECT m.photos FROM conversation_messages m JOIN conversations c \
         ON c.id = m.conversation_id WHERE m.id = ? AND c.id = ? AND c.buyer_id = ?",
    )
    .bind(message_id)
    .bind(conversation_id)
    .bind(buyer_id)
    .fetch_optional(pool)
    .await
}

/// The buyer has seen every message of the conversation, and its reply notifications.
pub async fn mark_conversation_read(
    pool: &SqlitePool,
    conversation_id: i64,
    buyer_id: i64,
    now: i64,
) -> Result<()> {
    let mut tx = pool.begin().await?;
    sqlx::query(
        "UPDATE conversations SET buyer_read_id = COALESCE((SELECT MAX(id) FROM \
         conversation_messages WHERE conversation_id = ?), 0) WHERE id = ? AND buyer_id = ?",
    )
    .bind(conversation_id)
    .bind(conversation_id)
    .bind(buyer_id)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE notifications SET read_at = ? WHERE buyer_id = ? AND conversation_id = ? \
         AND read_at IS NULL",
    )
    .bind(now)
    .bind(buyer_id)
    .bind(conversation_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Product titles in `lang`, by id.
pub async fn product_title(
    conn: &mut SqliteConnection,
    product_id: i64,
    lang: Lang,
) -> Result<Option<String>> {
    sqlx::query_scalar(&format!(
        "SELECT {} FROM products WHERE id = ?",
        lang.title_sql("")
    ))
    .bind(product_id)
    .fetch_optional(&mut *conn)
    .await
}

// ---- notifications ---------------------------------------------------------------------------

#[derive(Debug, sqlx::FromRow)]
pub struct NotificationRow {
    pub id: i64,
    pub kind: String,
    pub at: i64,
    pub order_id: Option<i64>,
    pub dispute_id: Option<i64>,
    pub conversation_id: Option<i64>,
    pub product_id: Option<i64>,
    pub details: String,
    pub read_at: Option<i64>,
}

/// A notification to write; ignored when its `source` was told to the buyer before.
#[derive(Debug, Default)]
pub struct NewNotification {
    pub kind: &'static str,
    pub at: i64,
    pub source: String,
    pub order_id: Option<i64>,
    pub dispute_id: Option<i64>,
    pub conversation_id: Option<i64>,
    pub product_id: Option<i64>,
    pub details: String,
}

pub async fn notify(
    conn: &mut SqliteConnection,
    buyer_id: i64,
    n: &NewNotification,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO notifications (buyer_id, kind, at, source, order_id, dispute_id, \
         conversation_id, product_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) \
         ON CONFLICT (buyer_id, source) DO NOTHING",
    )
    .bind(buyer_id)
    .bind(n.kind)
    .bind(n.at)
    .bind(&n.source)
    .bind(n.order_id)
    .bind(n.dispute_id)
    .bind(n.conversation_id)
    .bind(n.product_id)
    .bind(if n.details.is_empty() {
        "{}"
    } else {
        &n.details
    })
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn notifications(pool: &SqlitePool, buyer_id: i64) -> Result<Vec<NotificationRow>> {
    sqlx::query_as(
        "SELECT id, kind, at, order_id, dispute_id, conversation_id, product_id, details, \
         read_at FROM notifications WHERE buyer_id = ? ORDER BY id DESC LIMIT 100",
    )
    .bind(buyer_id)
    .fetch_all(pool)
    .await
}

/// (unread notifications, unread seller messages).
pub async fn counts(pool: &SqlitePool, buyer_id: i64) -> Result<(i64, i64)> {
    let row: (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM notifications WHERE buyer_id = ?1 AND read_at IS NULL), \
         (SELECT COUNT(*) FROM conversation_messages m JOIN conversations c \
          ON c.id = m.conversation_id WHERE c.buyer_id = ?1 AND m.author = 'seller' \
          AND m.id > c.buyer_read_id)",
    )
    .bind(buyer_id)
    .fetch_one(pool)
    .await?;
    Ok(row)
}

/// Marks one notification read; `false` when it is not the buyer's.
pub async fn mark_read(pool: &SqlitePool, buyer_id: i64, id: i64, now: i64) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND buyer_id = ?",
    )
    .bind(now)
    .bind(id)
    .bind(buyer_id)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn mark_all_read(pool: &SqlitePool, buyer_id: i64, now: i64) -> Result<()> {
    sqlx::query("UPDATE notifications SET read_at = ? WHERE buyer_id = ? AND read_at IS NULL")
        .bind(now)
        .bind(buyer_id)
        .execute(pool)
        .await?;
    Ok(())
}

// ---- what the notifier reads -----------------------------------------------------------------

/// (order events, dispute events) already read for the buyer.
pub async fn watermarks(conn: &mut SqliteConnection, buyer_id: i64) -> Result<(i64, i64)> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "SELECT order_event_id, dispute_event_id FROM inbox_watermarks WHERE buyer_id = ?",
    )
    .bind(buyer_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.unwrap_or((0, 0)))
}

pub async fn set_watermarks(
    conn: &mut SqliteConnection,
    buyer_id: i64,
    order_event: i64,
    dispute_event: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO inbox_watermarks (buyer_id, order_event_id, dispute_event_id) \
         VALUES (?, ?, ?) ON CONFLICT (buyer_id) DO UPDATE SET \
         order_event_id = MAX(order_event_id, excluded.order_event_id), \
         dispute_event_id = MAX(dispute_event_id, excluded.dispute_event_id)",
    )
    .bind(buyer_id)
    .bind(order_event)
    .bind(dispute_event)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// An audit-log event of the buyer's order or dispute.
#[derive(Debug, sqlx::FromRow)]
pub struct EventRow {
    pub id: i64,
    pub order_id: i64,
    pub dispute_id: Option<i64>,
    pub at: i64,
    pub actor: String,
    pub kind: String,
    pub details: String,
}

/// The audit log a notification may come from.
#[derive(Debug, Clone, Copy)]
pub enum Log {
    Orders,
    Disputes,
}

/// The next (at most 500) events of the buyer's orders or disputes after event id `after`.
pub async fn events_after(
    conn: &mut SqliteConnection,
    log: Log,
    buyer_id: i64,
    after: i64,
) -> Result<Vec<EventRow>> {
    let sql = match log {
        Log::Orders => {
            "SELECT e.id, e.order_id, NULL AS dispute_id, e.at, e.actor, e.kind, e.details \
             FROM order_events e JOIN orders o ON o.id = e.order_id \
             WHERE o.buyer_id = ? AND e.id > ? ORDER BY e.id LIMIT 500"
        }
        Log::Disputes => {
            "SELECT e.id, d.order_id, d.id AS dispute_id, e.at, e.actor, e.kind, e.details \
             FROM dispute_events e JOIN disputes d ON d.id = e.dispute_id \
             WHERE d.buyer_id = ? AND e.id > ? ORDER BY e.id LIMIT 500"
        }
    };
    sqlx::query_as(sql)
        .bind(buyer_id)
        .bind(after)
        .fetch_all(&mut *conn)
        .await
}

/// The buyer's orders whose completion timer runs (shipped or delivered, no open dispute), as
/// the lifecycle's rows: their deadline is the lifecycle's own.
pub async fn running_orders(
    conn: &mut SqliteConnection,
    buyer_id: i64,
) -> Result<Vec<crate::store::orders::OrderRow>> {
    sqlx::query_as(&format!(
        "SELECT {} FROM orders WHERE buyer_id = ? AND state IN ('shipped', 'delivered') \
         AND dispute_open = 0",
        crate::store::orders::ORDER_COLUMNS
    ))
    .bind(buyer_id)
    .fetch_all(&mut *conn)
    .await
}

/// A buyer message the simulated seller has to answer.
#[derive(Debug, sqlx::FromRow)]
pub struct DueReply {
    pub id: i64,
    pub conversation_id: i64,
    pub reply_text: Option<String>,
    pub reply_due: i64,
}

pub async fn due_replies(
    conn: &mut SqliteConnection,
    buyer_id: i64,
    now: i64,
) -> Result<Vec<DueReply>> {
    sqlx::query_as(
        "SELECT m.id, m.conversation_id, m.reply_text, m.reply_due FROM conversation_messages m \
         JOIN conversations c ON c.id = m.conversation_id \
         WHERE c.buyer_id = ? AND m.reply_due IS NOT NULL AND m.reply_due <= ? ORDER BY m.id",
    )
    .bind(buyer_id)
    .bind(now)
    .fetch_all(&mut *conn)
    .await
}

/// Takes the reply off the simulated seller's list; `false` if another pass already did.
pub async fn take_reply(conn: &mut SqliteConnection, message_id: i64) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE conversation_messages SET reply_due = NULL WHERE id = ? AND reply_due IS NOT NULL",
    )
    .bind(message_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn seller_name_of(conn: &mut SqliteConnection, conversation_id: i64) -> Result<String> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT s.name FROM conversations c JOIN sellers s ON s.id = c.seller_id WHERE c.id = ?",
    )
    .bind(conversation_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| r.0).unwrap_or_default())
}
