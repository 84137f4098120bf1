use super::{answers_with, set_2015};
use peer_assessment::core::comparison::{compare, format_change, format_level_change, gaps};
use peer_assessment::core::dates::{civil_from_days, days_between, format_date, parse_date};
use peer_assessment::core::history::{Rater, RaterRole};
use peer_assessment::core::plan::{suggestions, PlanEdit, PlanItem, Progress, Support};
use peer_assessment::core::rating::Rating;
use peer_assessment::core::session::{Action, Mode, Screen, Session, CURRENT};
use proptest::prelude::*;

fn rated_all(session: Session, level: u8) -> Session {
    let ids: Vec<String> = session
        .set()
        .competencies()
        .map(|(_, c)| c.id.clone())
        .collect();
    ids.into_iter().fold(session, |s, id| {
        s.apply(Action::Rate {
            competency_id: id,
            rating: Rating::Level(level),
        })
    })
}

#[test]
fn finishing_keeps_a_dated_snapshot_and_clears_the_answers_for_next_time() {
    let session = rated_all(Session::default(), 2).apply(Action::Finish {
        at: "2026-03-01T10:00:00.000Z".into(),
    });
    assert_eq!(session.history.len(), 1);
    let first = &session.history[0];
    assert_eq!(first.date(), "2026-03-01");
    assert_eq!(first.rater, Rater::Myself);
    assert_eq!(first.overview().unwrap().overall_mean, Some(2.0));
    assert_eq!(session.screen, Screen::Snapshot(first.id.clone()));
    assert!(session.current_answers().ratings.is_empty());

    let session = rated_all(session, 4).apply(Action::Finish {
        at: "2026-06-01T10:00:00.000Z".into(),
    });
    assert_eq!(session.history.len(), 2);
    assert_ne!(session.history[0].id, session.history[1].id);
    // Finishing with nothing rated keeps nothing.
    let same = session.clone().apply(Action::Finish {
        at: "2026-06-02T10:00:00.000Z".into(),
    });
    assert_eq!(same.history.len(), 2);
}

#[test]
fn snapshots_with_the_same_time_get_distinct_ids() {
    let at = "2026-03-01T10:00:00.000Z";
    let session = rated_all(Session::default(), 2).apply(Action::Finish { at: at.into() });
    let session = rated_all(session, 3).apply(Action::Finish { at: at.into() });
    assert_ne!(session.history[0].id, session.history[1].id);
}

#[test]
fn deleting_a_snapshot_that_is_shown_returns_to_the_history() {
    let session = rated_all(Session::default(), 2).apply(Action::Finish {
        at: "2026-03-01T10:00:00.000Z".into(),
    });
    let id = session.history[0].id.clone();
    let session = session.apply(Action::DeleteSnapshot(id));
    assert!(session.history.is_empty());
    assert_eq!(session.screen, Screen::History);
}

#[test]
fn comparison_gives_change_per_category_and_competency() {
    let set = set_2015();
    let before = answers_with(
        set,
        &[
            ("I.1", Rating::Level(2)),
            ("I.2", Rating::Level(4)),
            ("II.1", Rating::NotApplicable),
        ],
    );
    let after = answers_with(
        set,
        &[
            ("I.1", Rating::Level(4)),
            ("I.2", Rating::Level(3)),
            ("II.1", Rating::Level(3)),
        ],
    );
    let comparison = compare(set, &before, &after);
    let engagement = &comparison.categories[0];
    assert_eq!(
        (engagement.first, engagement.second),
        (Some(3.0), Some(3.5))
    );
    assert_eq!(format_change(engagement.change()), "+0.5");
    assert_eq!(
        format_change(comparison.categories[1].change()),
        "—",
        "II was not rated before"
    );
    let i1 = comparison
        .competencies
        .iter()
        .find(|c| c.competency.id == "I.1")
        .unwrap();
    assert_eq!(format_level_change(i1.change()), "+2");
    let i2 = comparison
        .competencies
        .iter()
        .find(|c| c.competency.id == "I.2")
        .unwrap();
    assert_eq!(format_level_change(i2.change()), "−1");
    let ii1 = comparison
        .competencies
        .iter()
        .find(|c| c.competency.id == "II.1")
        .unwrap();
    assert_eq!(ii1.change(), None, "not applicable has no change");
    assert_eq!(comparison.competencies.len(), 62);
}

#[test]
fn change_formatting_uses_a_minus_sign_and_rounds() {
    assert_eq!(format_change(Some(-0.25)), "−0.3");
    assert_eq!(format_change(Some(0.04)), "0.0");
    assert_eq!(format_change(Some(-0.04)), "0.0");
    assert_eq!(format_change(Some(1.0)), "+1.0");
    assert_eq!(format_level_change(Some(0)), "0");
    assert_eq!(format_level_change(None), "—");
}

#[test]
fn gaps_of_one_level_or_more_are_flagged_both_ways_largest_first() {
    let set = set_2015();
    let own = answers_with(
        set,
        &[
            ("I.1", Rating::Level(5)),
            ("I.2", Rating::Level(2)),
            ("I.3", Rating::Level(3)),
            ("I.4", Rating::Level(4)),
            ("I.5", Rating::NotApplicable),
        ],
    );
    let supervisor = answers_with(
        set,
        &[
            ("I.1", Rating::Level(3)),
            ("I.2", Rating::Level(3)),
            ("I.3", Rating::Level(3)),
            ("I.4", Rating::Level(3)),
            ("I.5", Rating::Level(1)),
        ],
    );
    let found = gaps(&compare(set, &own, &supervisor));
    let ids = |list: &[peer_assessment::core::comparison::CompetencyChange]| {
        list.iter()
            .map(|c| c.competency.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&found.self_higher), ["I.1", "I.4"]);
    assert_eq!(ids(&found.self_lower), ["I.2"]);
}

#[test]
fn plan_suggests_the_lowest_rated_not_yet_in_the_plan() {
    let set = set_2015();
    let answers = answers_with(
        set,
        &[
            ("I.1", Rating::Level(3)),
            ("I.2", Rating::Level(1)),
            ("I.3", Rating::Level(5)),
            ("I.4", Rating::Level(1)),
            ("I.5", Rating::NotApplicable),
            ("II.1", Rating::Level(2)),
        ],
    );
    let ids = |plan: &[PlanItem]| {
        suggestions(set, &answers, plan, 3)
            .iter()
            .map(|c| c.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&[]), ["I.2", "I.4", "II.1"]);
    assert_eq!(
        ids(&[PlanItem::new(&set.id, "I.2")]),
        ["I.4", "II.1", "I.1"]
    );
    let all_expert = answers_with(set, &[("I.1", Rating::Level(5))]);
    assert!(
        suggestions(set, &all_expert, &[], 3).is_empty(),
        "nothing to grow at the top of the scale"
    );
}

#[test]
fn plan_items_are_added_once_edited_and_removed() {
    let session = Session::default()
        .apply(Action::AddToPlan {
            competency_id: "III.2".into(),
        })
        .apply(Action::AddToPlan {
            competency_id: "III.2".into(),
        })
        .apply(Action::AddToPlan {
            competency_id: "no-such".into(),
        });
    assert_eq!(session.plan.len(), 1);
    let edit = |s: Session, edit: PlanEdit| {
        s.apply(Action::EditPlan {
            competency_id: "III.2".into(),
            edit,
        })
    };
    let session = edit(
        session,
        PlanEdit::Goal("Share my story with purpose".into()),
    );
    let session = edit(session, PlanEdit::Steps("Practise in supervision".into()));
    let session = edit(session, PlanEdit::Support(Support::Mentor, true));
    let session = edit(session, PlanEdit::Support(Support::Supervision, true));
    let session = edit(session, PlanEdit::Support(Support::Mentor, true));
    let session = edit(session, PlanEdit::TargetDate("2027-02-30".into()));
    assert_eq!(
        session.plan[0].target_date, "",
        "an impossible date is refused"
    );
    let session = edit(session, PlanEdit::TargetDate("2027-02-28".into()));
    let session = edit(session, PlanEdit::Progress(Progress::InProgress));
    let item = &session.plan[0];
    assert_eq!(item.goal, "Share my story with purpose");
    assert_eq!(item.supports, [Support::Supervision, Support::Mentor]);
    assert_eq!(item.target_date, "2027-02-28");
    assert_eq!(item.progress, Progress::InProgress);
    let session = edit(session, PlanEdit::Goal("x".repeat(9000)));
    assert_eq!(session.plan[0].goal.chars().count(), 2000);
    let session = session.apply(Action::RemoveFromPlan {
        competency_id: "III.2".into(),
    });
    assert!(session.plan.is_empty());
}

#[test]
fn rating_someone_else_keeps_own_answers_apart() {
    let session = Session::default()
        .apply(Action::Rate {
            competency_id: "I.1".into(),
            rating: Rating::Level(2),
        })
        .apply(Action::ChooseMode(Mode::SomeoneElse))
        .apply(Action::DescribeRating {
            person: "Sam".into(),
            rater_name: "Dana".into(),
            rater_role: RaterRole::Supervisor,
        })
        .apply(Action::Rate {
            competency_id: "I.1".into(),
            rating: Rating::Level(4),
        });
    assert_eq!(
        session.current_answers().rating("I.1"),
        Some(Rating::Level(4))
    );
    assert_eq!(
        session.answers["samhsa-2015"].rating("I.1"),
        Some(Rating::Level(2))
    );
    let other = session.rating_of_someone_else.clone().unwrap();
    assert_eq!(
        (other.person.as_str(), other.rater_name.as_str()),
        ("Sam", "Dana")
    );
    // Finishing is for one's own assessment; a rating of someone else is handed over instead.
    let session = session.apply(Action::Finish {
        at: "2026-01-01T00:00:00Z".into(),
    });
    assert!(session.history.is_empty());
    let session = session.apply(Action::ChooseMode(Mode::Myself));
    assert_eq!(
        session.current_answers().rating("I.1"),
        Some(Rating::Level(2))
    );
    let session = session.apply(Action::DiscardRatingOfSomeoneElse);
    assert!(session.rating_of_someone_else.is_none());
    assert_eq!(
        session.answers["samhsa-2015"].rating("I.1"),
        Some(Rating::Level(2))
    );
}

#[test]
fn compare_screen_accepts_only_known_ids() {
    let session = rated_all(Session::default(), 2).apply(Action::Finish {
        at: "2026-03-01T10:00:00.000Z".into(),
    });
    let id = session.history[0].id.clone();
    let shown = session.clone().apply(Action::GoTo(Screen::Compare {
        first: id.clone(),
        second: CURRENT.into(),
    }));
    assert_eq!(
        shown.screen,
        Screen::Compare {
            first: id,
            second: CURRENT.into()
        }
    );
    let refused = session.clone().apply(Action::GoTo(Screen::Compare {
        first: "nope".into(),
        second: CURRENT.into(),
    }));
    assert_eq!(refused.screen, session.screen);
}

#[test]
fn dates_read_and_count_days() {
    assert_eq!(parse_date("1970-01-01"), Some(0));
    assert_eq!(
        parse_date("2026-11-25T10:00:00.000Z"),
        parse_date("2026-11-25")
    );
    assert_eq!(
        parse_date("2024-02-29").map(format_date).as_deref(),
        Some("2024-02-29")
    );
    assert_eq!(parse_date("2025-02-29"), None);
    assert_eq!(parse_date("2025-13-01"), None);
    assert_eq!(parse_date("25-1-1"), None);
    assert_eq!(parse_date("२०२५-०१-०१"), None);
    assert_eq!(days_between("2026-11-18", "2026-11-25"), Some(7));
}

proptest! {
    #[test]
    fn dates_round_trip(days in -100_000i64..200_000) {
        let text = format_date(days);
        prop_assert_eq!(parse_date(&text), Some(days));
        let (_, month, day) = civil_from_days(days);
        prop_assert!((1..=12).contains(&month) && (1..=31).contains(&day));
    }
}
