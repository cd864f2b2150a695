//! Hooks in the leptos-use style: one file per hook, `use_x()` (and `use_x_with_options()`
//! where there is something to choose), read-only signals out, a short usage doc on each.

mod use_focus_trap;
mod use_local_draft;
mod use_media_query;
mod use_read;
mod use_require_sign_in;
mod use_versioned;

pub use use_focus_trap::{use_focus_trap, use_focus_trap_with_options, UseFocusTrapOptions};
pub use use_local_draft::{
    use_local_draft, use_local_draft_with_options, LocalDraft, UseLocalDraftOptions,
    UseLocalDraftReturn,
};
pub use use_media_query::use_media_query;
pub use use_read::{use_read, use_read_with_options, UseReadOptions, UseReadReturn};
pub use use_require_sign_in::use_require_sign_in;
pub use use_versioned::{
    use_versioned, use_versioned_with_options, Outcome, UseVersionedOptions, UseVersionedReturn,
};
