//! Conversations with sellers and the notification inbox (see `storefront_api::inbox`).
//! Messages go as multipart by `XMLHttpRequest` like dispute evidence (the same upload code),
//! each with its own `Idempotency-Key`, so a retry after a failure never sends it twice.

use super::{get_json, send_json, send_json_for, urls, ApiError, Failure, Form};
use storefront_api::inbox::{
    Conversation, ConversationList, InboxCounts, Message, NotificationList, StartConversation,
};

const NO_BODY: Option<&()> = None;

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
    get_json(&counts_url(&urls::base())).await
}

pub async fn notifications(lang: &str) -> Result<NotificationList, ApiError> {
    let q = urls::query(&[("lang", Some(lang.to_string()))]);
    get_json(&format!("{}/notifications{q}", urls::base())).await
}

/// Marks every notification read; answers the counts after.
pub async fn read_all() -> Result<InboxCounts, ApiError> {
    let url = format!("{}/notifications/read-all", urls::base());
    send_json("POST", &url, Some(&serde_json::json!({})), None).await
}

pub async fn read_one(id: i64) -> Result<InboxCounts, ApiError> {
    let url = format!("{}/notifications/{id}/read", urls::base());
    send_json("POST", &url, Some(&serde_json::json!({})), None).await
}

pub async fn conversations(lang: &str) -> Result<ConversationList, ApiError> {
    let q = urls::query(&[("lang", Some(lang.to_string()))]);
    get_json(&format!("{}/conversations{q}", urls::base())).await
}

pub async fn conversation(id: i64, lang: &str) -> Result<Conversation, ApiError> {
    send_json(
        "GET",
        &conversation_url(&urls::base(), id, lang),
        NO_BODY,
        None,
    )
    .await
}

/// Opens the conversation with the seller of a product or an order.
pub async fn start(about: &StartConversation, lang: &str) -> Result<Conversation, Failure> {
    let q = urls::query(&[("lang", Some(lang.to_string()))]);
    send_json_for(
        "POST",
        &format!("{}/conversations{q}", urls::base()),
        Some(about),
        None,
    )
    .await
}

/// The buyer has the conversation on screen; answers the counts after.
pub async fn mark_read(id: i64) -> Result<InboxCounts, ApiError> {
    let url = format!("{}/conversations/{id}/read", urls::base());
    send_json("POST", &url, Some(&serde_json::json!({})), None).await
}

/// Sends a message (`text` and `photos` fields in `form`) with its own key.
pub async fn send_message(
    id: i64,
    lang: &str,
    form: &Form,
    key: &str,
    progress: impl Fn(f64, f64) + 'static,
) -> Result<Message, Failure> {
    let url = messages_url(&urls::base(), id, lang);
    let (status, body) =
        super::disputes::xhr_post(&url, form, &[("Idempotency-Key", key)], progress).await?;
    if (200..300).contains(&status) {
        serde_json::from_str(&body).map_err(|_| ApiError::Malformed.into())
    } else {
        Err(Failure::from_response(status, &body))
    }
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
