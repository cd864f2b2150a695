//! Entry point: panic hook, then language negotiation and mount (see `storefront::start`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        console_error_panic_hook::set_once();
        storefront::start();
    }
}
