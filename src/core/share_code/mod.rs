//! Short share codes: a set of ratings written as a few dozen characters that people can read
//! aloud, type, or open as a link.
//!
//! Two uses: a workshop participant shares their ratings anonymously with the facilitator
//! ([`CodeKind::Participant`]), and a supervisor hands a rating of a peer worker to that peer
//! ([`CodeKind::Supervisor`]). A code carries only the kind, which competency set (and version) it
//! was made for, the day, and one rating per competency. No notes and no names.
//!
//! # Layout
//!
//! Everything is one mixed-radix number, written in Crockford's base 32 (`0-9` and `A-Z` without
//! `I L O U`), most significant character first, at a fixed length for each set:
//!
//! ```text
//! code = 37 × ((((r₁ · b + r₂) · b + … + rₙ) · T + set tag) · 16384 + day) · 4 + kind
//! ```
//!
//! - `kind`: 0 participant, 1 supervisor; 2 and 3 are kept for later kinds.
//! - `day`: days since 2024-01-01 ([`EPOCH`]), up to 2068-11-08 ([`LAST_DAY`]).
//! - `set tag`: a hash of the set's id, version, scale and competency ids, reduced modulo `T`. `T`
//!   is whatever room the set's code length leaves, at least [`MIN_SET_TAGS`] and at most 65,536
//!   (26 for the 2015 set, 384 for the draft set); together with the code length, which depends on
//!   the number of competencies, it refuses codes made for another set or version.
//! - `r₁ … rₙ`: the ratings in the set's competency order, each in base `b` = levels + 2:
//!   0 unanswered, 1..=levels a level, levels + 1 not applicable.
//!
//! # The check
//!
//! The code, read as one base-32 number, is a multiple of the prime 37. Changing the character
//! at position `i` (counted from the right) from `a` to `c` changes that number by
//! `(c − a) · 32ⁱ` with `0 < |c − a| < 32`; swapping differing neighbours `a b` changes it by
//! `(a − b) · 31 · 32ⁱ`. Since 37 is a prime that divides none of 32, 31 or any number below 32,
//! neither change can leave a multiple of 37. So **every single mistyped character and every swap
//! of two adjacent differing characters is refused**, at any length. The same argument covers any
//! swap of two characters fewer than 36 places apart (32ᵏ ≡ 1 mod 37 first at k = 36), and a
//! doubled-letter slip such as `AA` → `BB`. An added or dropped character changes the length and
//! is refused as such. A random string of the right length passes the check one time in 37.
//!
//! A check over base-32 symbols needs a prime modulus above 31 (31 itself divides the change of a
//! swap); 37 is the smallest, so the check costs 5.2 bits, about one character, and the 2015
//! set's code fits in 40 characters.

pub mod big_number;
mod codec;
mod days;
pub mod layout;
mod text_form;

pub use codec::{code_length, decode, encode};
pub use days::{date_from_day, day_from_date};
pub use text_form::{code_from_fragment, display_form, fragment_for};

use super::assessment::Answers;
use super::rating::Rating;
use std::collections::BTreeMap;
use std::fmt;

/// Crockford's base-32 alphabet, digit values 0 to 31.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// The prime the whole code is a multiple of.
pub const CHECK: u32 = 37;
/// Number of kinds a code has room for (two are in use).
pub const KINDS: u32 = 4;
/// Number of days a code can carry: day 0 is [`EPOCH`], the last is [`LAST_DAY`].
pub const DAYS: u32 = 16_384;
pub const LAST_DAY: u32 = DAYS - 1;
/// Day 0.
pub const EPOCH: &str = "2024-01-01";
/// A set's code is made long enough that its set tag has at least this many values.
pub const MIN_SET_TAGS: u32 = 24;
const MAX_SET_TAGS: u32 = 1 << 16;
/// Input longer than this (in bytes) is refused before anything else is looked at.
pub const MAX_INPUT_BYTES: usize = 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeKind {
    /// A workshop participant shares their own ratings with the facilitator.
    Participant,
    /// A supervisor's rating of a peer worker, handed to that peer.
    Supervisor,
}

impl CodeKind {
    fn number(self) -> u32 {
        match self {
            CodeKind::Participant => 0,
            CodeKind::Supervisor => 1,
        }
    }

    fn from_number(number: u32) -> Option<CodeKind> {
        match number {
            0 => Some(CodeKind::Participant),
            1 => Some(CodeKind::Supervisor),
            _ => None,
        }
    }
}

/// What a code carries, read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedRatings {
    pub kind: CodeKind,
    pub set_id: String,
    pub set_version: u32,
    /// Days since [`EPOCH`] (2024-01-01).
    pub day: u32,
    /// Keyed by competency id; unanswered competencies are absent.
    pub ratings: BTreeMap<String, Rating>,
}

impl SharedRatings {
    /// The day as `YYYY-MM-DD`.
    pub fn date(&self) -> String {
        date_from_day(self.day)
    }

    /// The ratings as answers to the set (no notes).
    pub fn answers(&self) -> Answers {
        Answers {
            set_version: self.set_version,
            ratings: self.ratings.clone(),
            notes: BTreeMap::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing but spaces and hyphens.
    Empty,
    /// A character that is not in the code alphabet (as typed).
    BadCharacter(char),
    /// Shorter than the code of any known set.
    TooShort,
    /// Longer than the code of any known set.
    TooLong,
    /// Between the lengths of known sets but matching none.
    WrongLength,
    /// The check failed: a character was mistyped (or two were swapped).
    ChecksumMismatch,
    /// A valid code, but for a set or version of the set not known here.
    UnknownSet,
    /// A valid code that fits more than one known set, so it cannot be read safely.
    AmbiguousSet,
    /// A valid code of a kind this version does not know.
    UnknownKind,
    /// Passes the check but does not hold a possible value.
    Damaged,
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            CodeError::Empty => f.write_str("Please enter a code."),
            CodeError::BadCharacter(c) => {
                write!(f, "\u{201c}{c}\u{201d} cannot be part of a code.")
            }
            CodeError::TooShort => {
                f.write_str("This code is too short: a character may be missing.")
            }
            CodeError::TooLong => {
                f.write_str("This code is too long: a character may have been added.")
            }
            CodeError::WrongLength => {
                f.write_str("This code has the wrong length: a character may be missing or added.")
            }
            CodeError::ChecksumMismatch => {
                f.write_str("This code does not check out: a character was mistyped.")
            }
            CodeError::UnknownSet => {
                f.write_str("This code was made for a different set of competencies or version.")
            }
            CodeError::AmbiguousSet => f.write_str(
                "This code fits more than one set of competencies and cannot be read safely.",
            ),
            CodeError::UnknownKind => {
                f.write_str("This code was made by a newer version of the assessment.")
            }
            CodeError::Damaged => f.write_str("This code is damaged and cannot be read."),
        }
    }
}

impl std::error::Error for CodeError {}
