//! Every sentence the widget shows: one table per language ([`EN`], [`ES`]) of the fields of
//! [`Text`], and the phrases built from them (counts, people, files, plan, codes). A missing
//! string in any language is a compile error. Nothing here keeps a "current" language: each
//! widget gets its table through the [`Texts`] context.

mod codes;
mod counts;
mod en;
mod es;
mod files;
mod fill;
mod languages;
mod people;
mod plan;
mod rounds;
mod table;

pub use en::EN;
pub use es::ES;
pub use fill::fill;
pub use languages::{for_language, use_text, Texts, LANGUAGES};
pub use table::Text;
