//! Wire codes of unit enums (their serde names), as stored in the audit logs.

use serde::{Deserialize, Serialize};

/// Serde name of a unit enum variant.
pub fn code<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "unknown".to_string())
}

/// The variant named `s`, or `unknown`.
pub fn parse_code<T: for<'de> Deserialize<'de>>(s: &str, unknown: T) -> T {
    serde_json::from_value(serde_json::Value::String(s.to_string())).unwrap_or(unknown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use storefront_api::orders::EventActor;

    #[test]
    fn codes_round_trip_and_unknown_stays_unknown() {
        assert_eq!(code(&EventActor::Carrier), "carrier");
        assert_eq!(
            parse_code("carrier", EventActor::Unknown),
            EventActor::Carrier
        );
        assert_eq!(
            parse_code("nobody", EventActor::Unknown),
            EventActor::Unknown
        );
    }
}
