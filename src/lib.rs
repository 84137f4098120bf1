//! Peer worker competency self-assessment.
//!
//! - [`core`]: pure Rust (competency sets, answers, scoring, radar geometry, saved format),
//!   tested on the host with `cargo test`.
//! - [`app`]: the Yew components and the browser edge (localStorage).

pub mod app;
pub mod core;
