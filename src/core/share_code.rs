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

use super::assessment::Answers;
use super::competency_set::CompetencySet;
use super::dates;
use super::rating::Rating;
use std::collections::BTreeMap;
use std::fmt;

/// Crockford's base-32 alphabet, digit values 0 to 31.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// The prime the whole code is a multiple of.
const CHECK: u32 = 37;
/// Number of kinds a code has room for (two are in use).
const KINDS: u32 = 4;
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
            CodeError::BadCharacter(c) => write!(f, "\u{201c}{c}\u{201d} cannot be part of a code."),
            CodeError::TooShort => f.write_str("This code is too short: a character may be missing."),
            CodeError::TooLong => f.write_str("This code is too long: a character may have been added."),
            CodeError::WrongLength => {
                f.write_str("This code has the wrong length: a character may be missing or added.")
            }
            CodeError::ChecksumMismatch => {
                f.write_str("This code does not check out: a character was mistyped.")
            }
            CodeError::UnknownSet => {
                f.write_str("This code was made for a different set of competencies or version.")
            }
            CodeError::AmbiguousSet => {
                f.write_str("This code fits more than one set of competencies and cannot be read safely.")
            }
            CodeError::UnknownKind => {
                f.write_str("This code was made by a newer version of the assessment.")
            }
            CodeError::Damaged => f.write_str("This code is damaged and cannot be read."),
        }
    }
}

impl std::error::Error for CodeError {}

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
            Some(Rating::Level(level)) if (1..=levels).contains(&u32::from(level)) => u32::from(level),
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
    let digits: Vec<u32> = (0..layout.items).map(|_| rest.div_rem(layout.base)).collect();
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

/// The code in blocks of four or five characters joined by hyphens, for reading aloud:
/// `ABCDE-FGHJK-…`. Spaces and hyphens already in it are dropped and letters upper-cased first.
pub fn display_form(code: &str) -> String {
    let chars: Vec<char> = compact(code).chars().collect();
    let blocks = chars.len().div_ceil(5);
    let mut out = String::with_capacity(chars.len() + blocks);
    let mut start = 0;
    for block in 0..blocks {
        // Spread the characters evenly: the first blocks take the extra one.
        let size = chars.len() / blocks + usize::from(block < chars.len() % blocks);
        if block > 0 {
            out.push('-');
        }
        out.extend(&chars[start..start + size]);
        start += size;
    }
    out
}

/// The part of a link that carries a code: `#code=ABCD…`.
pub fn fragment_for(code: &str) -> String {
    format!("#code={}", compact(code))
}

/// The code in a link's fragment: accepts `#code=…`, `code=…` or a whole link ending in one,
/// with other `&`-separated entries around it. `None` when there is no non-empty code.
pub fn code_from_fragment(fragment: &str) -> Option<String> {
    let fragment = fragment.trim();
    let fragment = match fragment.rfind('#') {
        Some(hash) => &fragment[hash + 1..],
        None => fragment,
    };
    fragment
        .split('&')
        .find_map(|entry| entry.trim().strip_prefix("code="))
        .map(str::trim)
        .filter(|code| !code.is_empty())
        .map(str::to_string)
}

/// Days since [`EPOCH`] of a `YYYY-MM-DD` date; `None` for anything else or a date before 2024.
/// Dates after [`LAST_DAY`] are returned as they are (a code then carries [`LAST_DAY`]).
pub fn day_from_date(date: &str) -> Option<u32> {
    if date.len() != 10 {
        return None;
    }
    u32::try_from(dates::parse_date(date)? - epoch_days()).ok()
}

/// The `YYYY-MM-DD` date of a day counted from [`EPOCH`].
pub fn date_from_day(day: u32) -> String {
    dates::format_date(epoch_days() + i64::from(day))
}

fn epoch_days() -> i64 {
    dates::days_from_civil(2024, 1, 1)
}

/// Removes spaces and hyphens and upper-cases, leaving other characters as they are.
fn compact(code: &str) -> String {
    code.chars().filter(|c| !is_separator(*c)).flat_map(char::to_uppercase).collect()
}

fn is_separator(c: char) -> bool {
    // Hyphen, the Unicode hyphens and dashes a phone keyboard may substitute, and the minus sign.
    c.is_whitespace() || c == '-' || ('\u{2010}'..='\u{2015}').contains(&c) || c == '\u{2212}'
}

/// The digit values of the code's characters, separators dropped.
fn symbols(code: &str) -> Result<Vec<u8>, CodeError> {
    let mut symbols = Vec::with_capacity(code.len());
    for c in code.chars() {
        if is_separator(c) {
            continue;
        }
        let value = match c.to_ascii_uppercase() {
            'O' => 0,
            'I' | 'L' => 1,
            upper => ALPHABET
                .iter()
                .position(|&a| char::from(a) == upper)
                .ok_or(CodeError::BadCharacter(c))? as u8,
        };
        symbols.push(value);
    }
    Ok(symbols)
}

/// How a set's codes are laid out.
struct Layout {
    /// Competencies in the set.
    items: usize,
    /// Levels + 2.
    base: u32,
    /// Number of set tag values.
    tags: u32,
    /// This set's tag.
    tag: u32,
    /// Characters in a code.
    length: usize,
}

impl Layout {
    fn of(set: &CompetencySet) -> Layout {
        let levels = u32::try_from(set.scale.labels.len()).unwrap_or(u32::MAX).min(250);
        let base = levels + 2;
        let items = set.competency_count();
        // Every value the code must hold but the set tag: ratings, days, kinds and the check.
        let mut range = BigUint::one();
        for _ in 0..items {
            range.mul_add(base, 0);
        }
        range.mul_add(DAYS, 0);
        range.mul_add(KINDS, 0);
        range.mul_add(CHECK, 0);
        let mut with_min_tags = range.clone();
        with_min_tags.mul_add(MIN_SET_TAGS, 0);
        // range · tags is never a power of two (37 divides it), so it fits in `bits` bits exactly
        // when its bit length is at most `bits`.
        let length = with_min_tags.bit_length().div_ceil(5);
        let bits = length * 5;
        let fits = |tags: u32| {
            let mut product = range.clone();
            product.mul_add(tags, 0);
            product.bit_length() <= bits
        };
        let (mut low, mut high) = (MIN_SET_TAGS, MAX_SET_TAGS);
        while low < high {
            let middle = low + (high - low).div_ceil(2);
            if fits(middle) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        Layout { items, base, tags: low, tag: fingerprint(set, levels) % low, length }
    }
}

/// FNV-1a over the set's id, version, number of levels and competency ids in order.
fn fingerprint(set: &CompetencySet, levels: u32) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u32::from(b);
            hash = hash.wrapping_mul(0x0100_0193);
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0193);
    };
    feed(set.id.as_bytes());
    feed(&set.version.to_le_bytes());
    feed(&levels.to_le_bytes());
    for (_, competency) in set.competencies() {
        feed(competency.id.as_bytes());
    }
    hash
}

/// An unsigned integer of any size, little-endian 32-bit limbs, with just what codes need.
#[derive(Clone, Debug, PartialEq, Eq)]
struct BigUint {
    limbs: Vec<u32>,
}

impl BigUint {
    fn zero() -> Self {
        BigUint { limbs: Vec::new() }
    }

    fn one() -> Self {
        BigUint { limbs: vec![1] }
    }

    fn is_zero(&self) -> bool {
        self.limbs.iter().all(|&limb| limb == 0)
    }

    /// self = self · mul + add
    fn mul_add(&mut self, mul: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.limbs {
            let value = u64::from(*limb) * u64::from(mul) + carry;
            *limb = value as u32;
            carry = value >> 32;
        }
        if carry > 0 {
            self.limbs.push(carry as u32);
        }
    }

    /// self = self / divisor, returning the remainder. `divisor` must not be zero.
    fn div_rem(&mut self, divisor: u32) -> u32 {
        let mut remainder = 0u64;
        for limb in self.limbs.iter_mut().rev() {
            let value = (remainder << 32) | u64::from(*limb);
            *limb = (value / u64::from(divisor)) as u32;
            remainder = value % u64::from(divisor);
        }
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
        remainder as u32
    }

    fn bit_length(&self) -> usize {
        match self.limbs.iter().rposition(|&limb| limb != 0) {
            Some(top) => top * 32 + (32 - self.limbs[top].leading_zeros() as usize),
            None => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::competency_set::default_set;

    /// The code of a raw number, as `encode` writes it (the number must already include the check).
    fn code_of(mut number: BigUint, length: usize) -> String {
        let mut symbols = vec![0u8; length];
        for symbol in symbols.iter_mut().rev() {
            *symbol = ALPHABET[number.div_rem(32) as usize];
        }
        String::from_utf8(symbols).unwrap()
    }

    /// A number in the 2015 layout from its parts: every rating `digit`, and `high` above them.
    fn number_2015(high: u32, digit: u32, kind: u32) -> BigUint {
        let set = default_set();
        let layout = Layout::of(set);
        let mut number = BigUint::zero();
        number.mul_add(1, high);
        for _ in 0..layout.items {
            number.mul_add(layout.base, digit);
        }
        number.mul_add(layout.tags, layout.tag);
        number.mul_add(DAYS, 900);
        number.mul_add(KINDS, kind);
        number.mul_add(CHECK, 0);
        number
    }

    #[test]
    fn big_integer_arithmetic() {
        let mut n = BigUint::zero();
        for _ in 0..40 {
            n.mul_add(1 << 31, 12345);
        }
        assert!(n.bit_length() > 1200);
        for _ in 0..40 {
            assert_eq!(n.div_rem(1 << 31), 12345);
        }
        assert!(n.is_zero());
        assert_eq!(n.bit_length(), 0);
        let mut m = BigUint::one();
        m.mul_add(u32::MAX, u32::MAX);
        assert_eq!(m.limbs, vec![u32::MAX - 1, 1]);
        assert_eq!(m.bit_length(), 33);
    }

    #[test]
    fn the_built_in_layouts() {
        let layout = Layout::of(default_set());
        assert_eq!((layout.items, layout.base, layout.length, layout.tags), (62, 7, 40, 26));
        let draft = crate::core::competency_set::find_set("samhsa-draft-family-youth").unwrap();
        let layout = Layout::of(draft);
        assert_eq!((layout.items, layout.base, layout.length, layout.tags), (82, 7, 52, 384));
    }

    #[test]
    fn the_built_in_sets_have_different_tags_or_lengths() {
        let sets = crate::core::competency_set::built_in_sets();
        for (i, a) in sets.iter().enumerate() {
            for b in &sets[i + 1..] {
                let (a, b) = (Layout::of(a), Layout::of(b));
                assert!(a.length != b.length || a.tag != b.tag);
            }
        }
    }

    #[test]
    fn a_reserved_kind_is_refused() {
        let set = default_set();
        let code = code_of(number_2015(0, 3, 2), 40);
        assert_eq!(decode(&code, &[set]), Err(CodeError::UnknownKind));
        let code = code_of(number_2015(0, 3, 1), 40);
        assert_eq!(decode(&code, &[set]).unwrap().kind, CodeKind::Supervisor);
    }

    #[test]
    fn a_number_beyond_the_ratings_is_damaged() {
        let set = default_set();
        let code = code_of(number_2015(1, 0, 0), 40);
        assert_eq!(decode(&code, &[set]), Err(CodeError::Damaged));
    }
}
