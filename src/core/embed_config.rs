//! How an agency's page configures an embedded widget, read from the element's `data-`
//! attributes (see docs/site-owners.md, "Options"). Unknown or unsafe values are ignored with a
//! reason, never half-applied.

/// Where the competency set comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetSource {
    /// A built-in set by id (`data-set`).
    BuiltIn(String),
    /// A JSON file on the same site (`data-set-url`).
    Url(String),
    /// The text of a `<script type="application/json">` element, by its id (`data-set-json`).
    Inline(String),
}

/// Optional parts of the widget (`data-show`); the assessment itself is always shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parts {
    pub history: bool,
    pub files: bool,
    pub workshop: bool,
    /// The choice between rating oneself and rating someone else.
    pub rate_others: bool,
}

impl Default for Parts {
    fn default() -> Self {
        Parts {
            history: true,
            files: true,
            workshop: true,
            rate_others: true,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedConfig {
    pub set: Option<SetSource>,
    /// Keeps this widget's saved data apart from others on the same site; empty for the default.
    pub namespace: String,
    pub title: Option<String>,
    pub language: Option<String>,
    pub theme: Option<Theme>,
    pub parts: Parts,
    /// The agency's page with the facilitator's widget (`data-facilitator-page`), where this
    /// widget's Workshop section and participants' links lead; it must be on the same site
    /// (checked where the page's origin is known). Without it, the facilitator's page in the
    /// widget's own folder.
    pub facilitator_page: Option<String>,
    /// Attributes that were ignored, with the reason (reported in the browser console).
    pub ignored: Vec<String>,
}

/// Accent colours as `#rrggbb`, each meeting WCAG AA contrast where the widget uses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    /// Buttons (white text on it) and links, headings (on white): contrast ≥ 4.5:1 with white.
    pub accent: String,
    /// Hover and strong text: darker still.
    pub accent_strong: String,
    /// Light backgrounds behind dark text.
    pub accent_soft: String,
}

/// Reads the configuration; `attribute` returns an attribute's value, if present.
pub fn read_config(attribute: impl Fn(&str) -> Option<String>) -> EmbedConfig {
    let mut config = EmbedConfig::default();
    let get = |name: &str| {
        attribute(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    config.set = match (get("data-set"), get("data-set-url"), get("data-set-json")) {
        (_, Some(url), _) => Some(SetSource::Url(url)),
        (_, _, Some(id)) => Some(SetSource::Inline(id)),
        (Some(id), _, _) => Some(SetSource::BuiltIn(id)),
        _ => None,
    };
    if let Some(namespace) = get("data-namespace") {
        if valid_namespace(&namespace) {
            config.namespace = namespace;
        } else {
            config.ignored.push(format!(
                "data-namespace=\"{namespace}\": use 1 to 40 letters, digits and hyphens"
            ));
        }
    }
    // Control characters (a form feed, an escape) would end a string where the title is written.
    config.title =
        get("data-title").map(|t| t.chars().filter(|c| !c.is_control()).take(200).collect());
    config.language = get("data-lang");
    config.facilitator_page = get("data-facilitator-page").filter(|a| a.len() <= 2000);
    if let Some(accent) = get("data-accent") {
        match theme_for(&accent) {
            Ok(theme) => config.theme = Some(theme),
            Err(reason) => config
                .ignored
                .push(format!("data-accent=\"{accent}\": {reason}")),
        }
    }
    if let Some(show) = get("data-show") {
        let words: Vec<String> = show
            .split([',', ' '])
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        config.parts = Parts {
            history: words.iter().any(|w| w == "history"),
            files: words.iter().any(|w| w == "files"),
            workshop: words.iter().any(|w| w == "workshop"),
            rate_others: words.iter().any(|w| w == "rate-others"),
        };
        for word in words.iter().filter(|w| {
            !["assessment", "history", "files", "workshop", "rate-others"].contains(&w.as_str())
        }) {
            config
                .ignored
                .push(format!("data-show: unknown part \"{word}\""));
        }
    }
    config
}

fn valid_namespace(namespace: &str) -> bool {
    (1..=40).contains(&namespace.len())
        && namespace
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The storage key prefix for a namespace: `peer-assessment` or `peer-assessment.<namespace>`.
pub fn storage_prefix(namespace: &str) -> String {
    if namespace.is_empty() {
        "peer-assessment".to_string()
    } else {
        format!("peer-assessment.{namespace}")
    }
}

/// Reads `#rgb` or `#rrggbb`.
pub fn parse_hex(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.strip_prefix('#')?;
    let digits: Vec<u8> = match hex.len() {
        3 => hex
            .chars()
            .map(|c| c.to_digit(16).map(|d| (d * 17) as u8))
            .collect::<Option<_>>()?,
        6 => (0..3)
            .map(|i| u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok())
            .collect::<Option<_>>()?,
        _ => return None,
    };
    Some([digits[0], digits[1], digits[2]])
}

fn hex(rgb: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

/// WCAG relative luminance.
pub fn luminance(rgb: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

/// WCAG contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn mix(a: [u8; 3], b: [u8; 3], share_of_b: f64) -> [u8; 3] {
    let m = |x: u8, y: u8| {
        (f64::from(x) * (1.0 - share_of_b) + f64::from(y) * share_of_b).round() as u8
    };
    [m(a[0], b[0]), m(a[1], b[1]), m(a[2], b[2])]
}

/// The minimum contrast the accent needs against white (WCAG AA for normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// A theme from one accent colour; refused when white text on it (and it on white) would be
/// below WCAG AA.
pub fn theme_for(accent: &str) -> Result<Theme, String> {
    let rgb = parse_hex(accent).ok_or("not a colour in #rrggbb form")?;
    const WHITE: [u8; 3] = [255, 255, 255];
    let ratio = contrast(rgb, WHITE);
    if ratio < MIN_CONTRAST {
        return Err(format!(
            "contrast with white is {ratio:.2}:1; it must be at least {MIN_CONTRAST}:1 \
             (choose a darker colour)"
        ));
    }
    Ok(Theme {
        accent: hex(rgb),
        accent_strong: hex(mix(rgb, [0, 0, 0], 0.25)),
        accent_soft: hex(mix(rgb, WHITE, 0.88)),
    })
}
