//! Equality of a set and its parts, by address first. The widget's sets live as long as the
//! page, and its components compare the parts they are given on every render: a part compared
//! with itself is equal without reading its text. Parts at different addresses are compared
//! field by field.

use super::{Category, Competency, CompetencySet, Scale};
use std::ptr;

/// `PartialEq` for a struct: equal at once at the same address, else field by field. Every field
/// is listed in a pattern without `..`, so a field added to the struct cannot be left out.
macro_rules! address_first_eq {
    ($type:ident { $($field:ident),+ $(,)? }) => {
        impl PartialEq for $type {
            fn eq(&self, other: &Self) -> bool {
                let $type { $($field),+ } = self;
                ptr::eq(self, other) || (true $(&& *$field == other.$field)+)
            }
        }
    };
}

address_first_eq!(CompetencySet {
    id,
    version,
    title,
    short_title,
    source,
    scale,
    categories,
    translations,
    translation_note,
});
address_first_eq!(Category {
    id,
    number,
    title,
    short_title,
    description,
    added,
    source,
    competencies,
});
address_first_eq!(Competency {
    id,
    text,
    details,
    added,
    source
});
address_first_eq!(Scale { labels });
