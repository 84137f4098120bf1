//! [`Layout`]: how the codes of a set are laid out, derived from the set alone.

use super::big_number::BigUint;
use super::{CHECK, DAYS, KINDS, MAX_SET_TAGS, MIN_SET_TAGS};
use crate::core::competency_set::CompetencySet;

/// How a set's codes are laid out.
pub struct Layout {
    /// Competencies in the set.
    pub items: usize,
    /// Levels + 2.
    pub base: u32,
    /// Number of set tag values.
    pub tags: u32,
    /// This set's tag.
    pub tag: u32,
    /// Characters in a code.
    pub length: usize,
}

impl Layout {
    pub fn of(set: &CompetencySet) -> Layout {
        let levels = u32::try_from(set.scale.labels.len())
            .unwrap_or(u32::MAX)
            .min(250);
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
        Layout {
            items,
            base,
            tags: low,
            tag: fingerprint(set, levels) % low,
            length,
        }
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
