//! Two tabs open at once, merged three ways: this tab's state, what it last knew to be saved
//! (the base), and what the other tab just saved. What this tab changed since the base wins;
//! everything else comes from the other tab.
//!
//! How a tab uses it, so that the base is always an ancestor of what is saved:
//!
//! - it keeps `base`: the saved state it last loaded, wrote, or took in;
//! - told that another tab saved, it reads what is saved now and, if that differs from `base`,
//!   applies `Action::MergeFromOtherTab { theirs: saved, base: Some(base) }`; `base` becomes
//!   what is saved;
//! - before writing, it does the same if what is saved differs from `base` (the other tab may
//!   have written since), then writes; `base` becomes what it wrote.

use super::{Screen, Session};
use crate::core::assessment::Answers;
use crate::core::history::{new_snapshot_id, Snapshot};
use crate::core::plan::PlanItem;
use crate::core::shared::Shared;
use crate::core::workshop::Workshop;
use std::collections::{BTreeMap, BTreeSet};

impl Session {
    /// This tab's state with what another tab saved (`theirs`) taken in. `base` is what this tab
    /// last knew to be saved: its last load, its own last save, or the last save of another tab
    /// it merged. This tab keeps its screen, set, mode and language.
    pub fn merge_three_way(&self, base: &Session, theirs: &Session) -> Session {
        let mut merged = self.clone();
        merged.answers = merge_answers(&self.answers, &base.answers, &theirs.answers);
        let (history, renamed) = merge_history(&self.history, &base.history, &theirs.history);
        merged.history = history;
        for (old, new) in renamed {
            if merged.screen == Screen::Snapshot(old) {
                merged.screen = Screen::Snapshot(new);
            }
        }
        merged.plan = merge_plan(&self.plan, &base.plan, &theirs.plan);
        merged.workshop = merge_workshop(&self.workshop, &base.workshop, &theirs.workshop);
        if self.rating_of_someone_else == base.rating_of_someone_else {
            merged.rating_of_someone_else = theirs.rating_of_someone_else.clone();
        }
        merged.last_backup = self.last_backup.clone().max(theirs.last_backup.clone());
        merged
    }
}

/// Mine where it differs from the base (a removal included), theirs elsewhere.
fn pick<'a, T: PartialEq>(
    mine: Option<&'a T>,
    base: Option<&T>,
    theirs: Option<&'a T>,
) -> Option<&'a T> {
    if mine != base {
        mine
    } else {
        theirs
    }
}

fn merge_maps<V: Clone + PartialEq>(
    mine: Option<&BTreeMap<String, V>>,
    base: Option<&BTreeMap<String, V>>,
    theirs: Option<&BTreeMap<String, V>>,
) -> BTreeMap<String, V> {
    let keys: BTreeSet<&String> = [mine, base, theirs]
        .into_iter()
        .flatten()
        .flat_map(|m| m.keys())
        .collect();
    keys.into_iter()
        .filter_map(|key| {
            let value = pick(
                mine.and_then(|m| m.get(key)),
                base.and_then(|m| m.get(key)),
                theirs.and_then(|m| m.get(key)),
            );
            value.map(|v| (key.clone(), v.clone()))
        })
        .collect()
}

/// Ratings and notes, each competency on its own.
fn merge_answers(
    mine: &BTreeMap<String, Answers>,
    base: &BTreeMap<String, Answers>,
    theirs: &BTreeMap<String, Answers>,
) -> BTreeMap<String, Answers> {
    let set_ids: BTreeSet<&String> = mine
        .keys()
        .chain(base.keys())
        .chain(theirs.keys())
        .collect();
    let mut merged = BTreeMap::new();
    for set_id in set_ids {
        let (m, b, t) = (mine.get(set_id), base.get(set_id), theirs.get(set_id));
        let answers = Answers {
            set_version: t.or(m).or(b).map(|a| a.set_version).unwrap_or_default(),
            ratings: merge_maps(
                m.map(|a| &a.ratings),
                b.map(|a| &a.ratings),
                t.map(|a| &a.ratings),
            ),
            notes: merge_maps(
                m.map(|a| &a.notes),
                b.map(|a| &a.notes),
                t.map(|a| &a.notes),
            ),
        };
        let empty = answers.ratings.is_empty() && answers.notes.is_empty();
        if !empty || t.is_some() {
            merged.insert(set_id.clone(), answers);
        }
    }
    merged
}

/// Theirs, without the snapshots deleted here, with those added here at the end. A snapshot
/// added here under an id theirs uses for another one gets a new id; the renames are returned.
fn merge_history(
    mine: &Shared<Vec<Snapshot>>,
    base: &Shared<Vec<Snapshot>>,
    theirs: &Shared<Vec<Snapshot>>,
) -> (Shared<Vec<Snapshot>>, Vec<(String, String)>) {
    if mine == base {
        return (theirs.clone(), Vec::new());
    }
    // Snapshots never change, so they are matched whole: an id with other content is another
    // snapshot (one deleted and its id used again).
    let deleted_here = |s: &Snapshot| base.contains(s) && !mine.contains(s);
    let mut merged: Vec<Snapshot> = theirs
        .iter()
        .filter(|s| !deleted_here(s))
        .cloned()
        .collect();
    let mut renamed = Vec::new();
    for snapshot in mine.iter().filter(|s| !base.contains(s)) {
        match merged.iter().find(|s| s.id == snapshot.id) {
            Some(same) if same == snapshot => {}
            Some(_) => {
                let id = new_snapshot_id(&snapshot.taken_at, &snapshot.rater, &merged);
                renamed.push((snapshot.id.clone(), id.clone()));
                merged.push(Snapshot {
                    id,
                    ..snapshot.clone()
                });
            }
            None => merged.push(snapshot.clone()),
        }
    }
    if merged == **theirs {
        return (theirs.clone(), renamed);
    }
    (merged.into(), renamed)
}

/// Plan items by set and competency, as answers are: theirs in their order, then those only here.
fn merge_plan(mine: &[PlanItem], base: &[PlanItem], theirs: &[PlanItem]) -> Vec<PlanItem> {
    let same_place =
        |a: &PlanItem, b: &PlanItem| a.set_id == b.set_id && a.competency_id == b.competency_id;
    let find =
        |list: &'_ [PlanItem], item: &PlanItem| list.iter().position(|i| same_place(i, item));
    let mut merged = Vec::new();
    for item in theirs {
        let (m, b) = (
            find(mine, item).map(|i| &mine[i]),
            find(base, item).map(|i| &base[i]),
        );
        merged.extend(pick(m, b, Some(item)).cloned());
    }
    for item in mine.iter().filter(|item| find(theirs, item).is_none()) {
        let b = find(base, item).map(|i| &base[i]);
        merged.extend(pick(Some(item), b, None).cloned());
    }
    merged
}

/// Theirs unless changed only here; changed in both: the codes added here join theirs when it
/// is the same workshop, otherwise this tab's workshop stays.
fn merge_workshop(
    mine: &Option<Shared<Workshop>>,
    base: &Option<Shared<Workshop>>,
    theirs: &Option<Shared<Workshop>>,
) -> Option<Shared<Workshop>> {
    if mine == base {
        return theirs.clone();
    }
    if theirs == base {
        return mine.clone();
    }
    let (Some(mine_workshop), Some(their_workshop)) = (mine, theirs) else {
        return mine.clone();
    };
    if !mine_workshop.same_as(their_workshop) {
        return mine.clone();
    }
    let base = base.as_deref().filter(|b| b.same_as(mine_workshop));
    let mut merged = their_workshop.clone();
    for (index, my_round) in mine_workshop.rounds.iter().enumerate() {
        let base_codes: &[String] = match base.and_then(|b| b.rounds.get(index)) {
            Some(b) if b.same_as(my_round) => &b.codes,
            _ => &[],
        };
        match merged.rounds.get(index) {
            // A round only this tab has opened is kept.
            None => merged.make_mut().rounds.push(my_round.clone()),
            Some(their_round) if their_round.same_as(my_round) => {
                let count =
                    |codes: &[String], code: &String| codes.iter().filter(|c| *c == code).count();
                for code in &my_round.codes {
                    let here = count(&my_round.codes, code);
                    let added_here = here > count(base_codes, code);
                    // A code added in both tabs is kept once (as many times as it was added here).
                    if added_here && count(&merged.rounds[index].codes, code) < here {
                        merged.make_mut().rounds[index].codes.push(code.clone());
                    }
                }
            }
            // Each tab opened a different round here: theirs is kept, this one's codes are not
            // mixed into it.
            Some(_) => {}
        }
    }
    Some(merged)
}
