//! Conversations with sellers and the notification inbox (see `storefront_api::inbox`).
//! Messages go as multipart by `XMLHttpRequest` like dispute evidence (the same upload code),
//! each with its own `Idempotency-Key`, so a retry after a failure never sends it twice.

use super::{urls, ApiError, Form, Request};
use storefront_api::inbox::{
    Conversation, ConversationList, InboxCounts, Message, NotificationList, StartConversation,
};

pub fn counts_url(base: &str) -> String {
    format!("{base}/inbox/counts")
}

pub fn conversation_url(base: &str, id: i64, lang: &str) -> String {
    format!(
        "{base}/conversations/{id}{}",
        urls::query(&[("lang", Some(lang.to_string()))])
    )
}

pub fn messages_url(base: &str, id: i64, lang: &str) -> String {
    format!(
        "{base}/conversations/{id}/messages{}",
        urls::query(&[("lang", Some(lang.to_string()))])
    )
}

pub async fn counts() -> Result<InboxCounts, ApiError> {
    Request::get(&counts_url(&urls::base())).send().await
}

pub async fn notifications(lang: &str) -> Result<NotificationList, ApiError> {
    let q = urls::query(&[("lang", Some(lang.to_string()))]);
    Request::get(&format!("{}/notifications{q}", urls::base()))
        .send()
        .await
}

/// Marks every notification read; answers the counts after.
pub async fn read_all() -> Result<InboxCounts, ApiError> {
    let url = format!("{}/notifications/read-all", urls::base());
    Request::post(&url)
        .json(&serde_json::json!({}))
        .send()
        .await
}

pub async fn read_one(id: i64) -> Result<InboxCounts, ApiError> {
    let url = format!("{}/notifications/{id}/read", urls::base());
    Request::post(&url)
        .json(&serde_json::json!({}))
        .send()
        .await
}

pub async fn conversations(lang: &str) -> Result<ConversationList, ApiError> {
    let q = urls::query(&[("lang", Some(lang.to_string()))]);
    Request::get(&format!("{}/conversations{q}", urls::base()))
        .send()
        .await
}

pub async fn conversation(id: i64, lang: &str) -> Result<Conversation, ApiError> {
    Request::get(&conversation_url(&urls::base(), id, lang))
        .send()
        .await
}

/// Opens the conversation with the seller of a product or an order.
pub async fn start(about: &StartConversation, lang: &str) -> Result<Conversation, ApiError> {
    let q = urls::query(&[("lang", Some(lang.to_string()))]);
    Request::post(&format!("{}/conversations{q}", urls::base()))
        .json(about)
        .send()
        .await
}

/// The buyer has the conversation on screen; answers the counts after.
pub async fn mark_read(id: i64) -> Result<InboxCounts, ApiError> {
    let url = format!("{}/conversations/{id}/read", urls::base());
    Request::post(&url)
        .json(&serde_json::json!({}))
        .send()
        .await
}

/// Sends a message (`text` and `photos` fields in `form`) with its own key.
pub async fn send_message(
    id: i64,
    lang: &str,
    form: &Form,
    key: &str,
    progress: impl Fn(f64, f64) + 'static,
) -> Result<Message, ApiError> {
    Request::post(&messages_url(&urls::base(), id, lang))
        .form(form)
        .idempotency_key(key)
        .upload(progress)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_follow_the_contract() {
        assert_eq!(counts_url("/api/v1"), "/api/v1/inbox/counts");
        assert_eq!(
            conversation_url("/api/v1", 3, "de"),
            "/api/v1/conversations/3?lang=de"
        );
        assert_eq!(
            messages_url("/api/v1", 3, "pt-BR"),
            "/api/v1/conversations/3/messages?lang=pt-BR"
        );
    }
}
