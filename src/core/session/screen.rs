//! The screens of the widget. How a screen is saved is written down in
//! [`crate::core::saved_screen`], so renaming a screen here never changes the saved format.

#[derive(Clone, Debug, PartialEq, Eq)]
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
    Compare {
        first: String,
        second: String,
    },
    /// Download a backup, a CSV; import a file or a code.
    Files,
    /// A facilitator's workshop: collect participants' codes, see the group's results.
    Workshop,
}

/// The id that stands for the assessment in progress in [`Screen::Compare`].
pub const CURRENT: &str = "current";
