//! Everything a person has done in the widget, and how each action changes it.
//! The Yew reducer is a thin wrapper around [`Session::apply`].

use super::assessment::Answers;
use super::competency_set::{default_set, find_set, CompetencySet};
use super::history::{new_snapshot_id, Rater, RaterRole, Snapshot};
use super::plan::{PlanEdit, PlanItem};
use super::rating::Rating;
use super::workshop::Workshop;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// Whose competencies are being rated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    #[default]
    Myself,
    /// A supervisor, mentor or co-worker rates a peer worker, to hand the result over.
    SomeoneElse,
}

/// A rating of someone else, in progress on the rater's device.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RatingOfSomeoneElse {
    pub set_id: String,
    /// The peer worker being rated, as the rater writes it (may be empty).
    #[serde(default)]
    pub person: String,
    #[serde(default)]
    pub rater_name: String,
    #[serde(default)]
    pub rater_role: RaterRole,
    pub answers: Answers,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The competency set being worked on.
    pub set_id: String,
    pub screen: Screen,
    /// Answers per competency set id; switching sets keeps the answers of the other.
    #[serde(default)]
    pub answers: BTreeMap<String, Answers>,
    /// Whose competencies the rating screens rate.
    #[serde(default)]
    pub mode: Mode,
    /// The rating of someone else in progress, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating_of_someone_else: Option<RatingOfSomeoneElse>,
    /// Finished assessments and ratings received, in the order they were added.
    #[serde(default)]
    pub history: Vec<Snapshot>,
    #[serde(default)]
    pub plan: Vec<PlanItem>,
    /// A workshop this device collects codes for, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workshop: Option<Workshop>,
    /// The language the person chose in the widget ("en", "es"); `None` follows the browser.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The date everything was last downloaded as a backup file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_backup: Option<String>,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            set_id: default_set().id.clone(),
            screen: Screen::Welcome,
            answers: BTreeMap::new(),
            mode: Mode::Myself,
            rating_of_someone_else: None,
            history: Vec::new(),
            plan: Vec::new(),
            workshop: None,
            language: None,
            last_backup: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ChooseSet(String),
    /// Go to the first category not yet complete, or the first category when all are done.
    Begin,
    GoTo(Screen),
    Rate { competency_id: String, rating: Rating },
    Note { competency_id: String, text: String },
    /// Clears the answers and notes of the current set and returns to the welcome screen.
    StartOver,
    /// Forgets everything, for every set.
    DeleteAll,
    /// Another tab saved: merge what it saved (see [`Session::merge_from_other_tab`]).
    MergeFromOtherTab(Box<Session>),
    /// Rate myself, or someone else.
    ChooseMode(Mode),
    /// Who is rated and by whom, for a rating of someone else.
    DescribeRating { person: String, rater_name: String, rater_role: RaterRole },
    /// Ends the rating of someone else (after it was handed over) and returns to rating myself.
    DiscardRatingOfSomeoneElse,
    /// Keeps the assessment in progress as a dated snapshot and clears it for next time.
    Finish { at: String },
    DeleteSnapshot(String),
    /// Adds a snapshot that came from outside (a supervisor's file or code).
    Receive(Box<Snapshot>),
    /// Replaces everything with the result of an import merge (see `transfer::merge`).
    Imported(Box<Session>),
    AddToPlan { competency_id: String },
    EditPlan { competency_id: String, edit: PlanEdit },
    RemoveFromPlan { competency_id: String },
    BackedUp { on: String },
    /// The person picks the widget's language.
    ChooseLanguage(String),
    StartWorkshop { name: String, set_id: String, on: String },
    /// Adds a participant's code to the workshop if it checks out (see `Workshop::add`).
    AddParticipantCode { code: String, allow_repeat: bool },
    ClearWorkshop,
}

impl Session {
    /// The set in use; an unknown id (say, from a newer version's saved data) falls back to the
    /// default set without touching the saved answers.
    pub fn set(&self) -> &'static CompetencySet {
        let id = match (&self.mode, &self.rating_of_someone_else) {
            (Mode::SomeoneElse, Some(other)) => &other.set_id,
            _ => &self.set_id,
        };
        find_set(id).unwrap_or_else(default_set)
    }

    /// True while the rating screens rate someone else.
    pub fn rating_someone_else(&self) -> bool {
        self.mode == Mode::SomeoneElse
    }

    /// The answers being given now (empty when none are given yet): the person's own for the set
    /// in use, or those of the rating of someone else.
    pub fn current_answers(&self) -> Answers {
        let set = self.set();
        if self.rating_someone_else() {
            return self.rating_of_someone_else.as_ref().map(|o| o.answers.clone()).unwrap_or_else(|| Answers::new(set));
        }
        self.answers.get(&set.id).cloned().unwrap_or_else(|| Answers::new(set))
    }

    fn answers_mut(&mut self) -> &mut Answers {
        let set = self.set();
        if self.rating_someone_else() {
            let other = self.rating_of_someone_else.get_or_insert_with(|| RatingOfSomeoneElse {
                set_id: set.id.clone(),
                answers: Answers::new(set),
                ..RatingOfSomeoneElse::default()
            });
            return &mut other.answers;
        }
        self.answers.entry(set.id.clone()).or_insert_with(|| Answers::new(set))
    }

    pub fn snapshot(&self, id: &str) -> Option<&Snapshot> {
        self.history.iter().find(|s| s.id == id)
    }

    /// The answers and set behind an id of [`Screen::Compare`]: a snapshot, or [`CURRENT`].
    pub fn answers_by_id(&self, id: &str) -> Option<(&'static CompetencySet, Answers)> {
        if id == CURRENT {
            return Some((self.set(), self.current_answers()));
        }
        let snapshot = self.snapshot(id)?;
        Some((snapshot.set()?, snapshot.answers.clone()))
    }

    /// False for a screen about something that is not there (an unknown category or snapshot).
    pub fn can_show(&self, screen: &Screen) -> bool {
        match screen {
            Screen::Category(id) => self.set().category_index(id).is_some(),
            Screen::Snapshot(id) => self.snapshot(id).is_some_and(|s| s.set().is_some()),
            Screen::Compare { first, second } => {
                self.answers_by_id(first).is_some() && self.answers_by_id(second).is_some()
            }
            _ => true,
        }
    }

    /// True when there is anything worth backing up.
    pub fn has_data(&self) -> bool {
        !self.history.is_empty()
            || !self.plan.is_empty()
            || self.answers.values().any(|a| !a.ratings.is_empty() || !a.notes.is_empty())
            || self.rating_of_someone_else.is_some()
    }

    /// The category shown on a category screen, if the screen is one and the id is known.
    pub fn current_category_index(&self) -> Option<usize> {
        match &self.screen {
            Screen::Category(id) => self.set().category_index(id),
            _ => None,
        }
    }

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
        merged.answers.retain(|set_id, _| other.answers.contains_key(set_id));
        for (set_id, theirs) in &other.answers {
            let mine = merged.answers.entry(set_id.clone()).or_insert_with(|| theirs.clone());
            mine.set_version = theirs.set_version;
            mine.ratings.extend(theirs.ratings.iter().map(|(k, v)| (k.clone(), *v)));
            mine.notes.extend(theirs.notes.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        merged
    }

    pub fn apply(mut self, action: Action) -> Session {
        match action {
            Action::ChooseSet(id) => {
                if let Some(set) = find_set(&id) {
                    if self.rating_someone_else() {
                        let other = self.rating_of_someone_else.get_or_insert_with(RatingOfSomeoneElse::default);
                        if other.answers.ratings.is_empty() {
                            other.set_id = id;
                            other.answers = Answers::new(set);
                        }
                    } else {
                        self.set_id = id;
                    }
                    self.screen = Screen::Welcome;
                }
            }
            Action::Begin => {
                let set = self.set();
                let answers = self.current_answers();
                let category = answers.first_incomplete_category(set).unwrap_or(&set.categories[0]);
                self.screen = Screen::Category(category.id.clone());
            }
            Action::GoTo(screen) => {
                if self.can_show(&screen) {
                    self.screen = screen;
                }
            }
            Action::Rate { competency_id, rating } => {
                let set = self.set();
                let in_scale = match rating {
                    Rating::Level(level) => (1..=set.scale.levels()).contains(&level),
                    Rating::NotApplicable => true,
                };
                let known = set.competencies().any(|(_, c)| c.id == competency_id);
                if in_scale && known {
                    self.answers_mut().ratings.insert(competency_id, rating);
                }
            }
            Action::Note { competency_id, text } => {
                if self.set().competencies().any(|(_, c)| c.id == competency_id) {
                    self.answers_mut().set_note(&competency_id, &text);
                }
            }
            Action::StartOver => {
                if self.rating_someone_else() {
                    if let Some(other) = &mut self.rating_of_someone_else {
                        other.answers = Answers::new(find_set(&other.set_id).unwrap_or_else(default_set));
                    }
                } else {
                    let set_id = self.set().id.clone();
                    self.answers.remove(&set_id);
                }
                self.screen = Screen::Welcome;
            }
            Action::DeleteAll => {
                self = Session::default();
            }
            Action::MergeFromOtherTab(other) => {
                self = self.merge_from_other_tab(&other);
            }
            Action::ChooseMode(mode) => {
                self.mode = mode;
                self.screen = Screen::Welcome;
            }
            Action::DescribeRating { person, rater_name, rater_role } => {
                let set_id = self.set_id.clone();
                let bounded = |text: String| text.chars().take(200).collect::<String>();
                let other = self.rating_of_someone_else.get_or_insert_with(|| RatingOfSomeoneElse {
                    set_id: set_id.clone(),
                    answers: find_set(&set_id).map(Answers::new).unwrap_or_default(),
                    ..RatingOfSomeoneElse::default()
                });
                other.person = bounded(person);
                other.rater_name = bounded(rater_name);
                other.rater_role = rater_role;
            }
            Action::DiscardRatingOfSomeoneElse => {
                self.rating_of_someone_else = None;
                self.mode = Mode::Myself;
                self.screen = Screen::Welcome;
            }
            Action::Finish { at } => {
                let set = self.set();
                let answers = self.current_answers();
                if !self.rating_someone_else() && !answers.ratings.is_empty() {
                    let id = new_snapshot_id(&at, &Rater::Myself, &self.history);
                    self.history.push(Snapshot { id: id.clone(), taken_at: at, set_id: set.id.clone(), rater: Rater::Myself, answers });
                    self.answers.remove(&set.id);
                    self.screen = Screen::Snapshot(id);
                }
            }
            Action::DeleteSnapshot(id) => {
                self.history.retain(|s| s.id != id);
                let shown = match &self.screen {
                    Screen::Snapshot(shown) => shown == &id,
                    Screen::Compare { first, second } => first == &id || second == &id,
                    _ => false,
                };
                if shown {
                    self.screen = Screen::History;
                }
            }
            Action::Receive(snapshot) => {
                let mut snapshot = *snapshot;
                if self.history.iter().any(|s| s.id == snapshot.id) {
                    snapshot.id = new_snapshot_id(&snapshot.taken_at, &snapshot.rater, &self.history);
                }
                self.history.push(snapshot);
            }
            Action::Imported(session) => {
                let screen = self.screen.clone();
                self = *session;
                self.screen = screen;
            }
            Action::AddToPlan { competency_id } => {
                let set = self.set();
                let known = set.competencies().any(|(_, c)| c.id == competency_id);
                let present = self.plan.iter().any(|i| i.set_id == set.id && i.competency_id == competency_id);
                if known && !present {
                    self.plan.push(PlanItem::new(&set.id, &competency_id));
                }
            }
            Action::EditPlan { competency_id, edit } => {
                let set_id = self.set_id.clone();
                if let Some(item) = self.plan.iter_mut().find(|i| i.set_id == set_id && i.competency_id == competency_id) {
                    item.edit(edit);
                }
            }
            Action::RemoveFromPlan { competency_id } => {
                let set_id = self.set_id.clone();
                self.plan.retain(|i| !(i.set_id == set_id && i.competency_id == competency_id));
            }
            Action::BackedUp { on } => {
                self.last_backup = Some(on);
            }
            Action::StartWorkshop { name, set_id, on } => {
                if find_set(&set_id).is_some() && self.workshop.is_none() {
                    self.workshop = Some(Workshop::new(&name, &set_id, &on));
                }
            }
            Action::AddParticipantCode { code, allow_repeat } => {
                if let Some(workshop) = &mut self.workshop {
                    let _ = workshop.add(&code, allow_repeat);
                }
            }
            Action::ClearWorkshop => {
                self.workshop = None;
            }
            Action::ChooseLanguage(code) => {
                if !code.is_empty() && code.len() <= 16 && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                    self.language = Some(code);
                }
            }
        }
        self
    }
}
