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

// Development plan
pub const PLAN_HEADING: &str = "Development plan";
pub const PLAN_INTRO: &str = "Choose competencies to work on. For each, write a goal, the steps you will take, who or what will support you, and a target date. Mark your progress as you go.";
pub const PLAN_EMPTY: &str = "No competencies chosen yet.";
pub const PLAN_SUGGESTED: &str = "Suggested, from your lowest ratings:";
pub const PLAN_CHOOSE: &str = "Add another competency to the plan";
pub const PLAN_CHOOSE_PLACEHOLDER: &str = "Choose a competency…";
pub const ADD_TO_PLAN: &str = "Add to plan";
pub const REMOVE_FROM_PLAN: &str = "Remove from plan";
pub const PLAN_GOAL: &str = "Goal";
pub const PLAN_STEPS: &str = "Steps";
pub const PLAN_SUPPORTS: &str = "Supports";
pub const PLAN_OTHER_SUPPORT: &str = "Other support";
pub const PLAN_TARGET_DATE: &str = "Target date";
pub const PLAN_PROGRESS: &str = "Progress";

pub fn add_to_plan_named(competency: &str) -> String {
    format!("Add to plan: {competency}")
}

pub fn remove_from_plan_named(competency: &str) -> String {
    format!("Remove from plan: {competency}")
}

pub fn plan_item_rating(rating: &str, progress: &str) -> String {
    format!("Rated: {rating} · Progress: {progress}")
}

pub fn support_name(support: crate::core::plan::Support) -> &'static str {
    use crate::core::plan::Support;
    match support {
        Support::Supervision => "Supervision",
        Support::Training => "Training",
        Support::Mentor => "A mentor",
    }
}

pub fn progress_name(progress: crate::core::plan::Progress) -> &'static str {
    use crate::core::plan::Progress;
    match progress {
        Progress::NotStarted => "Not started",
        Progress::InProgress => "In progress",
        Progress::Done => "Done",
    }
}

// Results, history and comparison
pub const FINISH: &str = "Finish and keep these results";
pub const FINISH_HINT: &str = "Finishing keeps these results, dated today, in your history, and clears the answers so you can do a new assessment later (for example every three months) and compare.";
pub const PRINT: &str = "Print / save as PDF";
pub const DOWNLOAD_CSV: &str = "Download as CSV";
pub const HOME: &str = "Home";
pub const HISTORY: &str = "History";
pub const COMPARE_WITH: &str = "Compare with another assessment";
pub const COMPARE: &str = "Compare";

pub fn rater_phrase(rater: &crate::core::history::Rater) -> String {
    use crate::core::history::Rater;
    match rater {
        Rater::Myself => "You".to_string(),
        Rater::Other { name, role } if name.trim().is_empty() => format!("Your {}", role.noun()),
        Rater::Other { name, role } => format!("{name} (your {})", role.noun()),
    }
}

pub fn snapshot_heading(rater: &crate::core::history::Rater, date: &str) -> String {
    use crate::core::history::Rater;
    match rater {
        Rater::Myself => format!("Your results of {date}"),
        other => format!("Rating of you by {}, {date}", rater_phrase(other).replacen("Your", "your", 1)),
    }
}

pub fn snapshot_label(snapshot: &crate::core::history::Snapshot) -> String {
    format!("{} — {}", snapshot.date(), rater_phrase(&snapshot.rater))
}

pub fn rating_of_heading(person: &str) -> String {
    if person.trim().is_empty() {
        "Your rating of a peer worker".to_string()
    } else {
        format!("Your rating of {person}")
    }
}

pub fn report_line(set_title: &str, date: &str, in_progress: bool) -> String {
    if in_progress {
        format!("{set_title} · {date} · in progress")
    } else {
        format!("{set_title} · {date}")
    }
}

pub fn received_rating_note(name: &str, role: crate::core::history::RaterRole) -> String {
    let who = if name.trim().is_empty() { format!("your {}", role.noun()) } else { format!("{name}, your {}", role.noun()) };
    format!("These ratings were given by {who}. This rating is not anonymous. Your own ratings are kept separately; nothing is averaged.")
}

// Rating someone else
pub const WHO_IS_RATED: &str = "Whose competencies are you rating?";
pub const RATE_MYSELF: &str = "My own (self-assessment)";
pub const RATE_SOMEONE_ELSE: &str = "A peer worker I supervise, mentor or work with";
pub const RATE_SOMEONE_ELSE_DETAIL: &str = "You hand the result over as a file they import next to their own ratings.";
pub const NOT_ANONYMOUS_GIVER: &str = "This rating is not anonymous: the person you rate will see it as coming from you, with your name and role if you give them.";
pub const PERSON_NAME: &str = "Name of the person you rate (optional)";
pub const RATER_NAME: &str = "Your name (optional)";
pub const RATER_ROLE: &str = "Your role";
pub const HAND_OVER_HEADING: &str = "Hand this rating over";
pub const DOWNLOAD_RATING_FILE: &str = "Download the rating file";
pub const RATING_FILE_READY: &str = "The file is in your downloads. Send it to the person you rated; they open this self-assessment and import it under \"Files\".";
pub const DISCARD_RATING: &str = "Done: remove this rating from this device";
pub const DISCARD_RATING_QUESTION: &str = "Remove this rating of someone else from this device? Download the file first if you have not handed it over.";
pub const DISCARD_RATING_CONFIRM: &str = "Yes, remove it";

pub fn hand_over_intro(person: &str) -> String {
    let who = if person.trim().is_empty() { "the person you rated".to_string() } else { person.to_string() };
    format!("Download the rating as a file and give it to {who} (by e-mail, a shared drive or a USB stick). They import it into their own self-assessment to see your ratings beside theirs.")
}

pub fn role_name(role: crate::core::history::RaterRole) -> &'static str {
    use crate::core::history::RaterRole;
    match role {
        RaterRole::Supervisor => "Supervisor",
        RaterRole::Mentor => "Mentor",
        RaterRole::CoWorker => "Co-worker",
        RaterRole::Other => "Other",
    }
}

// History
pub const HISTORY_HEADING: &str = "History";
pub const HISTORY_EMPTY: &str = "Nothing here yet. When you finish an assessment, or import a rating someone gave you, it is kept here with its date.";
pub const HISTORY_INTRO: &str = "Your finished assessments and the ratings others gave you, newest first.";
pub const HISTORY_CAPTION: &str = "Finished assessments and ratings received";
pub const DATE: &str = "Date";
pub const RATED_BY: &str = "Rated by";
pub const SET: &str = "Set";
pub const COMPLETION: &str = "Completion";
pub const MEAN: &str = "Mean";
pub const ACTIONS: &str = "Actions";
pub const VIEW: &str = "View";
pub const DELETE: &str = "Delete";
pub const DELETE_SNAPSHOT_QUESTION: &str = "Delete this assessment from this device?";
pub const DELETE_SNAPSHOT_CONFIRM: &str = "Yes, delete it";
pub const COMPARE_TWO: &str = "Compare two";
pub const BASELINE: &str = "Earlier (baseline)";
pub const LATER: &str = "Later";
pub const COMPARE_SAME: &str = "Choose two different assessments.";
pub const COMPARE_OTHER_SET: &str = "These two use different sets of competencies, so they cannot be compared item by item. Choose two of the same set.";

pub fn view_snapshot(label: &str) -> String {
    format!("View {label}")
}

// Comparison
pub const COMPARE_HEADING: &str = "Change over time";
pub const IN_PROGRESS: &str = "In progress";
pub const NOTHING_TO_COMPARE: &str = "One of the two assessments is no longer here.";
pub const CHANGE_CAPTION: &str = "Mean rating per category, side by side";
pub const CHANGE_CAPTION_SHORT: &str = "ratings side by side";
pub const CATEGORY: &str = "Category";
pub const COMPETENCY: &str = "Competency";
pub const CHANGE: &str = "Change";
pub const GAPS_HEADING: &str = "Where the ratings differ by a level or more";

pub fn self_and_other_heading(role: crate::core::history::RaterRole) -> String {
    format!("Your ratings and your {}'s", role.noun())
}

pub fn comparing(first: &str, second: &str) -> String {
    format!("Comparing {first} (solid line, circles) with {second} (dashed line, squares).")
}

pub fn overall_change(first: &str, first_mean: &str, second: &str, second_mean: &str, change: &str, difference: bool) -> String {
    let what = if difference { "difference" } else { "change" };
    format!("Overall mean: {first_mean} ({first}) and {second_mean} ({second}); {what} {change}.")
}

pub fn difference_heading(role: crate::core::history::RaterRole) -> String {
    format!("Difference ({} minus you)", role.noun())
}

pub fn self_higher(role: crate::core::history::RaterRole) -> String {
    format!("You rate yourself higher than your {} on:", role.noun())
}

pub fn self_lower(role: crate::core::history::RaterRole) -> String {
    format!("You rate yourself lower than your {} on:", role.noun())
}

pub fn no_gaps(role: crate::core::history::RaterRole) -> String {
    format!("Your ratings and your {}'s are within a level of each other on every competency both of you rated.", role.noun())
}

pub fn gap_detail(own: &str, other: &str, role: crate::core::history::RaterRole) -> String {
    format!(" — you: {own}; your {}: {other}", role.noun())
}

// Files: backup and import
pub const FILES: &str = "Files";
pub const FILES_HEADING: &str = "Back up and import";
pub const BACKUP_HEADING: &str = "Back up everything";
pub const BACKUP_INTRO: &str = "Browsers can clear a site's saved data, for example after some weeks without a visit. Download a backup file now and then and keep it somewhere safe. You can import it here, in this or another browser, with nothing lost.";
pub const DOWNLOAD_BACKUP: &str = "Download a backup file";
pub const IMPORT_HEADING: &str = "Import a file";
pub const IMPORT_INTRO: &str = "Import a backup file, or a rating file a supervisor, mentor or co-worker gave you. You see what the file holds before anything changes. Importing only adds: nothing saved here is removed or overwritten. (To start over from a file alone, delete your data first, then import.)";
pub const CHOOSE_FILE: &str = "Choose a file to import";
pub const IMPORT_REFUSED: &str = "This file cannot be imported.";
pub const NOTHING_CHANGED: &str = "Nothing has been changed.";
pub const IMPORT_PREVIEW: &str = "What the file holds";
pub const IMPORT_CONFIRM: &str = "Import: add to what is saved here";
pub const IMPORT_NOTHING_NEW: &str = "Everything in this file is already here.";
pub const BACKUP_REMINDER: &str = "You have results on this device that you have not backed up for a while. Browsers can clear saved data; download a backup file to keep them safe.";
pub const BACKUP_NOW: &str = "Back up now";

pub fn last_backup(date: Option<&str>) -> String {
    match date {
        Some(date) => format!("Last backup downloaded: {date}."),
        None => "No backup downloaded yet.".to_string(),
    }
}

pub fn file_unreadable(problem: &str) -> String {
    format!("The file could not be read: {problem}.")
}

pub fn backup_contents(snapshots: usize, plan_items: usize, answers: usize) -> String {
    format!("A backup file with {snapshots} finished assessment(s) and rating(s) received, {plan_items} development plan item(s), and {answers} answer(s) in progress.")
}

pub fn rating_contents(rater: &str, person: &str, date: &str, set: &str, answered: usize) -> String {
    let of = if person.trim().is_empty() { String::new() } else { format!(" of {person}") };
    format!("A rating{of} by {rater}, dated {date}, on {set}: {answered} competencies rated. It is not anonymous, and it is kept beside your own ratings, not mixed with them.", rater = rater.replacen("Your", "your", 1))
}

pub fn import_changes(preview: &crate::core::transfer::Preview) -> Vec<String> {
    let mut lines = Vec::new();
    if preview.snapshots_added > 0 {
        lines.push(format!("Adds {} assessment(s) or rating(s) to your history.", preview.snapshots_added));
    }
    if preview.snapshots_present > 0 {
        lines.push(format!("{} assessment(s) in the file are already here and are skipped.", preview.snapshots_present));
    }
    if preview.plan_items_added > 0 {
        lines.push(format!("Adds {} item(s) to your development plan.", preview.plan_items_added));
    }
    if preview.plan_items_kept_here > 0 {
        lines.push(format!("{} plan item(s) differ from the ones here; the ones here are kept.", preview.plan_items_kept_here));
    }
    if preview.answers_added > 0 {
        lines.push(format!("Fills in {} answer(s) or note(s) not given here yet.", preview.answers_added));
    }
    if preview.answers_kept_here > 0 {
        lines.push(format!("{} answer(s) differ from the ones here; the ones here are kept.", preview.answers_kept_here));
    }
    if preview.rating_of_someone_else_added {
        lines.push("Adds a rating of someone else that was in progress.".to_string());
    }
    lines
}

pub fn import_done(preview: &crate::core::transfer::Preview) -> String {
    format!("Imported. {}", import_changes(preview).join(" "))
}

// Navigation
pub const SECTIONS: &str = "Sections";
pub const SELF_ASSESSMENT: &str = "Assessment";
