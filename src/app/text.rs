//! Every sentence the widget shows, in one place.

pub const APP_TITLE: &str = "Peer Worker Competency Self-Assessment";
pub const WELCOME_HEADING: &str = "How skilled do you feel in peer support work?";
pub const WELCOME_INTRO: &str = "This self-assessment walks you through the Core Competencies for Peer Workers in Behavioral Health Services. For each competency, choose how skilled you feel today. At the end you see your strengths and growth areas as charts, a table and in words.";
pub const WELCOME_TIME: &str = "It takes about 15 minutes. You can stop at any time and come back later.";
pub const WELCOME_PRIVACY: &str = "Your answers stay on this device, in this browser. They are never sent anywhere.";
pub const CHOOSE_SET: &str = "Which set of competencies?";
pub const BEGIN: &str = "Begin";
pub const CONTINUE: &str = "Continue";
pub const SEE_RESULTS: &str = "See results";
pub const PREVIOUS: &str = "Previous";
pub const NEXT: &str = "Next";
pub const ALL_CATEGORIES: &str = "All categories";
pub const BACK_TO_QUESTIONS: &str = "Back to the questions";
pub const RATE_HINT: &str = "For each competency, choose the level that fits you today, or \"Not applicable\" if it does not apply to your role.";
pub const NOT_APPLICABLE: &str = "Not applicable";
pub const NOTE_SUMMARY: &str = "Note (optional)";
pub const NOTE_LABEL: &str = "Your note on this competency";
pub const ADDED_BADGE: &str = "Added in draft";
pub const START_OVER: &str = "Start over";
pub const START_OVER_QUESTION: &str = "Clear all answers and notes for this set of competencies and start again?";
pub const START_OVER_CONFIRM: &str = "Yes, clear my answers";
pub const DELETE_DATA: &str = "Delete my data";
pub const DELETE_QUESTION: &str = "Delete every answer and note this widget has saved on this device? This cannot be undone.";
pub const DELETE_CONFIRM: &str = "Yes, delete everything";
pub const CANCEL: &str = "Cancel";
pub const FOOTER_PRIVACY: &str = "Saved only in this browser on this device. Nothing is sent anywhere.";
pub const RESULTS_HEADING: &str = "Your results";
pub const OVERALL_CHART_TITLE: &str = "Mean rating per category";
pub const CATEGORY_TABLE_CAPTION: &str = "Mean rating per category";
pub const STRENGTHS_HEADING: &str = "Strengths";
pub const GROWTH_HEADING: &str = "Growth areas";
pub const BY_CATEGORY_HEADING: &str = "Each category";
pub const NOTHING_RATED: &str = "Nothing is rated yet. Answer some competencies to see results here.";
pub const NO_STRENGTHS: &str = "No strengths stand out yet: rate more competencies, or rate them at different levels.";
pub const NO_GROWTH: &str = "No growth areas stand out yet: rate more competencies, or rate them at different levels.";
pub const NOT_RATED: &str = "not rated";
pub const NOT_ANSWERED: &str = "not answered";
pub const STORAGE_UNAVAILABLE: &str = "This browser is not letting the widget save anything (private browsing or a site setting). Your answers stay in this page only and are gone when you close it.";
pub const SAVE_FAILED: &str = "Your latest answers could not be saved on this device (storage may be full or blocked). They are still in this page: keep it open.";
pub const DISMISS: &str = "Dismiss";
pub const DOWNLOAD_UNREADABLE: &str = "Download a copy of the unreadable data";
pub const ERROR_HEADING: &str = "Something went wrong";
pub const ERROR_SAFE: &str = "The self-assessment hit an error and stopped. Your saved answers on this device have not been changed. Reload the page to carry on; you can also download your saved answers first.";
pub const ERROR_DOWNLOAD: &str = "Download my saved answers";
pub const ERROR_RELOAD: &str = "Reload the page";

pub fn category_position(number: usize, total: usize) -> String {
    format!("Category {number} of {total}")
}

pub fn answered_count(answered: usize, total: usize) -> String {
    format!("{answered} of {total} answered")
}

pub fn partial_results(answered: usize, total: usize) -> String {
    format!("Partial results: {answered} of {total} competencies answered. Categories with nothing rated show as \"not rated\".")
}

pub fn overall_mean(mean: &str, levels: u8, rated: usize, not_applicable: usize) -> String {
    format!("Overall mean: {mean} of {levels}, from {rated} rated competencies ({not_applicable} marked not applicable).")
}

pub fn unreadable_saved_data(reason: &str, kept_under: Option<&str>) -> String {
    match kept_under {
        Some(key) => format!("Saved answers on this device could not be read ({reason}). They were not deleted: a copy is kept in this browser's storage under \"{key}\". You are starting with a fresh assessment."),
        None => format!("Saved answers on this device could not be read ({reason}), and no copy could be made, so nothing will be saved in this session to avoid overwriting them."),
    }
}
