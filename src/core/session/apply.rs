//! How each action changes the session.

use super::{Action, Mode, RatingOfSomeoneElse, Screen, Session};
use crate::core::assessment::Answers;
use crate::core::competency_set::{default_set, find_set};
use crate::core::history::{new_snapshot_id, Rater, Snapshot};
use crate::core::plan::PlanItem;
use crate::core::rating::Rating;
use crate::core::workshop::Workshop;

impl Session {
    pub fn apply(mut self, action: Action) -> Session {
        match action {
            Action::ChooseSet(id) => {
                if let Some(set) = find_set(&id) {
                    if self.rating_someone_else() {
                        let other = self
                            .rating_of_someone_else
                            .get_or_insert_with(RatingOfSomeoneElse::default);
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
                let category = answers
                    .first_incomplete_category(set)
                    .unwrap_or(&set.categories[0]);
                self.screen = Screen::Category(category.id.clone());
            }
            Action::GoTo(screen) => {
                if self.can_show(&screen) {
                    self.screen = screen;
                }
            }
            Action::Rate {
                competency_id,
                rating,
            } => {
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
            Action::Note {
                competency_id,
                text,
            } => {
                if self
                    .set()
                    .competencies()
                    .any(|(_, c)| c.id == competency_id)
                {
                    self.answers_mut().set_note(&competency_id, &text);
                }
            }
            Action::StartOver => {
                if self.rating_someone_else() {
                    if let Some(other) = &mut self.rating_of_someone_else {
                        other.answers =
                            Answers::new(find_set(&other.set_id).unwrap_or_else(default_set));
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
            Action::MergeFromOtherTab { theirs, base } => {
                self = match base {
                    Some(base) => self.merge_three_way(&base, &theirs),
                    None => self.merge_from_other_tab(&theirs),
                };
            }
            Action::ChooseMode(mode) => {
                self.mode = mode;
                self.screen = Screen::Welcome;
            }
            Action::DescribeRating {
                person,
                rater_name,
                rater_role,
            } => {
                let set_id = self.set_id.clone();
                let bounded = |text: String| text.chars().take(200).collect::<String>();
                let other =
                    self.rating_of_someone_else
                        .get_or_insert_with(|| RatingOfSomeoneElse {
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
                    self.history.make_mut().push(Snapshot {
                        id: id.clone(),
                        taken_at: at,
                        set_id: set.id.clone(),
                        rater: Rater::Myself,
                        answers,
                    });
                    self.answers.remove(&set.id);
                    self.screen = Screen::Snapshot(id);
                }
            }
            Action::DeleteSnapshot(id) => {
                if self.history.iter().any(|s| s.id == id) {
                    self.history.make_mut().retain(|s| s.id != id);
                }
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
                    snapshot.id =
                        new_snapshot_id(&snapshot.taken_at, &snapshot.rater, &self.history);
                }
                self.history.make_mut().push(snapshot);
            }
            Action::Imported(session) => {
                let screen = self.screen.clone();
                self = *session;
                self.screen = screen;
            }
            Action::AddToPlan { competency_id } => {
                let set = self.set();
                let known = set.competencies().any(|(_, c)| c.id == competency_id);
                let present = self
                    .plan
                    .iter()
                    .any(|i| i.set_id == set.id && i.competency_id == competency_id);
                if known && !present {
                    self.plan.push(PlanItem::new(&set.id, &competency_id));
                }
            }
            Action::EditPlan {
                competency_id,
                edit,
            } => {
                let set_id = self.set_id.clone();
                if let Some(item) = self
                    .plan
                    .iter_mut()
                    .find(|i| i.set_id == set_id && i.competency_id == competency_id)
                {
                    item.edit(edit);
                }
            }
            Action::RemoveFromPlan { competency_id } => {
                let set_id = self.set_id.clone();
                self.plan
                    .retain(|i| !(i.set_id == set_id && i.competency_id == competency_id));
            }
            Action::BackedUp { on } => {
                self.last_backup = Some(on);
            }
            Action::StartWorkshop { name, set_id, on } => {
                if find_set(&set_id).is_some() && self.workshop.is_none() {
                    self.workshop = Some(Workshop::new(&name, &set_id, &on).into());
                }
            }
            Action::AddParticipantCode { code, allow } => {
                if let Some(workshop) = &mut self.workshop {
                    // Only a code that checks out changes (and so copies) the workshop.
                    if let Ok(canonical) = workshop.check(&code, allow) {
                        workshop.make_mut().open_round_mut().codes.push(canonical);
                    }
                }
            }
            Action::StartRound { name, on } => {
                if let Some(workshop) = &mut self.workshop {
                    workshop.make_mut().start_round(&name, &on);
                }
            }
            Action::ClearWorkshop => {
                self.workshop = None;
            }
            Action::ChooseLanguage(code) => {
                if !code.is_empty()
                    && code.len() <= 16
                    && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                {
                    self.language = Some(code);
                }
            }
        }
        self
    }
}
