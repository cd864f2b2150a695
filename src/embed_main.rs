//! Entry point of the partner widgets' build (`embed.html`, served under `/embed/`): only the
//! widget app of `storefront::embed`, none of the shop.

fn main() {
    #[cfg(target_arch = "wasm32")]
    storefront::embed::start();
}
