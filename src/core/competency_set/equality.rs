//! Equality of a set and its parts, by address first. The widget's sets live as long as the
//! page, and its components compare the parts they are given on every render: a part compared
//! with itself is equal without reading its text. Parts at different addresses are compared
//! field by field; each field is named (no `..`), so a new field cannot be left out.

use super::{Category, Competency, CompetencySet, Scale};
use std::ptr;

impl PartialEq for CompetencySet {
    fn eq(&self, other: &Self) -> bool {
        let CompetencySet {
            id,
            version,
            title,
            short_title,
            source,
            scale,
            categories,
            translations,
            translation_note,
        } = self;
        ptr::eq(self, other)
            || (*id == other.id
                && *version == other.version
                && *title == other.title
                && *short_title == other.short_title
                && *source == other.source
                && *scale == other.scale
                && *categories == other.categories
                && *translations == other.translations
                && *translation_note == other.translation_note)
    }
}

impl PartialEq for Category {
    fn eq(&self, other: &Self) -> bool {
        let Category {
            id,
            number,
            title,
            short_title,
            description,
            added,
            source,
            competencies,
        } = self;
        ptr::eq(self, other)
            || (*id == other.id
                && *number == other.number
                && *title == other.title
                && *short_title == other.short_title
                && *description == other.description
                && *added == other.added
                && *source == other.source
                && *competencies == other.competencies)
    }
}

impl PartialEq for Competency {
    fn eq(&self, other: &Self) -> bool {
        let Competency {
            id,
            text,
            details,
            added,
            source,
        } = self;
        ptr::eq(self, other)
            || (*id == other.id
                && *text == other.text
                && *details == other.details
                && *added == other.added
                && *source == other.source)
    }
}

impl PartialEq for Scale {
    fn eq(&self, other: &Self) -> bool {
        let Scale { labels } = self;
        ptr::eq(self, other) || *labels == other.labels
    }
}
