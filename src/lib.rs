//! Storefront app library (filled in by the app work).
