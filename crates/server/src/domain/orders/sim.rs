//! Demo mode's simulated carrier: transit time, tracking number and the scans of a parcel.

use super::TRACKING_EVERY;
use crate::time::{DAY, HOUR};
use storefront_api::orders::{OrderShipping, TrackingStatus};

/// Days in transit for the demo carrier: the option's mid estimate, clamped to 8–20.
pub fn transit_days(shipping: &OrderShipping) -> i64 {
    ((i64::from(shipping.days_min) + i64::from(shipping.days_max)) / 2).clamp(8, 20)
}

pub fn tracking_number(order_id: i64) -> String {
    let n = (order_id.wrapping_mul(7_919) + 104_729).rem_euclid(1_000_000_000);
    format!("RB{n:09}CN")
}

/// The scans of a parcel: (seconds after shipping, status, English text, location).
pub fn tracking_schedule(
    transit_days: i64,
    country: &str,
    city: &str,
) -> Vec<(i64, TrackingStatus, String, String)> {
    use TrackingStatus::*;
    let mut out = vec![(
        4 * HOUR,
        AcceptedByCarrier,
        "Accepted by carrier".to_string(),
        "Shenzhen, CN".to_string(),
    )];
    let slots = ((transit_days - 2) / 2).max(0) as usize;
    let mut seq: Vec<TrackingStatus> = vec![DepartedSortingCentre];
    seq.extend(std::iter::repeat_n(InTransit, slots.saturating_sub(4)));
    seq.extend([
        ArrivedDestinationCountry,
        CustomsCleared,
        ArrivedLocalFacility,
    ]);
    // Short routes skip the last scans before "out for delivery".
    seq.truncate(slots);
    for (k, status) in seq.into_iter().enumerate() {
        let (text, location) = match status {
            DepartedSortingCentre => ("Departed from sorting centre", "Shenzhen, CN".to_string()),
            InTransit => ("In transit", "Hong Kong, HK".to_string()),
            ArrivedDestinationCountry => ("Arrived in destination country", country.to_string()),
            CustomsCleared => ("Customs cleared", country.to_string()),
            _ => (
                "Arrived at local delivery facility",
                format!("{city}, {country}"),
            ),
        };
        out.push((
            (k as i64 + 1) * TRACKING_EVERY,
            status,
            text.to_string(),
            location,
        ));
    }
    out.push((
        transit_days * DAY - 6 * HOUR,
        OutForDelivery,
        "Out for delivery".to_string(),
        format!("{city}, {country}"),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracking_schedules_are_ordered_and_end_before_delivery() {
        for days in 8..=20 {
            let s = tracking_schedule(days, "US", "Austin");
            assert!(s.len() >= 4, "{days}: {s:?}");
            assert!(s.windows(2).all(|w| w[0].0 < w[1].0), "{days}: {s:?}");
            assert!(s.last().is_some_and(|l| l.0 < days * DAY));
            assert_eq!(s[1].1, TrackingStatus::DepartedSortingCentre);
            assert_eq!(s[s.len() - 1].1, TrackingStatus::OutForDelivery);
            assert!(s.iter().any(|x| x.1 == TrackingStatus::CustomsCleared));
        }
    }
}
