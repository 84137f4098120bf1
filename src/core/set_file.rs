//! Reading a competency set from outside (an agency's JSON file): every problem is reported
//! with the place it is at, e.g. `categories[3].competencies[1]: missing id`, before the set is
//! used. The format is documented in `sets/competency-set.schema.json`.

use super::competency_set::CompetencySet;
use serde_json::Value;

/// Larger files are refused before they are parsed.
pub const MAX_SET_BYTES: usize = 1024 * 1024;
/// The longest text of any one field.
pub const MAX_TEXT_CHARS: usize = 4000;

/// Parses and checks a set; the error names the first problem and where it is.
pub fn parse_set(text: &str) -> Result<CompetencySet, String> {
    if text.len() > MAX_SET_BYTES {
        return Err(format!(
            "the file is larger than {} KB",
            MAX_SET_BYTES / 1024
        ));
    }
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| format!("not valid JSON (line {}, column {})", e.line(), e.column()))?;
    check_shape(&value)?;
    let mut set: CompetencySet = serde_json::from_value(value).map_err(|e| e.to_string())?;
    fill_short_titles(&mut set);
    set.check()?;
    Ok(set)
}

fn fill_short_titles(set: &mut CompetencySet) {
    if set.short_title.trim().is_empty() {
        set.short_title = set.title.clone();
    }
    for category in &mut set.categories {
        if category.short_title.trim().is_empty() {
            category.short_title = category.title.clone();
        }
    }
}

fn check_shape(root: &Value) -> Result<(), String> {
    let root = object(root, "the set")?;
    text(root.get("id"), "id", true)?;
    match root.get("version") {
        Some(Value::Number(n))
            if n.as_u64()
                .is_some_and(|v| (1..=u64::from(u32::MAX)).contains(&v)) => {}
        Some(_) => return Err("version: must be a whole number from 1".into()),
        None => return Err("version: missing".into()),
    }
    text(root.get("title"), "title", true)?;
    for optional in ["short_title", "source"] {
        text(root.get(optional), optional, false)?;
    }
    if let Some(scale) = root.get("scale") {
        let scale = object(scale, "scale")?;
        let labels = array(scale.get("labels"), "scale.labels")?;
        if !(2..=10).contains(&labels.len()) {
            return Err(format!(
                "scale.labels: {} labels; a scale needs 2 to 10",
                labels.len()
            ));
        }
        for (i, label) in labels.iter().enumerate() {
            text(Some(label), &format!("scale.labels[{i}]"), true)?;
        }
    }
    let categories = array(root.get("categories"), "categories")?;
    if categories.is_empty() {
        return Err("categories: the set has no categories".into());
    }
    for (ci, category) in categories.iter().enumerate() {
        let at = format!("categories[{ci}]");
        let category = object(category, &at)?;
        text(category.get("id"), &format!("{at}.id"), true)?;
        text(category.get("title"), &format!("{at}.title"), true)?;
        for optional in ["short_title", "description", "number", "source"] {
            text(category.get(optional), &format!("{at}.{optional}"), false)?;
        }
        let competencies = array(category.get("competencies"), &format!("{at}.competencies"))?;
        if competencies.is_empty() {
            return Err(format!("{at}.competencies: no competencies"));
        }
        for (ki, competency) in competencies.iter().enumerate() {
            let at = format!("{at}.competencies[{ki}]");
            let competency = object(competency, &at)?;
            text(competency.get("id"), &format!("{at}.id"), true)?;
            text(competency.get("text"), &format!("{at}.text"), true)?;
            text(competency.get("source"), &format!("{at}.source"), false)?;
            if let Some(details) = competency.get("details") {
                for (di, detail) in array(Some(details), &format!("{at}.details"))?
                    .iter()
                    .enumerate()
                {
                    text(Some(detail), &format!("{at}.details[{di}]"), true)?;
                }
            }
        }
    }
    if let Some(translations) = root.get("translations") {
        check_translations(object(translations, "translations")?)?;
    }
    Ok(())
}

/// The texts of every translation, held to the same rules as the set's own.
fn check_translations(translations: &serde_json::Map<String, Value>) -> Result<(), String> {
    for (language, translation) in translations {
        let at = format!("translations.{language}");
        key(language, "translations")?;
        let translation = object(translation, &at)?;
        for optional in ["title", "short_title", "source", "translation_note"] {
            text(
                translation.get(optional),
                &format!("{at}.{optional}"),
                false,
            )?;
        }
        if let Some(scale) = translation.get("scale") {
            let labels = array(object(scale, &format!("{at}.scale"))?.get("labels"), &at)?;
            for (i, label) in labels.iter().enumerate() {
                text(Some(label), &format!("{at}.scale.labels[{i}]"), true)?;
            }
        }
        if let Some(categories) = translation.get("categories") {
            let place = format!("{at}.categories");
            for (id, category) in object(categories, &place)? {
                key(id, &place)?;
                let category = object(category, &format!("{place}.{id}"))?;
                for optional in ["title", "short_title", "description"] {
                    text(
                        category.get(optional),
                        &format!("{place}.{id}.{optional}"),
                        false,
                    )?;
                }
            }
        }
        if let Some(competencies) = translation.get("competencies") {
            let place = format!("{at}.competencies");
            for (id, competency) in object(competencies, &place)? {
                key(id, &place)?;
                text(Some(competency), &format!("{place}.{id}"), true)?;
            }
        }
    }
    Ok(())
}

/// A name used as a key (a language code, an id): short, and no control characters.
fn key(name: &str, at: &str) -> Result<(), String> {
    if name.chars().count() > 200 {
        return Err(format!("{at}: a name longer than 200 characters"));
    }
    control_character(name).map_or(Ok(()), |(position, c)| {
        Err(format!(
            "{at}: a name holds the control character U+{:04X} at character {position}",
            u32::from(c)
        ))
    })
}

/// The first character of `text` that is a control character other than tab and line feed
/// (which could end a string where the text is written into CSS, a CSV or a terminal), with its
/// position counted from 1.
pub fn control_character(text: &str) -> Option<(usize, char)> {
    text.chars()
        .enumerate()
        .find(|(_, c)| c.is_control() && !matches!(c, '\t' | '\n'))
        .map(|(i, c)| (i + 1, c))
}

fn object<'a>(value: &'a Value, at: &str) -> Result<&'a serde_json::Map<String, Value>, String> {
    value
        .as_object()
        .ok_or_else(|| format!("{at}: must be an object {{ … }}"))
}

fn array<'a>(value: Option<&'a Value>, at: &str) -> Result<&'a Vec<Value>, String> {
    match value {
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(format!("{at}: must be a list [ … ]")),
        None => Err(format!("{at}: missing")),
    }
}

/// A text field: `required` ones must be present and not blank; any must be text and not huge.
fn text(value: Option<&Value>, at: &str, required: bool) -> Result<(), String> {
    let name = at.rsplit('.').next().unwrap_or(at);
    match value {
        None | Some(Value::Null) if required => {
            let (place, field) = at.rsplit_once('.').unwrap_or(("the set", at));
            Err(format!("{place}: missing {field}"))
        }
        None | Some(Value::Null) => Ok(()),
        Some(Value::String(s)) if required && s.trim().is_empty() => Err(format!("{at}: is empty")),
        Some(Value::String(s)) if s.chars().count() > MAX_TEXT_CHARS => {
            Err(format!("{at}: longer than {MAX_TEXT_CHARS} characters"))
        }
        Some(Value::String(s)) => control_character(s).map_or(Ok(()), |(position, c)| {
            Err(format!(
                "{at}: holds the control character U+{:04X} at character {position}; \
                 only tabs and line breaks may stand in a text",
                u32::from(c)
            ))
        }),
        Some(_) => Err(format!("{at}: must be text (\"{name}\": \"…\")")),
    }
}
