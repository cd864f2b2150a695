//! Buyer accounts, sessions and the address book.
//!
//! - `POST /api/v1/account/register` [`RegisterRequest`] → `201` [`Account`] and a session cookie
//!   (`409 email_taken`, `422 validation_failed` with field errors).
//! - `POST /api/v1/session` [`SignInRequest`] → `200` [`Account`] and a session cookie
//!   (`401 invalid_credentials`, `429 too_many_attempts` with `Retry-After`).
//! - `DELETE /api/v1/session` → `204`, the cookie cleared. `GET /api/v1/account/me` → [`Account`]
//!   or `null` when nobody is signed in (`200` either way: the app's session probe is no error).
//! - `GET/POST /api/v1/account/addresses`, `PUT/DELETE /api/v1/account/addresses/{id}`,
//!   `POST /api/v1/account/addresses/{id}/default` with [`AddressInput`] / [`Address`].
//!
//! The session is the HttpOnly, `SameSite=Lax` cookie [`SESSION_COOKIE`]; every mutation must be
//! sent with `Content-Type: application/json` (else `415 unsupported_media_type`).

use crate::error::FieldError;
use serde::{Deserialize, Serialize};

/// Name of the session cookie (HttpOnly, SameSite=Lax, Path=/, Secure on https, 30 days).
pub const SESSION_COOKIE: &str = "sf_session";
/// Session lifetime in days.
pub const SESSION_DAYS: i64 = 30;

pub const EMAIL_MAX_CHARS: usize = 254;
pub const PASSWORD_MIN_CHARS: usize = 8;
pub const PASSWORD_MAX_CHARS: usize = 256;
pub const NAME_MAX_CHARS: usize = 100;

/// Field error codes of the account and address forms.
pub const ERR_REQUIRED: &str = "required";
pub const ERR_TOO_SHORT: &str = "too_short";
pub const ERR_TOO_LONG: &str = "too_long";
/// Not an e-mail address / phone number / two-letter country code.
pub const ERR_MALFORMED: &str = "malformed";
/// `country` is not one of the shop's ship-to countries (`ShopConfig::ship_to_countries`).
pub const ERR_COUNTRY_NOT_SHIPPED: &str = "country_not_shipped";
/// `postal_code` does not match the country's format (see [`postal_code_valid`]).
pub const ERR_POSTAL_CODE_FORMAT: &str = "postal_code_format";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisterRequest {
    /// `local@domain.tld`, at most 254 characters; compared case-insensitively.
    pub email: String,
    /// 8–256 characters.
    pub password: String,
    /// Display name, 1–100 characters after trimming.
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignInRequest {
    pub email: String,
    pub password: String,
}

/// The signed-in buyer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Account {
    pub id: i64,
    /// Lower-cased as stored.
    pub email: String,
    pub name: String,
    /// RFC 3339 UTC timestamp.
    pub created_at: String,
}

/// A delivery address as the buyer enters it (`POST` and `PUT` bodies).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressInput {
    /// Full name as on the recipient's ID (customs need it), 2–100 characters.
    pub recipient_name: String,
    /// 5–20 characters: digits, spaces, `+ - ( )`, at least 5 digits.
    pub phone: String,
    /// ISO 3166-1 alpha-2, one of the ship-to countries of `/config`.
    pub country: String,
    /// State / province / oblast; optional, at most 100 characters.
    #[serde(default)]
    pub region: String,
    /// 1–100 characters.
    pub city: String,
    /// Street, house, flat: 1–200 characters.
    pub street: String,
    /// Checked against the country's format (see [`postal_code_valid`]).
    pub postal_code: String,
    /// Make this the default address (the first address always is).
    #[serde(default)]
    pub is_default: bool,
}

/// A stored address of the signed-in buyer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Address {
    pub id: i64,
    pub recipient_name: String,
    pub phone: String,
    pub country: String,
    pub region: String,
    pub city: String,
    pub street: String,
    /// Normalised: trimmed, upper-cased.
    pub postal_code: String,
    pub is_default: bool,
}

fn field(name: &str, code: &str) -> FieldError {
    FieldError {
        field: name.to_string(),
        code: code.to_string(),
    }
}

fn chars(s: &str) -> usize {
    s.trim().chars().count()
}

/// `local@domain.tld`: one `@`, no spaces or controls, a dot in the domain not at its ends.
pub fn email_valid(email: &str) -> bool {
    let e = email.trim();
    if e.chars().count() > EMAIL_MAX_CHARS || e.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return false;
    }
    let Some((local, domain)) = e.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// Field errors of a registration (empty when valid).
pub fn validate_register(r: &RegisterRequest) -> Vec<FieldError> {
    let mut out = Vec::new();
    if r.email.trim().is_empty() {
        out.push(field("email", ERR_REQUIRED));
    } else if chars(&r.email) > EMAIL_MAX_CHARS {
        out.push(field("email", ERR_TOO_LONG));
    } else if !email_valid(&r.email) {
        out.push(field("email", ERR_MALFORMED));
    }
    let pw = r.password.chars().count();
    if pw == 0 {
        out.push(field("password", ERR_REQUIRED));
    } else if r.password.chars().all(char::is_whitespace) {
        // At least one character that is not a space.
        out.push(field("password", ERR_MALFORMED));
    } else if pw < PASSWORD_MIN_CHARS {
        out.push(field("password", ERR_TOO_SHORT));
    } else if pw > PASSWORD_MAX_CHARS {
        out.push(field("password", ERR_TOO_LONG));
    }
    let name = chars(&r.name);
    if name == 0 {
        out.push(field("name", ERR_REQUIRED));
    } else if let Some(code) = crate::text::check(&r.name, false) {
        out.push(field("name", code));
    } else if name > NAME_MAX_CHARS {
        out.push(field("name", ERR_TOO_LONG));
    }
    out
}

/// Whether `code` (trimmed, any case) is a postal code of `country`:
/// US `12345` or `12345-6789`; RU 6 digits; DE, ES, FR, SA 5 digits; BR 8 digits, optionally
/// `12345-678`; GB the UK postcode pattern (`SW1A 1AA`, space optional); any other country
/// 2–12 letters, digits, spaces or hyphens.
pub fn postal_code_valid(country: &str, code: &str) -> bool {
    let c = code.trim().to_ascii_uppercase();
    let b = c.as_bytes();
    let digits = |s: &[u8], n: usize| s.len() == n && s.iter().all(u8::is_ascii_digit);
    match country {
        "US" => {
            digits(b, 5)
                || (b.len() == 10 && digits(&b[..5], 5) && b[5] == b'-' && digits(&b[6..], 4))
        }
        "RU" => digits(b, 6),
        "DE" | "ES" | "FR" | "SA" => digits(b, 5),
        "BR" => {
            digits(b, 8)
                || (b.len() == 9 && digits(&b[..5], 5) && b[5] == b'-' && digits(&b[6..], 3))
        }
        "GB" => uk_postcode(&c),
        _ => {
            (2..=12).contains(&b.len())
                && b.iter().any(u8::is_ascii_alphanumeric)
                && b.iter()
                    .all(|&x| x.is_ascii_alphanumeric() || x == b' ' || x == b'-')
        }
    }
}

/// UK postcode: outward code (`A9`, `A99`, `AA9`, `AA99`, `A9A`, `AA9A`), optional space,
/// inward code `9AA`.
fn uk_postcode(c: &str) -> bool {
    let compact: Vec<u8> = c.bytes().filter(|b| *b != b' ').collect();
    if c.matches(' ').count() > 1 || compact.len() < 5 || compact.len() > 7 {
        return false;
    }
    let (out, inw) = compact.split_at(compact.len() - 3);
    let alpha = |x: &u8| x.is_ascii_uppercase();
    let digit = |x: &u8| x.is_ascii_digit();
    let inward_ok = digit(&inw[0]) && alpha(&inw[1]) && alpha(&inw[2]);
    let outward_ok = match out {
        [a, d] => alpha(a) && digit(d),
        [a, x, y] => {
            alpha(a) && ((digit(x) && digit(y)) || (alpha(x) && digit(y)) || (digit(x) && alpha(y)))
        }
        [a, b, d, y] => alpha(a) && alpha(b) && digit(d) && (digit(y) || alpha(y)),
        _ => false,
    };
    // If there is a space, it separates outward and inward.
    let space_ok = match c.find(' ') {
        Some(i) => c[i + 1..].len() == 3,
        None => true,
    };
    inward_ok && outward_ok && space_ok
}

fn phone_valid(p: &str) -> bool {
    let p = p.trim();
    let n = p.chars().count();
    (5..=20).contains(&n)
        && p.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'))
        && p.chars().filter(char::is_ascii_digit).count() >= 5
}

/// Field errors of an address (empty when valid). `ship_to` is the shop's country list.
pub fn validate_address(a: &AddressInput, ship_to: &[&str]) -> Vec<FieldError> {
    let mut out = Vec::new();
    let text = |name: &str, value: &str, min: usize, max: usize, out: &mut Vec<FieldError>| {
        let n = chars(value);
        if n == 0 && min > 0 {
            out.push(field(name, ERR_REQUIRED));
        } else if let Some(code) = (n > 0).then(|| crate::text::check(value, false)).flatten() {
            out.push(field(name, code));
        } else if n < min {
            out.push(field(name, ERR_TOO_SHORT));
        } else if n > max {
            out.push(field(name, ERR_TOO_LONG));
        }
    };
    text("recipient_name", &a.recipient_name, 2, 100, &mut out);
    if a.phone.trim().is_empty() {
        out.push(field("phone", ERR_REQUIRED));
    } else if !phone_valid(&a.phone) {
        out.push(field("phone", ERR_MALFORMED));
    }
    let country = a.country.trim();
    if country.is_empty() {
        out.push(field("country", ERR_REQUIRED));
    } else if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        out.push(field("country", ERR_MALFORMED));
    } else if !ship_to.contains(&country) {
        out.push(field("country", ERR_COUNTRY_NOT_SHIPPED));
    }
    text("region", &a.region, 0, 100, &mut out);
    text("city", &a.city, 1, 100, &mut out);
    text("street", &a.street, 1, 200, &mut out);
    if a.postal_code.trim().is_empty() {
        out.push(field("postal_code", ERR_REQUIRED));
    } else if !postal_code_valid(country, &a.postal_code) {
        out.push(field("postal_code", ERR_POSTAL_CODE_FORMAT));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postal_codes_by_country() {
        for (c, ok) in [
            ("US", "94105"),
            ("US", "94105-1234"),
            ("RU", "101000"),
            ("DE", "10115"),
            ("ES", "28001"),
            ("FR", "75008"),
            ("SA", "11564"),
            ("BR", "01310100"),
            ("BR", "01310-100"),
            ("GB", "SW1A 1AA"),
            ("GB", "m1 1ae"),
            ("GB", "EC1A1BB"),
            ("GB", "W1A 0AX"),
            ("JP", "100-0001"),
        ] {
            assert!(postal_code_valid(c, ok), "{c} {ok}");
        }
        for (c, bad) in [
            ("US", "9410"),
            ("US", "94105-12"),
            ("RU", "10100"),
            ("DE", "1011A"),
            ("BR", "0131-0100"),
            ("GB", "12345"),
            ("GB", "SW1A 1A"),
            ("JP", "1"),
            ("JP", "<script>"),
        ] {
            assert!(!postal_code_valid(c, bad), "{c} {bad}");
        }
    }

    #[test]
    fn address_errors_per_field() {
        let a = AddressInput {
            recipient_name: "J".into(),
            phone: "abc".into(),
            country: "XX".into(),
            city: String::new(),
            street: "x".repeat(201),
            postal_code: "1".into(),
            ..AddressInput::default()
        };
        let errs = validate_address(&a, &["US", "RU"]);
        let codes: Vec<(&str, &str)> = errs
            .iter()
            .map(|e| (e.field.as_str(), e.code.as_str()))
            .collect();
        assert!(codes.contains(&("recipient_name", ERR_TOO_SHORT)));
        assert!(codes.contains(&("phone", ERR_MALFORMED)));
        assert!(codes.contains(&("country", ERR_COUNTRY_NOT_SHIPPED)));
        assert!(codes.contains(&("city", ERR_REQUIRED)));
        assert!(codes.contains(&("street", ERR_TOO_LONG)));
        assert!(codes.contains(&("postal_code", ERR_POSTAL_CODE_FORMAT)));
    }

    #[test]
    fn registration_rules() {
        let ok = RegisterRequest {
            email: "a@b.co".into(),
            password: "12345678".into(),
            name: "Ann".into(),
        };
        assert!(validate_register(&ok).is_empty());
        let bad = RegisterRequest {
            email: "a@b".into(),
            password: "short".into(),
            name: " ".into(),
        };
        assert_eq!(validate_register(&bad).len(), 3);
    }
}
