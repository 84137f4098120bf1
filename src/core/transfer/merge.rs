//! What an import adds to what is here, counted first for the person to confirm.

use super::Incoming;
use crate::core::assessment::Answers;
use crate::core::history::{new_snapshot_id, Snapshot};
use crate::core::session::Session;
use std::collections::BTreeMap;

/// What a merge would change, counted, for the person to confirm.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    /// Finished assessments and received ratings the file adds.
    pub snapshots_added: usize,
    /// Ones the file has that are already here.
    pub snapshots_present: usize,
    pub plan_items_added: usize,
    /// Plan items the file has for competencies already in the plan here (the ones here stay).
    pub plan_items_kept_here: usize,
    /// Answers (ratings and notes) in progress the file fills in.
    pub answers_added: usize,
    /// Answers the file has that differ from answers here (the ones here stay).
    pub answers_kept_here: usize,
    /// The file has a rating of someone else in progress and there is none here.
    pub rating_of_someone_else_added: bool,
    /// Participants' codes the file adds to the workshop (the file's workshop, when there is
    /// none here, or the same workshop as here).
    pub workshop_codes_added: usize,
    /// Rounds of the file's workshop that are not the rounds here at their place (started on
    /// another day): left out, never mixed.
    pub workshop_rounds_kept_apart: usize,
    /// The file holds another workshop than the one here: it is not imported (a device keeps
    /// one workshop; its rounds are never mixed with another's).
    pub other_workshop_not_imported: bool,
}

impl Preview {
    pub fn changes_nothing(&self) -> bool {
        self.snapshots_added == 0
            && self.plan_items_added == 0
            && self.answers_added == 0
            && !self.rating_of_someone_else_added
            && self.workshop_codes_added == 0
    }
}

/// What [`merge`] would do, without doing it.
pub fn preview(current: &Session, incoming: &Incoming) -> Preview {
    merge_counted(current, incoming).1
}

/// Adds what the file has to what is here. Nothing here is removed or overwritten: where both
/// have something different for the same place, the one here stays.
pub fn merge(current: &Session, incoming: &Incoming) -> Session {
    merge_counted(current, incoming).0
}

fn merge_counted(current: &Session, incoming: &Incoming) -> (Session, Preview) {
    let mut merged = current.clone();
    let mut preview = Preview::default();
    // A snapshot counts as present only if it was here before: two alike snapshots in one file
    // (e.g. the same rating received twice) are both kept.
    let mut here: Vec<Option<Snapshot>> = current.history.iter().cloned().map(Some).collect();
    match incoming {
        Incoming::Rating { snapshot, .. } => {
            add_snapshot(&mut merged, &mut here, snapshot, &mut preview)
        }
        Incoming::Backup(theirs) => {
            for snapshot in theirs.history.iter() {
                add_snapshot(&mut merged, &mut here, snapshot, &mut preview);
            }
            for item in &theirs.plan {
                let present = merged
                    .plan
                    .iter()
                    .any(|i| i.set_id == item.set_id && i.competency_id == item.competency_id);
                if present {
                    if !merged.plan.contains(item) {
                        preview.plan_items_kept_here += 1;
                    }
                } else {
                    merged.plan.push(item.clone());
                    preview.plan_items_added += 1;
                }
            }
            for (set_id, their_answers) in &theirs.answers {
                let mine = merged
                    .answers
                    .entry(set_id.clone())
                    .or_insert_with(|| Answers {
                        set_version: their_answers.set_version,
                        ..Answers::default()
                    });
                fill_in(&mut mine.ratings, &their_answers.ratings, &mut preview);
                fill_in(&mut mine.notes, &their_answers.notes, &mut preview);
            }
            match (&mut merged.workshop, &theirs.workshop) {
                (None, Some(workshop)) => {
                    merged.workshop = Some(workshop.clone());
                    preview.workshop_codes_added += workshop.all_codes().count();
                }
                (Some(mine), Some(workshop)) if mine.same_as(workshop) => {
                    // Round by round; a round here that is not the file's round at that place
                    // is left as it is, never mixed.
                    for (index, round) in workshop.rounds.iter().enumerate() {
                        match mine.rounds.get(index) {
                            None => {
                                mine.make_mut().rounds.push(round.clone());
                                preview.workshop_codes_added += round.codes.len();
                            }
                            Some(here) if here.same_as(round) => {
                                for code in &round.codes {
                                    if !mine.rounds[index].codes.contains(code) {
                                        mine.make_mut().rounds[index].codes.push(code.clone());
                                        preview.workshop_codes_added += 1;
                                    }
                                }
                            }
                            Some(_) => preview.workshop_rounds_kept_apart += 1,
                        }
                    }
                }
                (Some(_), Some(_)) => preview.other_workshop_not_imported = true,
                _ => {}
            }
            if merged.rating_of_someone_else.is_none() && theirs.rating_of_someone_else.is_some() {
                merged.rating_of_someone_else = theirs.rating_of_someone_else.clone();
                preview.rating_of_someone_else_added = true;
            }
            merged.last_backup = merged.last_backup.clone().max(theirs.last_backup.clone());
        }
    }
    (merged, preview)
}

/// Adds a snapshot from a file unless an alike one (same time, set, rater and answers; ids may
/// differ) is here and not yet matched by another snapshot of the same file.
fn add_snapshot(
    merged: &mut Session,
    here: &mut [Option<Snapshot>],
    snapshot: &Snapshot,
    preview: &mut Preview,
) {
    let alike = |s: &Snapshot| {
        s.taken_at == snapshot.taken_at
            && s.set_id == snapshot.set_id
            && s.rater == snapshot.rater
            && s.answers == snapshot.answers
    };
    if let Some(slot) = here
        .iter_mut()
        .find(|slot| slot.as_ref().is_some_and(alike))
    {
        *slot = None;
        preview.snapshots_present += 1;
        return;
    }
    let mut snapshot = snapshot.clone();
    if merged.history.iter().any(|s| s.id == snapshot.id) {
        snapshot.id = new_snapshot_id(&snapshot.taken_at, &snapshot.rater, &merged.history);
    }
    merged.history.make_mut().push(snapshot);
    preview.snapshots_added += 1;
}

fn fill_in<V: Clone + PartialEq>(
    mine: &mut BTreeMap<String, V>,
    theirs: &BTreeMap<String, V>,
    preview: &mut Preview,
) {
    for (key, value) in theirs {
        match mine.get(key) {
            None => {
                mine.insert(key.clone(), value.clone());
                preview.answers_added += 1;
            }
            Some(here) if here != value => preview.answers_kept_here += 1,
            Some(_) => {}
        }
    }
}
