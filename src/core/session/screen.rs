//! The screens of the widget.

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    Welcome,
    /// Rating the competencies of one category, by category id.
    Category(String),
    /// Results of the assessment in progress.
    Results,
    /// Results of a finished assessment, by snapshot id.
    Snapshot(String),
    /// Finished assessments and ratings received, with a choice of two to compare.
    History,
    /// Two snapshots side by side (`current` stands for the assessment in progress).
    Compare { first: String, second: String },
    /// Download a backup, a CSV; import a file or a code.
    Transfer,
    /// A facilitator's workshop: collect participants' codes, see the group's results.
    Workshop,
}

/// The id that stands for the assessment in progress in [`Screen::Compare`].
pub const CURRENT: &str = "current";
