//! The cart: quotes for signed-out carts, the signed-in buyer's stored cart, the merge at
//! sign-in (see `storefront_api::cart`).

use super::{send_json, urls, ApiError};
use storefront_api::cart::{CartLineInput, MergeRequest, Quote, QuoteRequest};

fn with_lang(path: String, lang: &str) -> String {
    format!("{path}{}", urls::query(&[("lang", Some(lang.to_string()))]))
}

/// `POST` quote.
pub fn quote_url(base: &str, lang: &str) -> String {
    with_lang(format!("{base}/cart/quote"), lang)
}

/// `GET`/`PUT` the stored cart.
pub fn cart_url(base: &str, lang: &str) -> String {
    with_lang(format!("{base}/cart"), lang)
}

/// `POST` merge.
pub fn merge_url(base: &str, lang: &str) -> String {
    with_lang(format!("{base}/cart/merge"), lang)
}

const NO_BODY: Option<&()> = None;

/// Only the cart document of a [`Quote`]: what the header needs, without the code to read a
/// whole quote (which lives with the cart views, outside the first load).
#[derive(serde::Deserialize)]
struct CartDoc {
    request: QuoteRequest,
}

/// `GET /cart`, the document only.
pub async fn get_doc(lang: &str) -> Result<QuoteRequest, ApiError> {
    send_json::<(), CartDoc>("GET", &cart_url(&urls::base(), lang), NO_BODY, None)
        .await
        .map(|d| d.request)
}

/// `PUT /cart`, the document only.
pub async fn put_doc(doc: &QuoteRequest, lang: &str) -> Result<QuoteRequest, ApiError> {
    send_json::<_, CartDoc>("PUT", &cart_url(&urls::base(), lang), Some(doc), None)
        .await
        .map(|d| d.request)
}

/// `POST /cart/merge`, the document only.
pub async fn merge_doc(lines: &[CartLineInput], lang: &str) -> Result<QuoteRequest, ApiError> {
    let body = MergeRequest {
        lines: lines.to_vec(),
    };
    send_json::<_, CartDoc>("POST", &merge_url(&urls::base(), lang), Some(&body), None)
        .await
        .map(|d| d.request)
}

pub async fn quote(doc: &QuoteRequest, lang: &str) -> Result<Quote, ApiError> {
    send_json("POST", &quote_url(&urls::base(), lang), Some(doc), None).await
}

pub async fn get_cart(lang: &str) -> Result<Quote, ApiError> {
    send_json("GET", &cart_url(&urls::base(), lang), NO_BODY, None).await
}

pub async fn put_cart(doc: &QuoteRequest, lang: &str) -> Result<Quote, ApiError> {
    send_json("PUT", &cart_url(&urls::base(), lang), Some(doc), None).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_follow_the_contract() {
        assert_eq!(quote_url("/api/v1", "ru"), "/api/v1/cart/quote?lang=ru");
        assert_eq!(cart_url("/api/v1", "pt-BR"), "/api/v1/cart?lang=pt-BR");
        assert_eq!(merge_url("/b", "en"), "/b/cart/merge?lang=en");
    }
}
