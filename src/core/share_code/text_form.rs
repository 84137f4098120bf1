//! Codes as people see and type them: in blocks, in links, with separators and look-alike
//! letters.

use super::{CodeError, ALPHABET};

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

/// Removes spaces and hyphens and upper-cases, leaving other characters as they are.
fn compact(code: &str) -> String {
    code.chars()
        .filter(|c| !is_separator(*c))
        .flat_map(char::to_uppercase)
        .collect()
}

fn is_separator(c: char) -> bool {
    // Hyphen, the Unicode hyphens and dashes a phone keyboard may substitute, and the minus sign.
    c.is_whitespace() || c == '-' || ('\u{2010}'..='\u{2015}').contains(&c) || c == '\u{2212}'
}

/// The digit values of the code's characters, separators dropped.
pub(super) fn symbols(code: &str) -> Result<Vec<u8>, CodeError> {
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
