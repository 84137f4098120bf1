//! Filling in a template's `{name}` placeholders.

use std::fmt::Display;

/// Fills `{name}` placeholders of a template; a placeholder with no value is left as it is.
pub fn fill(template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let named = after.find('}').map(|end| (&after[..end], end));
        let value = named.and_then(|(name, end)| {
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, value)| (value, end))
        });
        match value {
            Some((value, end)) => {
                out.push_str(&value.to_string());
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
