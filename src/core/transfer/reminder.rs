//! The reminder to download a backup.

use crate::core::session::Session;

/// Days after the last backup (or, without one, after the first finished assessment) before the
/// person is reminded to download one. Browsers may evict site data (Safari: after 7 days
/// without a visit), so a week is the figure.
pub const BACKUP_REMINDER_DAYS: i64 = 7;

/// True when there is something worth keeping that has not been downloaded for a while.
pub fn backup_due(session: &Session, today: &str) -> bool {
    use crate::core::dates::days_between;
    if session.history.is_empty() && session.plan.is_empty() {
        return false;
    }
    let since = match &session.last_backup {
        Some(date) => date.as_str(),
        None => match session.history.iter().map(|s| s.taken_at.as_str()).min() {
            Some(first) => first,
            None => return true,
        },
    };
    days_between(since, today).is_none_or(|days| days >= BACKUP_REMINDER_DAYS)
}
