//! The cart: quotes for signed-out carts, the signed-in buyer's stored cart, the merge at
//! sign-in (see `storefront_api::cart`).

use super::{urls, ApiError, Request};
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

/// Only the cart document of a [`Quote`]: what the header needs, without the code to read a
/// whole quote (which lives with the cart views, outside the first load).
#[derive(serde::Deserialize)]
struct CartDoc {
    request: QuoteRequest,
}

/// `GET /cart`, the document only.
pub async fn get_doc(lang: &str) -> Result<QuoteRequest, ApiError> {
    Request::get(&cart_url(&urls::base(), lang))
        .send::<CartDoc>()
        .await
        .map(|d| d.request)
}

/// `PUT /cart`, the document only.
pub async fn put_doc(doc: &QuoteRequest, lang: &str) -> Result<QuoteRequest, ApiError> {
    Request::put(&cart_url(&urls::base(), lang))
        .json(doc)
        .send::<CartDoc>()
        .await
        .map(|d| d.request)
}

/// `POST /cart/merge`, the document only.
pub async fn merge_doc(lines: &[CartLineInput], lang: &str) -> Result<QuoteRequest, ApiError> {
    let body = MergeRequest {
        lines: lines.to_vec(),
    };
    Request::post(&merge_url(&urls::base(), lang))
        .json(&body)
        .send::<CartDoc>()
        .await
        .map(|d| d.request)
}

pub async fn quote(doc: &QuoteRequest, lang: &str) -> Result<Quote, ApiError> {
    Request::post(&quote_url(&urls::base(), lang))
        .json(doc)
        .send()
        .await
}

pub async fn get_cart(lang: &str) -> Result<Quote, ApiError> {
    Request::get(&cart_url(&urls::base(), lang)).send().await
}

pub async fn put_cart(doc: &QuoteRequest, lang: &str) -> Result<Quote, ApiError> {
    Request::put(&cart_url(&urls::base(), lang))
        .json(doc)
        .send()
        .await
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
