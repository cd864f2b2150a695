//! Wish list, followed stores, recommendations and buy again (`storefront_api::wishlist`).

use super::{urls, ApiError, Request};
use storefront_api::wishlist::{
    BuyAgain, FollowState, Following, LocalWish, Wishlist, WishlistIds, WishlistMergeRequest,
};
use storefront_api::{Page, ProductSummary};

fn lang_q(lang: &str) -> String {
    urls::query(&[("lang", Some(lang.to_string()))])
}

pub async fn ids() -> Result<WishlistIds, ApiError> {
    Request::get(&format!("{}/wishlist/ids", urls::base()))
        .send()
        .await
}

pub async fn list(lang: &str) -> Result<Wishlist, ApiError> {
    Request::get(&format!("{}/wishlist{}", urls::base(), lang_q(lang)))
        .send()
        .await
}

/// The signed-out list priced now.
pub async fn priced(items: Vec<LocalWish>, lang: &str) -> Result<Wishlist, ApiError> {
    let body = WishlistMergeRequest { items };
    let url = format!("{}/wishlist/priced{}", urls::base(), lang_q(lang));
    Request::post(&url).json(&body).send().await
}

/// `PUT` (with an empty JSON body, `null`) puts the product on the list, `DELETE` takes it off.
pub async fn set(product_id: i64, on: bool) -> Result<WishlistIds, ApiError> {
    let url = format!("{}/wishlist/{product_id}", urls::base());
    if on {
        Request::put(&url).json(&()).send().await
    } else {
        Request::delete(&url).send().await
    }
}

pub async fn merge(items: Vec<LocalWish>) -> Result<WishlistIds, ApiError> {
    let body = WishlistMergeRequest { items };
    Request::post(&format!("{}/wishlist/merge", urls::base()))
        .json(&body)
        .send()
        .await
}

pub async fn follow_state(seller_id: i64) -> Result<FollowState, ApiError> {
    Request::get(&format!("{}/sellers/{seller_id}/follow", urls::base()))
        .send()
        .await
}

pub async fn follow(seller_id: i64, on: bool) -> Result<FollowState, ApiError> {
    let url = format!("{}/sellers/{seller_id}/follow", urls::base());
    if on {
        Request::put(&url).json(&()).send().await
    } else {
        Request::delete(&url).send().await
    }
}

pub async fn following() -> Result<Following, ApiError> {
    Request::get(&format!("{}/account/following", urls::base()))
        .send()
        .await
}

/// `similar` or `more-from-store` of a product.
pub async fn related(
    product_id: i64,
    which: &str,
    lang: &str,
) -> Result<Page<ProductSummary>, ApiError> {
    Request::get(&format!(
        "{}/products/{product_id}/{which}{}",
        urls::base(),
        lang_q(lang)
    ))
    .send()
    .await
}

pub async fn buy_again(order_id: i64) -> Result<BuyAgain, ApiError> {
    Request::get(&format!("{}/orders/{order_id}/buy-again", urls::base()))
        .send()
        .await
}
