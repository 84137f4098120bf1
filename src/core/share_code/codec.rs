//! Writing and reading codes.

use super::big_number::BigUint;
use super::layout::Layout;
use super::text_form::symbols;
use super::{
    CodeError, CodeKind, SharedRatings, ALPHABET, CHECK, DAYS, KINDS, LAST_DAY, MAX_INPUT_BYTES,
};
use crate::core::assessment::Answers;
use crate::core::competency_set::CompetencySet;
use crate::core::rating::Rating;
use std::collections::BTreeMap;

/// The code for the answers to a set, without separators (see [`display_form`]).
///
/// A rating outside the set's scale counts as unanswered. A day after [`LAST_DAY`] is written as
/// [`LAST_DAY`].
pub fn encode(kind: CodeKind, set: &CompetencySet, answers: &Answers, day: u32) -> String {
    let layout = Layout::of(set);
    let levels = layout.base - 2;
    let mut number = BigUint::zero();
    for (_, competency) in set.competencies() {
        let digit = match answers.rating(&competency.id) {
            Some(Rating::Level(level)) if (1..=levels).contains(&u32::from(level)) => {
                u32::from(level)
            }
            Some(Rating::NotApplicable) => levels + 1,
            _ => 0,
        };
        number.mul_add(layout.base, digit);
    }
    number.mul_add(layout.tags, layout.tag);
    number.mul_add(DAYS, day.min(LAST_DAY));
    number.mul_add(KINDS, kind.number());
    number.mul_add(CHECK, 0);
    let mut symbols = vec![0u8; layout.length];
    for symbol in symbols.iter_mut().rev() {
        *symbol = ALPHABET[number.div_rem(32) as usize];
    }
    debug_assert!(number.is_zero(), "the code length holds the number");
    String::from_utf8(symbols).expect("the alphabet is ASCII")
}

/// Reads a code made for one of `sets`. Case does not matter, `I` and `L` read as `1`, `O` as
/// `0`, and spaces and hyphens are ignored. Never panics; work is bounded by [`MAX_INPUT_BYTES`]
/// and the longest code of `sets`.
pub fn decode(code: &str, sets: &[&CompetencySet]) -> Result<SharedRatings, CodeError> {
    if code.len() > MAX_INPUT_BYTES {
        return Err(CodeError::TooLong);
    }
    let symbols = symbols(code)?;
    if symbols.is_empty() {
        return Err(CodeError::Empty);
    }
    let layouts: Vec<Layout> = sets.iter().map(|set| Layout::of(set)).collect();
    let shortest = layouts.iter().map(|l| l.length).min();
    let longest = layouts.iter().map(|l| l.length).max();
    let (Some(shortest), Some(longest)) = (shortest, longest) else {
        return Err(CodeError::UnknownSet);
    };
    if symbols.len() < shortest {
        return Err(CodeError::TooShort);
    }
    if symbols.len() > longest {
        return Err(CodeError::TooLong);
    }
    if !layouts.iter().any(|l| l.length == symbols.len()) {
        return Err(CodeError::WrongLength);
    }

    let mut number = BigUint::zero();
    for symbol in &symbols {
        number.mul_add(32, u32::from(*symbol));
    }
    if number.div_rem(CHECK) != 0 {
        return Err(CodeError::ChecksumMismatch);
    }
    let kind = CodeKind::from_number(number.div_rem(KINDS)).ok_or(CodeError::UnknownKind)?;
    let day = number.div_rem(DAYS);

    let mut found = None;
    for (set, layout) in sets.iter().zip(&layouts) {
        if layout.length != symbols.len() {
            continue;
        }
        let mut rest = number.clone();
        if rest.div_rem(layout.tags) != layout.tag {
            continue;
        }
        if found.is_some() {
            return Err(CodeError::AmbiguousSet);
        }
        found = Some((set, layout, rest));
    }
    let Some((set, layout, mut rest)) = found else {
        return Err(CodeError::UnknownSet);
    };

    let levels = layout.base - 2;
    let digits: Vec<u32> = (0..layout.items)
        .map(|_| rest.div_rem(layout.base))
        .collect();
    if !rest.is_zero() {
        return Err(CodeError::Damaged);
    }
    let mut ratings = BTreeMap::new();
    for ((_, competency), digit) in set.competencies().zip(digits.iter().rev()) {
        let rating = match *digit {
            0 => continue,
            d if d == levels + 1 => Rating::NotApplicable,
            d => Rating::Level(d as u8),
        };
        ratings.insert(competency.id.clone(), rating);
    }
    Ok(SharedRatings {
        kind,
        set_id: set.id.clone(),
        set_version: set.version,
        day,
        ratings,
    })
}

/// The length of every code made for `set`.
pub fn code_length(set: &CompetencySet) -> usize {
    Layout::of(set).length
}
