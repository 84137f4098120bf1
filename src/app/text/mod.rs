//! Every sentence the widget shows, one table per language ([`en::EN`], [`es::ES`]). A missing
//! string in any language is a compile error, since each table is a whole [`Text`].

mod en;
mod es;

use crate::core::competency_set::{localized, CompetencySet};
use crate::core::history::{Rater, RaterRole, Snapshot};
use crate::core::plan::{Progress, Support};
use crate::core::transfer::{ImportError, Preview};
use std::fmt::Display;
use std::sync::atomic::{AtomicUsize, Ordering};
use yew::prelude::*;

pub use en::EN;
pub use es::ES;

/// Every language the widget speaks, the first being the fallback.
pub static LANGUAGES: [&Text; 2] = [&EN, &ES];

/// Every string the widget shows, for one language. A field holding `{name}` placeholders is a
/// template, filled in by the method of the same name.
#[derive(Debug)]
pub struct Text {
    /// BCP 47 code, e.g. "en".
    pub lang: &'static str,
    /// The language's own name, for the language switch.
    pub language_name: &'static str,
    pub complete: &'static str,
    pub set_problem_heading: &'static str,
    pub set_problem_help: &'static str,
    pub compared_through_mapping: &'static str,
    pub workshop: &'static str,
    pub share_button: &'static str,
    pub share_intro: &'static str,
    pub supervisor_code_button: &'static str,
    pub supervisor_code_intro: &'static str,
    pub share_region: &'static str,
    pub qr_label: &'static str,
    pub share_code_label: &'static str,
    pub share_link_label: &'static str,
    pub workshop_heading: &'static str,
    pub workshop_intro: &'static str,
    pub workshop_start_for_code: &'static str,
    pub workshop_name: &'static str,
    pub workshop_start: &'static str,
    pub workshop_unknown_set: &'static str,
    pub workshop_link_code: &'static str,
    pub workshop_add_linked: &'static str,
    pub workshop_add: &'static str,
    pub not_now: &'static str,
    pub workshop_line: &'static str,
    pub workshop_participants: &'static str,
    pub workshop_code_label: &'static str,
    pub workshop_code_hint: &'static str,
    pub workshop_added: &'static str,
    pub workshop_nothing_lost: &'static str,
    pub workshop_repeat: &'static str,
    pub workshop_add_anyway: &'static str,
    pub workshop_clear: &'static str,
    pub workshop_clear_question: &'static str,
    pub workshop_clear_confirm: &'static str,
    pub workshop_not_participant: &'static str,
    pub workshop_other_set: &'static str,
    pub code_error_empty: &'static str,
    pub code_error_bad_character: &'static str,
    pub code_error_too_short: &'static str,
    pub code_error_too_long: &'static str,
    pub code_error_wrong_length: &'static str,
    pub code_error_checksum: &'static str,
    pub code_error_unknown_set: &'static str,
    pub code_error_ambiguous: &'static str,
    pub code_error_unknown_kind: &'static str,
    pub code_error_damaged: &'static str,
    pub group_value: &'static str,
    pub group_chart_title: &'static str,
    pub group_chart_hint: &'static str,
    pub group_table_caption: &'static str,
    pub lowest: &'static str,
    pub highest: &'static str,
    pub rated_by_count: &'static str,
    pub training_topics: &'static str,
    pub training_topics_intro: &'static str,
    pub level_counts: &'static str,
    pub level_counts_caption: &'static str,
    pub code_import_heading: &'static str,
    pub code_import_intro: &'static str,
    pub code_import_label: &'static str,
    pub code_check: &'static str,
    pub code_received: &'static str,
    pub code_add: &'static str,
    pub code_added: &'static str,
    pub code_is_participant: &'static str,
    pub linked_rating: &'static str,
    pub group_csv_header: [&'static str; 6],
    pub save_choice: &'static str,
    pub save_on_device: &'static str,
    pub save_on_device_detail: &'static str,
    pub dont_save: &'static str,
    pub dont_save_detail: &'static str,
    pub private_on: &'static str,
    pub private_footer: &'static str,
    pub app_title: &'static str,
    pub welcome_heading: &'static str,
    pub welcome_intro: &'static str,
    pub welcome_time: &'static str,
    pub welcome_privacy: &'static str,
    pub choose_set: &'static str,
    pub begin: &'static str,
    pub continue_label: &'static str,
    pub see_results: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub all_categories: &'static str,
    pub back_to_questions: &'static str,
    pub rate_hint: &'static str,
    pub not_applicable: &'static str,
    pub note_summary: &'static str,
    pub note_label: &'static str,
    pub added_badge: &'static str,
    pub start_over: &'static str,
    pub start_over_question: &'static str,
    pub start_over_confirm: &'static str,
    pub delete_data: &'static str,
    pub delete_question: &'static str,
    pub delete_confirm: &'static str,
    pub cancel: &'static str,
    pub footer_privacy: &'static str,
    pub results_heading: &'static str,
    pub overall_chart_title: &'static str,
    pub category_table_caption: &'static str,
    pub strengths_heading: &'static str,
    pub growth_heading: &'static str,
    pub by_category_heading: &'static str,
    pub nothing_rated: &'static str,
    pub no_strengths: &'static str,
    pub no_growth: &'static str,
    pub not_rated: &'static str,
    pub not_answered: &'static str,
    pub storage_unavailable: &'static str,
    pub save_failed: &'static str,
    pub dismiss: &'static str,
    pub download_unreadable: &'static str,
    pub error_heading: &'static str,
    pub error_safe: &'static str,
    pub error_download: &'static str,
    pub error_reload: &'static str,
    pub plan_heading: &'static str,
    pub plan_intro: &'static str,
    pub plan_empty: &'static str,
    pub plan_suggested: &'static str,
    pub plan_choose: &'static str,
    pub plan_choose_placeholder: &'static str,
    pub add_to_plan: &'static str,
    pub remove_from_plan: &'static str,
    pub plan_goal: &'static str,
    pub plan_steps: &'static str,
    pub plan_supports: &'static str,
    pub plan_other_support: &'static str,
    pub plan_target_date: &'static str,
    pub plan_progress: &'static str,
    pub finish: &'static str,
    pub finish_hint: &'static str,
    pub print: &'static str,
    pub download_csv: &'static str,
    pub home: &'static str,
    pub history: &'static str,
    pub compare_with: &'static str,
    pub compare: &'static str,
    pub who_is_rated: &'static str,
    pub rate_myself: &'static str,
    pub rate_someone_else: &'static str,
    pub rate_someone_else_detail: &'static str,
    pub not_anonymous_giver: &'static str,
    pub person_name: &'static str,
    pub rater_name: &'static str,
    pub rater_role: &'static str,
    pub hand_over_heading: &'static str,
    pub download_rating_file: &'static str,
    pub rating_file_ready: &'static str,
    pub discard_rating: &'static str,
    pub discard_rating_question: &'static str,
    pub discard_rating_confirm: &'static str,
    pub history_heading: &'static str,
    pub history_empty: &'static str,
    pub history_intro: &'static str,
    pub history_caption: &'static str,
    pub date: &'static str,
    pub rated_by: &'static str,
    pub set: &'static str,
    pub completion: &'static str,
    pub mean: &'static str,
    pub actions: &'static str,
    pub view: &'static str,
    pub delete: &'static str,
    pub delete_snapshot_question: &'static str,
    pub delete_snapshot_confirm: &'static str,
    pub compare_two: &'static str,
    pub baseline: &'static str,
    pub later: &'static str,
    pub compare_same: &'static str,
    pub compare_other_set: &'static str,
    pub compare_heading: &'static str,
    pub in_progress: &'static str,
    pub nothing_to_compare: &'static str,
    pub change_caption: &'static str,
    pub change_caption_short: &'static str,
    pub category: &'static str,
    pub competency: &'static str,
    pub change: &'static str,
    pub gaps_heading: &'static str,
    pub files: &'static str,
    pub files_heading: &'static str,
    pub backup_heading: &'static str,
    pub backup_intro: &'static str,
    pub download_backup: &'static str,
    pub import_heading: &'static str,
    pub import_intro: &'static str,
    pub choose_file: &'static str,
    pub import_refused: &'static str,
    pub nothing_changed: &'static str,
    pub import_preview: &'static str,
    pub import_confirm: &'static str,
    pub import_nothing_new: &'static str,
    pub backup_reminder: &'static str,
    pub backup_now: &'static str,
    pub sections: &'static str,
    pub self_assessment: &'static str,
    pub category_position: &'static str,
    pub answered_count: &'static str,
    pub partial_results: &'static str,
    pub overall_mean: &'static str,
    pub unreadable_kept: &'static str,
    pub unreadable_not_kept: &'static str,
    pub add_to_plan_named: &'static str,
    pub remove_from_plan_named: &'static str,
    pub plan_item_rating: &'static str,
    pub rater_you: &'static str,
    pub rater_role_only: &'static str,
    pub rater_named: &'static str,
    pub rater_inline_role_only: &'static str,
    pub rater_inline_named: &'static str,
    pub snapshot_heading_own: &'static str,
    pub snapshot_heading_other: &'static str,
    pub snapshot_label: &'static str,
    pub rating_of_heading_named: &'static str,
    pub rating_of_heading_unnamed: &'static str,
    pub report_line: &'static str,
    pub report_line_in_progress: &'static str,
    pub received_rating_note: &'static str,
    pub hand_over_intro: &'static str,
    pub the_person_you_rated: &'static str,
    pub view_snapshot: &'static str,
    pub self_and_other_heading: &'static str,
    pub comparing: &'static str,
    pub overall_change: &'static str,
    pub overall_difference: &'static str,
    pub difference_heading: &'static str,
    pub self_higher: &'static str,
    pub self_lower: &'static str,
    pub no_gaps: &'static str,
    pub gap_detail: &'static str,
    pub last_backup: &'static str,
    pub no_backup_yet: &'static str,
    pub file_unreadable: &'static str,
    pub backup_contents: &'static str,
    pub rating_contents_named: &'static str,
    pub rating_contents_unnamed: &'static str,
    pub import_adds_snapshots: &'static str,
    pub import_snapshots_present: &'static str,
    pub import_adds_plan: &'static str,
    pub import_plan_kept: &'static str,
    pub import_fills_answers: &'static str,
    pub import_answers_kept: &'static str,
    pub import_adds_rating_of_someone_else: &'static str,
    pub import_done: &'static str,
    pub import_error_empty: &'static str,
    pub import_error_too_large: &'static str,
    pub import_error_not_json: &'static str,
    pub import_error_not_ours: &'static str,
    pub import_error_newer: &'static str,
    pub import_error_unknown_set: &'static str,
    pub import_error_other_version: &'static str,
    pub import_error_damaged: &'static str,
    pub chart_description: &'static str,
    pub col_rated: &'static str,
    pub col_na: &'static str,
    pub col_not_answered: &'static str,
    pub col_your_rating: &'static str,
    pub highest_categories: &'static str,
    pub growth_categories: &'static str,
    pub highest_competencies: &'static str,
    pub lowest_competencies: &'static str,
    pub category_mean: &'static str,
    pub category_ratings_caption: &'static str,
    pub category_chart_title: &'static str,
    pub note_prefix: &'static str,
    pub source_prefix: &'static str,
    pub axis_not_rated: &'static str,
    pub categories_nav: &'static str,
    pub scale_caption: &'static str,
    pub set_summary: &'static str,
    pub date_format: &'static str,
    pub language_label: &'static str,
    pub english_only: &'static str,
    pub support_names: [&'static str; 3],
    pub progress_names: [&'static str; 3],
    pub role_names: [&'static str; 4],
    pub role_nouns: [&'static str; 4],
    pub month_names: [&'static str; 12],
    pub csv_header: [&'static str; 8],
}

/// Fills `{name}` placeholders of a template.
pub fn fill(template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}').map(|end| (&after[..end], end)) {
            Some((name, end)) if values.iter().any(|(n, _)| *n == name) => {
                let (_, value) = values.iter().find(|(n, _)| *n == name).expect("found above");
                out.push_str(&value.to_string());
                rest = &after[end + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The table for a language code ("es", "es-MX", "en-US"…), or English.
pub fn for_language(code: &str) -> &'static Text {
    let primary = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    LANGUAGES.iter().copied().find(|t| t.lang == primary).unwrap_or(&EN)
}

/// The language in use, for the error screen, which is drawn outside Yew.
static CURRENT: AtomicUsize = AtomicUsize::new(0);

pub fn set_current(text: &'static Text) {
    let index = LANGUAGES.iter().position(|t| std::ptr::eq(*t, text)).unwrap_or(0);
    CURRENT.store(index, Ordering::Relaxed);
}

pub fn current() -> &'static Text {
    LANGUAGES[CURRENT.load(Ordering::Relaxed).min(LANGUAGES.len() - 1)]
}

/// The table in use, as a Yew context; compared by identity.
#[derive(Clone, Copy, Debug)]
pub struct Texts(pub &'static Text);

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The table of the language in use.
#[hook]
pub fn use_text() -> &'static Text {
    use_context::<Texts>().map(|t| t.0).unwrap_or(&EN)
}

fn role_index(role: RaterRole) -> usize {
    RaterRole::ALL.iter().position(|r| *r == role).unwrap_or(0)
}

impl Text {
    /// A competency set in this language, where the set has a translation.
    pub fn set(&self, set: &'static CompetencySet) -> &'static CompetencySet {
        localized(set, self.lang)
    }

    pub fn category_position(&self, number: usize, total: usize) -> String {
        fill(self.category_position, &[("number", &number), ("total", &total)])
    }

    pub fn answered_count(&self, answered: usize, total: usize) -> String {
        fill(self.answered_count, &[("answered", &answered), ("total", &total)])
    }

    pub fn partial_results(&self, answered: usize, total: usize) -> String {
        fill(self.partial_results, &[("answered", &answered), ("total", &total)])
    }

    pub fn overall_mean(&self, mean: &str, levels: u8, rated: usize, not_applicable: usize) -> String {
        fill(self.overall_mean, &[("mean", &mean), ("levels", &levels), ("rated", &rated), ("not_applicable", &not_applicable)])
    }

    pub fn unreadable_saved_data(&self, reason: &str, kept_under: Option<&str>) -> String {
        match kept_under {
            Some(key) => fill(self.unreadable_kept, &[("reason", &reason), ("key", &key)]),
            None => fill(self.unreadable_not_kept, &[("reason", &reason)]),
        }
    }

    /// A mean to one decimal place, or "not rated".
    pub fn mean(&self, mean: Option<f64>) -> String {
        match mean {
            Some(_) => crate::core::scoring::format_mean(mean),
            None => self.not_rated.to_string(),
        }
    }

    /// "YYYY-MM-DD" (or an ISO timestamp) as the language writes dates; anything else unchanged.
    pub fn date(&self, iso: &str) -> String {
        let Some(days) = crate::core::dates::parse_date(iso) else { return iso.to_string() };
        let (year, month, day) = crate::core::dates::civil_from_days(days);
        let month = self.month_names[(month as usize - 1).min(11)];
        fill(self.date_format, &[("year", &year), ("month", &month), ("day", &day)])
    }

    pub fn add_to_plan_named(&self, competency: &str) -> String {
        fill(self.add_to_plan_named, &[("competency", &competency)])
    }

    pub fn remove_from_plan_named(&self, competency: &str) -> String {
        fill(self.remove_from_plan_named, &[("competency", &competency)])
    }

    pub fn plan_item_rating(&self, rating: &str, progress: &str) -> String {
        fill(self.plan_item_rating, &[("rating", &rating), ("progress", &progress)])
    }

    pub fn support_name(&self, support: Support) -> &'static str {
        self.support_names[Support::ALL.iter().position(|s| *s == support).unwrap_or(0)]
    }

    pub fn progress_name(&self, progress: Progress) -> &'static str {
        self.progress_names[Progress::ALL.iter().position(|p| *p == progress).unwrap_or(0)]
    }

    pub fn role_name(&self, role: RaterRole) -> &'static str {
        self.role_names[role_index(role)]
    }

    pub fn role_noun(&self, role: RaterRole) -> &'static str {
        self.role_nouns[role_index(role)]
    }

    /// Who rated, at the start of a cell: "You", "Your supervisor", "Dana Lee (your supervisor)".
    pub fn rater_phrase(&self, rater: &Rater) -> String {
        match rater {
            Rater::Myself => self.rater_you.to_string(),
            Rater::Other { name, role } if name.trim().is_empty() => fill(self.rater_role_only, &[("role", &self.role_noun(*role))]),
            Rater::Other { name, role } => fill(self.rater_named, &[("name", name), ("role", &self.role_noun(*role))]),
        }
    }

    /// Who rated, inside a sentence: "your supervisor", "Dana Lee, your supervisor".
    pub fn rater_inline(&self, name: &str, role: RaterRole) -> String {
        if name.trim().is_empty() {
            fill(self.rater_inline_role_only, &[("role", &self.role_noun(role))])
        } else {
            fill(self.rater_inline_named, &[("name", &name), ("role", &self.role_noun(role))])
        }
    }

    /// Who rated a snapshot, inside a sentence.
    pub fn rater_in_sentence(&self, rater: &Rater) -> String {
        match rater {
            Rater::Myself => self.rater_you.to_string(),
            Rater::Other { name, role } => self.rater_inline(name, *role),
        }
    }

    pub fn snapshot_heading(&self, rater: &Rater, date: &str) -> String {
        let date = self.date(date);
        match rater {
            Rater::Myself => fill(self.snapshot_heading_own, &[("date", &date)]),
            other => fill(self.snapshot_heading_other, &[("rater", &self.rater_in_sentence(other)), ("date", &date)]),
        }
    }

    pub fn snapshot_label(&self, snapshot: &Snapshot) -> String {
        fill(self.snapshot_label, &[("date", &self.date(snapshot.date())), ("rater", &self.rater_phrase(&snapshot.rater))])
    }

    pub fn rating_of_heading(&self, person: &str) -> String {
        if person.trim().is_empty() {
            self.rating_of_heading_unnamed.to_string()
        } else {
            fill(self.rating_of_heading_named, &[("person", &person)])
        }
    }

    pub fn report_line(&self, set_title: &str, date: &str, in_progress: bool) -> String {
        let template = if in_progress { self.report_line_in_progress } else { self.report_line };
        fill(template, &[("set", &set_title), ("date", &self.date(date))])
    }

    pub fn received_rating_note(&self, name: &str, role: RaterRole) -> String {
        fill(self.received_rating_note, &[("rater", &self.rater_inline(name, role))])
    }

    pub fn hand_over_intro(&self, person: &str) -> String {
        let person = if person.trim().is_empty() { self.the_person_you_rated } else { person };
        fill(self.hand_over_intro, &[("person", &person)])
    }

    pub fn view_snapshot(&self, label: &str) -> String {
        fill(self.view_snapshot, &[("label", &label)])
    }

    pub fn self_and_other_heading(&self, role: RaterRole) -> String {
        fill(self.self_and_other_heading, &[("role", &self.role_noun(role))])
    }

    pub fn comparing(&self, first: &str, second: &str) -> String {
        fill(self.comparing, &[("first", &first), ("second", &second)])
    }

    pub fn overall_change(&self, first: &str, first_mean: &str, second: &str, second_mean: &str, change: &str, difference: bool) -> String {
        let template = if difference { self.overall_difference } else { self.overall_change };
        fill(template, &[("first", &first), ("first_mean", &first_mean), ("second", &second), ("second_mean", &second_mean), ("change", &change)])
    }

    pub fn difference_heading(&self, role: RaterRole) -> String {
        fill(self.difference_heading, &[("role", &self.role_noun(role))])
    }

    pub fn self_higher(&self, role: RaterRole) -> String {
        fill(self.self_higher, &[("role", &self.role_noun(role))])
    }

    pub fn self_lower(&self, role: RaterRole) -> String {
        fill(self.self_lower, &[("role", &self.role_noun(role))])
    }

    pub fn no_gaps(&self, role: RaterRole) -> String {
        fill(self.no_gaps, &[("role", &self.role_noun(role))])
    }

    pub fn gap_detail(&self, own: &str, other: &str, role: RaterRole) -> String {
        fill(self.gap_detail, &[("own", &own), ("other", &other), ("role", &self.role_noun(role))])
    }

    pub fn last_backup(&self, date: Option<&str>) -> String {
        match date {
            Some(date) => fill(self.last_backup, &[("date", &self.date(date))]),
            None => self.no_backup_yet.to_string(),
        }
    }

    pub fn backup_contents(&self, snapshots: usize, plan_items: usize, answers: usize) -> String {
        fill(self.backup_contents, &[("snapshots", &snapshots), ("plan_items", &plan_items), ("answers", &answers)])
    }

    pub fn rating_contents(&self, rater: &str, person: &str, date: &str, set: &str, answered: usize) -> String {
        let template = if person.trim().is_empty() { self.rating_contents_unnamed } else { self.rating_contents_named };
        fill(template, &[("rater", &rater), ("person", &person), ("date", &self.date(date)), ("set", &set), ("answered", &answered)])
    }

    pub fn import_changes(&self, preview: &Preview) -> Vec<String> {
        let counts = [
            (preview.snapshots_added, self.import_adds_snapshots),
            (preview.snapshots_present, self.import_snapshots_present),
            (preview.plan_items_added, self.import_adds_plan),
            (preview.plan_items_kept_here, self.import_plan_kept),
            (preview.answers_added, self.import_fills_answers),
            (preview.answers_kept_here, self.import_answers_kept),
            (usize::from(preview.rating_of_someone_else_added), self.import_adds_rating_of_someone_else),
        ];
        counts.iter().filter(|(n, _)| *n > 0).map(|(n, template)| fill(template, &[("n", n)])).collect()
    }

    pub fn import_done(&self, preview: &Preview) -> String {
        fill(self.import_done, &[("changes", &self.import_changes(preview).join(" "))])
    }

    pub fn import_error(&self, error: &ImportError) -> String {
        match error {
            ImportError::Empty => self.import_error_empty.to_string(),
            ImportError::TooLarge { bytes } => fill(self.import_error_too_large, &[("kb", &(bytes / 1024))]),
            ImportError::NotJson { line, column } => fill(self.import_error_not_json, &[("line", line), ("column", column)]),
            ImportError::NotOurs => self.import_error_not_ours.to_string(),
            ImportError::NewerFormat(format) => fill(self.import_error_newer, &[("format", format)]),
            ImportError::UnknownSet(set) => fill(self.import_error_unknown_set, &[("set", set)]),
            ImportError::OtherSetVersion { set_id, file, here } => {
                fill(self.import_error_other_version, &[("set", set_id), ("file", file), ("here", here)])
            }
            ImportError::Damaged(what) => fill(self.import_error_damaged, &[("what", what)]),
        }
    }

    pub fn chart_description(&self, lowest: &str, levels: u8, highest: &str, values: &str) -> String {
        fill(self.chart_description, &[("lowest", &lowest), ("levels", &levels), ("highest", &highest), ("values", &values)])
    }

    pub fn highest_categories(&self, list: &str) -> String {
        fill(self.highest_categories, &[("list", &list)])
    }

    pub fn growth_categories(&self, list: &str) -> String {
        fill(self.growth_categories, &[("list", &list)])
    }

    pub fn category_mean(&self, mean: &str) -> String {
        fill(self.category_mean, &[("mean", &mean)])
    }

    pub fn category_ratings_caption(&self, category: &str) -> String {
        fill(self.category_ratings_caption, &[("category", &category)])
    }

    pub fn category_chart_title(&self, category: &str) -> String {
        fill(self.category_chart_title, &[("category", &category)])
    }

    pub fn note_prefix(&self, note: &str) -> String {
        fill(self.note_prefix, &[("note", &note)])
    }

    pub fn source_prefix(&self, source: &str) -> String {
        fill(self.source_prefix, &[("source", &source)])
    }

    pub fn scale_caption(&self, caption: &str, levels: u8) -> String {
        fill(self.scale_caption, &[("caption", &caption), ("levels", &levels)])
    }

    pub fn set_summary(&self, categories: usize, count: usize) -> String {
        fill(self.set_summary, &[("categories", &categories), ("count", &count)])
    }

    pub fn workshop_add_linked(&self, name: &str) -> String {
        fill(self.workshop_add_linked, &[("name", &name)])
    }

    pub fn workshop_line(&self, name: &str, set: &str, date: &str) -> String {
        fill(self.workshop_line, &[("name", &name), ("set", &set), ("date", &date)])
    }

    pub fn workshop_participants(&self, count: usize) -> String {
        fill(self.workshop_participants, &[("count", &count)])
    }

    pub fn workshop_added(&self, count: usize) -> String {
        fill(self.workshop_added, &[("count", &count)])
    }

    pub fn group_value(&self, mean: &str, min: &str, max: &str) -> String {
        fill(self.group_value, &[("mean", &mean), ("min", &min), ("max", &max)])
    }

    pub fn code_received(&self, rater: &str, date: &str, set: &str, answered: usize) -> String {
        fill(self.code_received, &[("rater", &rater), ("date", &self.date(date)), ("set", &set), ("answered", &answered)])
    }

    pub fn code_error(&self, error: &crate::core::share_code::CodeError) -> String {
        use crate::core::share_code::CodeError;
        match error {
            CodeError::Empty => self.code_error_empty.to_string(),
            CodeError::BadCharacter(c) => fill(self.code_error_bad_character, &[("character", c)]),
            CodeError::TooShort => self.code_error_too_short.to_string(),
            CodeError::TooLong => self.code_error_too_long.to_string(),
            CodeError::WrongLength => self.code_error_wrong_length.to_string(),
            CodeError::ChecksumMismatch => self.code_error_checksum.to_string(),
            CodeError::UnknownSet => self.code_error_unknown_set.to_string(),
            CodeError::AmbiguousSet => self.code_error_ambiguous.to_string(),
            CodeError::UnknownKind => self.code_error_unknown_kind.to_string(),
            CodeError::Damaged => self.code_error_damaged.to_string(),
        }
    }
}
