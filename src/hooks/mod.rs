//! Hooks in the leptos-use style: one file per hook, `use_x()` (and `use_x_with_options()`
//! where there is something to choose), read-only signals out, a short usage doc on each.

mod use_require_sign_in;

pub use use_require_sign_in::use_require_sign_in;
