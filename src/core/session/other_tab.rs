//! Two tabs of the widget open at once: each takes in what the other saved.

use super::Session;

impl Session {
    /// Takes in what another tab saved, without losing anything given here: answers and notes of
    /// both are kept (the other tab's win where both answered the same competency), a set whose
    /// answers the other tab cleared ("Start over") is cleared here too, and this tab keeps its
    /// own screen, set and mode.
    pub fn merge_from_other_tab(&self, other: &Session) -> Session {
        let mut merged = self.clone();
        // Every change is saved at once, so the other tab's history, plan and rating of someone
        // else already hold this tab's; taking them lets deletions made there show here.
        merged.history = other.history.clone();
        merged.plan = other.plan.clone();
        merged.rating_of_someone_else = other.rating_of_someone_else.clone();
        merged.workshop = other.workshop.clone();
        merged.last_backup = other.last_backup.clone().max(self.last_backup.clone());
        merged
            .answers
            .retain(|set_id, _| other.answers.contains_key(set_id));
        for (set_id, theirs) in &other.answers {
            let mine = merged
                .answers
                .entry(set_id.clone())
                .or_insert_with(|| theirs.clone());
            mine.set_version = theirs.set_version;
            mine.ratings
                .extend(theirs.ratings.iter().map(|(k, v)| (k.clone(), *v)));
            mine.notes
                .extend(theirs.notes.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        merged
    }
}
