//! The pure core: competency sets, answers, scoring, radar geometry and the saved format.
//! Nothing in here touches the browser, so all of it is tested with plain `cargo test`.

pub mod assessment;
pub mod competency_set;
pub mod qr;
pub mod radar;
pub mod rating;
pub mod saved_state;
pub mod scoring;
pub mod session;
pub mod share_code;
