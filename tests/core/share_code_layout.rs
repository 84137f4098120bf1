//! The inside of share codes: the number arithmetic and the layouts of the built-in sets.

use peer_assessment::core::competency_set::{built_in_sets, default_set, find_set};
use peer_assessment::core::share_code::big_number::BigUint;
use peer_assessment::core::share_code::layout::Layout;
use peer_assessment::core::share_code::{
    decode, CodeError, CodeKind, ALPHABET, CHECK, DAYS, KINDS,
};

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
    assert_eq!(
        (layout.items, layout.base, layout.length, layout.tags),
        (62, 7, 40, 26)
    );
    let draft = find_set("samhsa-draft-family-youth").unwrap();
    let layout = Layout::of(draft);
    assert_eq!(
        (layout.items, layout.base, layout.length, layout.tags),
        (82, 7, 52, 384)
    );
}

#[test]
fn the_built_in_sets_have_different_tags_or_lengths() {
    let sets = built_in_sets();
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
