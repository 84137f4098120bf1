//! Text written into a stylesheet as a CSS string (the printed pages' footer carries the set's
//! name): it can never end the string and add rules of its own.

/// `text` as a double-quoted CSS string: quotes and backslashes escaped, and every control
/// character (below U+0020, U+007F, and U+0080 to U+009F), which could end the string or the
/// rule (a form feed is a line break to CSS), written as a hexadecimal escape. A line break
/// stays a line break (`\A`).
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {
                // The space ends the escape, so a hexadecimal digit after it stays text.
                out.push_str(&format!("\\{:X} ", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
