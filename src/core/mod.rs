//! The pure core: competency sets, answers, scoring, radar geometry, history, the development
//! plan, the saved format, the files a person exports and imports, share codes and QR codes.
//! Nothing in here touches the browser, so all of it is tested with plain `cargo test`.

pub mod assessment;
pub mod comparison;
pub mod competency_set;
pub mod css_string;
pub mod csv_export;
pub mod dates;
pub mod embed_config;
pub mod history;
pub mod mapping;
pub mod page_address;
pub mod plan;
pub mod qr;
pub mod radar;
pub mod rating;
pub mod received_code;
pub mod saved_screen;
pub mod saved_state;
pub mod scoring;
pub mod session;
pub mod set_file;
pub mod share_code;
pub mod shared;
pub mod transfer;
pub mod workshop;

/// The widget's version, from Cargo.toml: shown in the footer and written into backups.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
