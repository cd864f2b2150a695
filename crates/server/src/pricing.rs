//! Cart pricing lives in [`crate::domain::checkout::pricing`]; this path stays for the wish
//! list module, which reads the tier rules from here.

pub use crate::domain::checkout::pricing::{percent_for, tier_unit};
