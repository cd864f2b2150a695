//! Wish list, followed stores, recommendations and buy again (`storefront_api::wishlist`).

use super::{get_json, send_json, urls, ApiError};
use storefront_api::wishlist::{
    BuyAgain, FollowState, Following, LocalWish, Wishlist, WishlistIds, WishlistMergeRequest,
};
use storefront_api::{Page, ProductSummary};

fn lang_q(lang: &str) -> String {
    urls::query(&[("lang", Some(lang.to_string()))])
}

/// An empty JSON body: mutations are always sent as `application/json`.
const EMPTY: Option<&()> = Some(&());

pub async fn ids() -> Result<WishlistIds, ApiError> {
    get_json(&format!("{}/wishlist/ids", urls::base())).await
}

pub async fn list(lang: &str) -> Result<Wishlist, ApiError> {
    get_json(&format!("{}/wishlist{}", urls::base(), lang_q(lang))).await
}

/// The signed-out list priced now.
pub async fn priced(items: Vec<LocalWish>, lang: &str) -> Result<Wishlist, ApiError> {
    let body = WishlistMergeRequest { items };
    let url = format!("{}/wishlist/priced{}", urls::base(), lang_q(lang));
    send_json("POST", &url, Some(&body), None).await
}

pub async fn set(product_id: i64, on: bool) -> Result<WishlistIds, ApiError> {
    let url = format!("{}/wishlist/{product_id}", urls::base());
    if on {
        send_json("PUT", &url, EMPTY, None).await
    } else {
        send_json::<(), _>("DELETE", &url, None, None).await
    }
}

pub async fn merge(items: Vec<LocalWish>) -> Result<WishlistIds, ApiError> {
    let body = WishlistMergeRequest { items };
    send_json(
        "POST",
        &format!("{}/wishlist/merge", urls::base()),
        Some(&body),
        None,
    )
    .await
}

pub async fn follow_state(seller_id: i64) -> Result<FollowState, ApiError> {
    get_json(&format!("{}/sellers/{seller_id}/follow", urls::base())).await
}

pub async fn follow(seller_id: i64, on: bool) -> Result<FollowState, ApiError> {
    let url = format!("{}/sellers/{seller_id}/follow", urls::base());
    if on {
        send_json("PUT", &url, EMPTY, None).await
    } else {
        send_json::<(), _>("DELETE", &url, None, None).await
    }
}

pub async fn following() -> Result<Following, ApiError> {
    get_json(&format!("{}/account/following", urls::base())).await
}

/// `similar` or `more-from-store` of a product.
pub async fn related(
    product_id: i64,
    which: &str,
    lang: &str,
) -> Result<Page<ProductSummary>, ApiError> {
    get_json(&format!(
        "{}/products/{product_id}/{which}{}",
        urls::base(),
        lang_q(lang)
    ))
    .await
}

pub async fn buy_again(order_id: i64) -> Result<BuyAgain, ApiError> {
    get_json(&format!("{}/orders/{order_id}/buy-again", urls::base())).await
}
