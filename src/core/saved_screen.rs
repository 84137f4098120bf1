//! How [`Screen`] is saved: stable names, written here once, that do not follow the names in
//! the code. Used on `Session::screen` with `#[serde(with = "…")]`.
//!
//! | Screen                     | Saved as                                      |
//! |----------------------------|-----------------------------------------------|
//! | `Welcome`                  | `"welcome"`                                   |
//! | `Category(id)`             | `{"category": id}`                            |
//! | `Results`                  | `"results"`                                   |
//! | `Snapshot(id)`             | `{"snapshot": id}`                            |
//! | `History`                  | `"history"`                                   |
//! | `Compare { first, second }`| `{"compare": {"first": a, "second": b}}`      |
//! | `Files`                    | `"transfer"` (the screen's earlier name)      |
//! | `Workshop`                 | `"workshop"`                                  |
//!
//! These names must never change. A screen this build does not know (from a newer version) or
//! a damaged one reads as `Welcome`; the rest of the saved data still loads.

use super::session::Screen;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// The saved form, one variant per stable name.
#[derive(Serialize, Deserialize)]
enum SavedScreen {
    #[serde(rename = "welcome")]
    Welcome,
    #[serde(rename = "category")]
    Category(String),
    #[serde(rename = "results")]
    Results,
    #[serde(rename = "snapshot")]
    Snapshot(String),
    #[serde(rename = "history")]
    History,
    #[serde(rename = "compare")]
    Compare { first: String, second: String },
    #[serde(rename = "transfer")]
    Files,
    #[serde(rename = "workshop")]
    Workshop,
}

impl From<&Screen> for SavedScreen {
    fn from(screen: &Screen) -> Self {
        match screen.clone() {
            Screen::Welcome => SavedScreen::Welcome,
            Screen::Category(id) => SavedScreen::Category(id),
            Screen::Results => SavedScreen::Results,
            Screen::Snapshot(id) => SavedScreen::Snapshot(id),
            Screen::History => SavedScreen::History,
            Screen::Compare { first, second } => SavedScreen::Compare { first, second },
            Screen::Files => SavedScreen::Files,
            Screen::Workshop => SavedScreen::Workshop,
        }
    }
}

impl From<SavedScreen> for Screen {
    fn from(saved: SavedScreen) -> Self {
        match saved {
            SavedScreen::Welcome => Screen::Welcome,
            SavedScreen::Category(id) => Screen::Category(id),
            SavedScreen::Results => Screen::Results,
            SavedScreen::Snapshot(id) => Screen::Snapshot(id),
            SavedScreen::History => Screen::History,
            SavedScreen::Compare { first, second } => Screen::Compare { first, second },
            SavedScreen::Files => Screen::Files,
            SavedScreen::Workshop => Screen::Workshop,
        }
    }
}

pub fn serialize<S: Serializer>(screen: &Screen, serializer: S) -> Result<S::Ok, S::Error> {
    SavedScreen::from(screen).serialize(serializer)
}

/// Any JSON reads: what is not a known screen becomes [`Screen::Welcome`].
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Screen, D::Error> {
    let value = Value::deserialize(deserializer)?;
    Ok(SavedScreen::deserialize(value)
        .map(Screen::from)
        .unwrap_or(Screen::Welcome))
}
