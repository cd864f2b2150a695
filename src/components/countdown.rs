//! A countdown chip for an order's next automatic step: the exact deadline in the buyer's
//! locale and time zone, the time left, and what happens when it runs out. It never counts
//! below zero: past the deadline it tells the outcome instead. It updates once a minute (no
//! ticking seconds, nothing moves for `prefers-reduced-motion`; see style/orders.css).

use crate::components::rf;
use crate::i18n::{intl, use_i18n};
use leptos::prelude::*;
use storefront_api::orders::{Deadline, DeadlineEffect, DeadlineKind};

const MINUTE_MS: i64 = 60_000;
const HOUR_MS: i64 = 60 * MINUTE_MS;
const DAY_MS: i64 = 24 * HOUR_MS;

/// Time left before a deadline, in the unit the chip shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Left {
    /// At or past the deadline.
    Passed,
    /// Two days or more: calendar days from today to the deadline's date in the buyer's time
    /// zone, so "5 days left" matches the date the chip states ("on 9 Dec" seen on 4 Dec).
    Days(i64),
    /// One hour up to two days: whole hours.
    Hours(i64),
    /// Less than an hour: minutes, at least 1.
    Minutes(i64),
}

/// What is left from `now_ms` to `deadline_ms` (never negative), with days counted in UTC.
pub fn left(deadline_ms: i64, now_ms: i64) -> Left {
    left_local(deadline_ms, now_ms, |_| 0)
}

/// What is left from `now_ms` to `deadline_ms` (never negative). `offset_ms(t)` is the buyer's
/// UTC offset at instant `t` (local = UTC + offset): whole days are the difference between the
/// deadline's local date and today's local date, never whole 24-hour periods rounded down
/// (a 5-day deadline set a minute ago is "5 days left", not "4").
pub fn left_local(deadline_ms: i64, now_ms: i64, offset_ms: impl Fn(i64) -> i64) -> Left {
    let d = deadline_ms.saturating_sub(now_ms);
    if d <= 0 {
        Left::Passed
    } else if d >= 2 * DAY_MS {
        let day = |t: i64| t.saturating_add(offset_ms(t)).div_euclid(DAY_MS);
        Left::Days(day(deadline_ms) - day(now_ms))
    } else if d >= HOUR_MS {
        Left::Hours(d / HOUR_MS)
    } else {
        Left::Minutes((d / MINUTE_MS).max(1))
    }
}

/// Unix ms of an RFC 3339 timestamp (`2025-03-01T12:00:00Z`, optional fraction, `Z` or
/// `±hh:mm`); `None` when it is not one.
pub fn parse_rfc3339_ms(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let s = text.get(r)?;
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, s) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    let mut i = 19;
    let mut frac_ms = 0;
    if b.get(i) == Some(&b'.') {
        let start = i + 1;
        i = start;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let digits = text.get(start..i)?;
        let ms: String = digits.chars().chain("000".chars()).take(3).collect();
        frac_ms = ms.parse::<i64>().ok()?;
    }
    let offset_min = match text.get(i..)? {
        "Z" | "z" => 0,
        tz if tz.len() == 6 && matches!(tz.as_bytes()[0], b'+' | b'-') => {
            let oh = num(i + 1..i + 3)?;
            let om = num(i + 4..i + 6)?;
            let sign = if tz.starts_with('-') { -1 } else { 1 };
            sign * (oh * 60 + om)
        }
        _ => return None,
    };
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + h * 3600 + mi * 60 + s - offset_min * 60;
    Some(secs * 1000 + frac_ms)
}

/// [`left_local`] in the browser's time zone (what the chips show).
pub fn left_here(deadline_ms: i64, now_ms: i64) -> Left {
    left_local(deadline_ms, now_ms, local_offset_ms)
}

/// The browser's UTC offset at instant `t` (local = UTC + offset); 0 in native builds.
fn local_offset_ms(t: i64) -> i64 {
    #[cfg(target_arch = "wasm32")]
    {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t as f64));
        let minutes = date.get_timezone_offset();
        if minutes.is_finite() {
            return -(minutes as i64) * MINUTE_MS;
        }
    }
    let _ = t;
    0
}

/// Fluent id of "what happens then" / "what happened" for the deadline.
fn effect_id(effect: DeadlineEffect, passed: bool) -> &'static str {
    match (effect, passed) {
        (DeadlineEffect::CompleteAndRelease, false) => "countdown-effect-complete-release",
        (DeadlineEffect::CompleteAndRelease, true) => "countdown-passed-complete-release",
        (_, false) => "countdown-effect-unknown",
        (_, true) => "countdown-passed-unknown",
    }
}

fn kind_id(kind: DeadlineKind) -> &'static str {
    match kind {
        DeadlineKind::AutoConfirm => "countdown-auto-confirm-at",
        DeadlineKind::ProtectionEnds => "countdown-protection-ends-at",
        DeadlineKind::Unknown => "countdown-deadline-at",
    }
}

/// The chip. `skew_ms` is how far the server's clock is ahead of the browser's (the demo
/// server's simulated clock); time left is counted on the server's clock.
#[component]
pub fn Countdown(deadline: Deadline, #[prop(into)] skew_ms: Signal<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let now = RwSignal::new(crate::api::orders::now_ms());
    if let Ok(handle) = set_interval_with_handle(
        move || now.set(crate::api::orders::now_ms()),
        std::time::Duration::from_millis(MINUTE_MS as u64),
    ) {
        on_cleanup(move || handle.clear());
    }
    let at_ms = parse_rfc3339_ms(&deadline.at);
    let state = Memo::new(move |_| match at_ms {
        Some(at) => left_here(at, now.get() + skew_ms.get()),
        None => Left::Passed,
    });
    let at_text = deadline.at.clone();
    let exact = move || {
        let date = intl::format_date_time(&at_text, i18n.tag());
        i18n.tf(kind_id(deadline.kind), [("dates", date.into())])
    };
    let effect = deadline.effect;
    let left_text = move || match state.get() {
        Left::Passed => String::new(),
        Left::Days(n) => i18n.tf("countdown-days-left", [("days", n.into())]),
        Left::Hours(n) => i18n.tf("countdown-hours-left", [("count", n.into())]),
        Left::Minutes(n) => i18n.tf("countdown-minutes-left", [("count", n.into())]),
    };
    let class = move || match state.get() {
        Left::Passed => "countdown countdown-passed",
        Left::Days(_) => "countdown",
        Left::Hours(_) | Left::Minutes(_) => "countdown countdown-urgent",
    };
    view! {
        <div class=class role="timer" aria-atomic="true">
            <p class="countdown-left">
                {rf(move || {
                    let passed = state.get() == Left::Passed;
                    if passed { i18n.t(effect_id(effect, true)) } else { left_text() }
                })}
            </p>
            <p class="countdown-at"><time datetime=deadline.at.clone()>{rf(exact)}</time></p>
            {rf(move || (state.get() != Left::Passed).then(|| view! {
                <p class="countdown-effect">{i18n.t(effect_id(effect, false))}</p>
            }))}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rfc3339() {
        assert_eq!(parse_rfc3339_ms("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            parse_rfc3339_ms("2025-03-01T12:00:00Z"),
            Some(1_740_830_400_000)
        );
        assert_eq!(
            parse_rfc3339_ms("2025-03-01T13:00:00.5+01:00"),
            Some(1_740_830_400_500)
        );
        assert_eq!(parse_rfc3339_ms("2025-03-01"), None);
        assert_eq!(parse_rfc3339_ms("2025-13-01T12:00:00Z"), None);
        assert_eq!(parse_rfc3339_ms("2025-03-01T12:00:00"), None);
        assert_eq!(parse_rfc3339_ms("2025-03-01T12:00:00Zjunk"), None);
    }

    #[test]
    fn never_negative() {
        assert_eq!(left(1000, 2000), Left::Passed);
        assert_eq!(left(1000, 1000), Left::Passed);
        assert_eq!(left(10 * DAY_MS + 5, 0), Left::Days(10));
        assert_eq!(left(2 * DAY_MS, 0), Left::Days(2));
        assert_eq!(left(2 * DAY_MS - 1, 0), Left::Hours(47));
        assert_eq!(left(HOUR_MS, 0), Left::Hours(1));
        assert_eq!(left(HOUR_MS - 1, 0), Left::Minutes(59));
        assert_eq!(left(10, 0), Left::Minutes(1));
        assert_eq!(left(i64::MIN, i64::MAX), Left::Passed);
    }

    /// Issue 19 #10: a deadline 5 days after an event showed "4 days left" a minute later.
    #[test]
    fn whole_days_match_the_stated_date() {
        let paid = parse_rfc3339_ms("2025-03-04T10:00:00Z").unwrap();
        let deadline = paid + 5 * DAY_MS; // "on 9 Mar, 10:00"
        assert_eq!(left(deadline, paid + MINUTE_MS), Left::Days(5));
        assert_eq!(left(deadline, paid + 12 * HOUR_MS), Left::Days(5));
        // 4 Mar 23:59 → 9 Mar: still five dates away.
        assert_eq!(
            left(deadline, paid + 14 * HOUR_MS - MINUTE_MS),
            Left::Days(5)
        );
        // From 5 Mar on it is four.
        assert_eq!(left(deadline, paid + 14 * HOUR_MS), Left::Days(4));
        let d60 = paid + 60 * DAY_MS;
        assert_eq!(left(d60, paid + 1), Left::Days(60));
        let d15 = paid + 15 * DAY_MS;
        assert_eq!(left(d15, paid + 30 * MINUTE_MS), Left::Days(15));
        // Two days minus a moment is still counted in hours.
        assert_eq!(left(paid + 2 * DAY_MS - 1, paid), Left::Hours(47));
    }

    #[test]
    fn days_follow_the_buyer_time_zone() {
        // Deadline 9 Mar 01:00 UTC, now 4 Mar 20:00 UTC.
        let now = parse_rfc3339_ms("2025-03-04T20:00:00Z").unwrap();
        let deadline = parse_rfc3339_ms("2025-03-09T01:00:00Z").unwrap();
        assert_eq!(left(deadline, now), Left::Days(5));
        // In UTC+5 that is 5 Mar 01:00 → 9 Mar 06:00: four dates away.
        assert_eq!(left_local(deadline, now, |_| 5 * HOUR_MS), Left::Days(4));
        // In UTC−3 it is 4 Mar 17:00 → 8 Mar 22:00: four dates away too.
        assert_eq!(left_local(deadline, now, |_| -3 * HOUR_MS), Left::Days(4));
    }
}
