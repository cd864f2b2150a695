//! `Idempotency-Key`s: a request the buyer means to send once (an order, a payment, a dispute,
//! a report, a message) carries one; its retries carry the same, a changed request a new one.

/// A new random `Idempotency-Key` (`crypto.randomUUID()`, else random and time digits): one
/// per request the buyer means to send, kept for its retries.
pub fn new_key() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let uuid = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"crypto".into()).ok())
            .and_then(|c| {
                let f = js_sys::Reflect::get(&c, &"randomUUID".into()).ok()?;
                f.dyn_into::<js_sys::Function>().ok()?.call0(&c).ok()
            })
            .and_then(|v| v.as_string());
        if let Some(u) = uuid {
            return u;
        }
        let r = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
        format!("{:08x}{:08x}-{:x}", r(), r(), js_sys::Date::now() as u64)
    }
    #[cfg(not(target_arch = "wasm32"))]
    "native-key".to_string()
}

/// The key for a request whose body has `fingerprint`: `kept` (key, fingerprint it was sent
/// with) when the body is the same (a retry), else a new key.
pub fn key_for(kept: (&str, &str), fingerprint: &str) -> String {
    match kept {
        (key, sent) if !key.is_empty() && sent == fingerprint => key.to_string(),
        _ => new_key(),
    }
}

/// FNV-1a of what a submit sends: equal fields, equal fingerprint.
pub fn fingerprint(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retry_keeps_its_key_and_a_change_gets_a_new_one() {
        let fp = fingerprint(&["a", "b"]);
        assert_eq!(fp, fingerprint(&["a", "b"]));
        assert_ne!(fp, fingerprint(&["ab", ""]));
        assert_eq!(key_for(("k1", &fp), &fp), "k1");
        assert_ne!(key_for(("k1", "other"), &fp), "k1");
        assert!(!key_for(("", &fp), &fp).is_empty());
    }
}
