//! The rules of placing orders from a priced cart: which lines block the checkout, the state an
//! order starts in, and what one seller's group of the quote stores as an order.

use super::payment::field;
use storefront_api::cart::{CartLineInput, LineProblem, Quote, SellerGroup};
use storefront_api::orders::{OrderLine, OrderShipping};
use storefront_api::FieldError;

/// Why the quoted lines cannot be bought: stock problems and lines not shipped to the address,
/// each as `lines/<n>` of the request's lines.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct LineErrors {
    pub stock: Vec<FieldError>,
    pub shipping: Vec<FieldError>,
}

pub fn line_errors(lines: &[CartLineInput], quote: &Quote) -> LineErrors {
    let mut out = LineErrors::default();
    for (n, l) in lines.iter().enumerate() {
        let quoted = quote
            .sellers
            .iter()
            .flat_map(|g| g.lines.iter())
            .find(|q| q.sku_id == l.sku_id && q.product_id == l.product_id);
        match quoted.and_then(|q| q.problem) {
            None => {}
            Some(LineProblem::NotShippedTo) => out
                .shipping
                .push(field(&format!("lines/{n}"), "not_shipped_to")),
            Some(p) => out.stock.push(field(&format!("lines/{n}"), p.as_str())),
        }
    }
    out
}

/// Whether some seller of the quote has no way to ship its lines.
pub fn unshippable(quote: &Quote) -> bool {
    quote.sellers.iter().any(|g| g.shipping.is_none())
}

/// The state and hold state a new (or paid-again) order starts in.
pub fn initial_states(paid: bool) -> (&'static str, &'static str) {
    if paid {
        ("paid_held", "held")
    } else {
        ("pending_payment", "pending")
    }
}

/// The shipping option a seller's group chose, as the order keeps it.
pub fn order_shipping(g: &SellerGroup) -> Option<OrderShipping> {
    let option = g
        .shipping_options
        .iter()
        .find(|o| Some(&o.id) == g.shipping.as_ref())?;
    Some(OrderShipping {
        id: option.id.clone(),
        carrier: option.carrier.clone(),
        cost: option.cost,
        days_min: option.days_min,
        days_max: option.days_max,
        tracking: option.tracking,
    })
}

/// A seller's group's lines as the order keeps them, numbered from 1.
pub fn order_lines(g: &SellerGroup) -> Vec<OrderLine> {
    g.lines
        .iter()
        .enumerate()
        .map(|(i, l)| OrderLine {
            line_no: i as i64 + 1,
            product_id: l.product_id,
            sku_id: l.sku_id,
            title: l.title.clone(),
            image: l.image.clone(),
            sku_label: l.sku_label.clone(),
            quantity: l.quantity,
            unit_price: l.unit_price,
            line_total: l.line_total,
            discount: l.discount,
            disputes: Vec::new(),
        })
        .collect()
}

/// Why a line cannot be bought again with `stock` pieces left (`None`: no such SKU).
pub fn stock_problem(stock: Option<i64>, quantity: i64) -> Option<&'static str> {
    match stock {
        None => Some("product_gone"),
        Some(0) => Some("out_of_stock"),
        Some(n) if n < quantity => Some("quantity_over_stock"),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stock_decides_whether_a_line_can_be_bought_again() {
        assert_eq!(stock_problem(None, 1), Some("product_gone"));
        assert_eq!(stock_problem(Some(0), 1), Some("out_of_stock"));
        assert_eq!(stock_problem(Some(2), 3), Some("quantity_over_stock"));
        assert_eq!(stock_problem(Some(3), 3), None);
    }

    #[test]
    fn paid_orders_start_held() {
        assert_eq!(initial_states(true), ("paid_held", "held"));
        assert_eq!(initial_states(false), ("pending_payment", "pending"));
    }
}
