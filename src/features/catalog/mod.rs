//! The catalogue: the home page's feed, the header's search box, and the results view (with
//! its filters) that the category, search and store pages share.

pub mod feed;
pub mod filters;
pub mod results;
pub mod search_box;
