use super::{answers_with, draft_set, set_2015};
use peer_assessment::core::rating::Rating;
use peer_assessment::core::session::{Action, Session};
use peer_assessment::core::share_code::{encode, CodeError, CodeKind};
use peer_assessment::core::workshop::Allow;
use peer_assessment::core::workshop::{summarize_group, AddError, Workshop};

fn code(levels: &[(&str, Rating)], kind: CodeKind) -> String {
    // 2026-12-01: on or after the day the workshops here start.
    encode(kind, set_2015(), &answers_with(set_2015(), levels), 1065)
}

#[test]
fn participant_codes_are_added_and_bad_ones_refused_without_change() {
    let mut workshop = Workshop::new("  Spring cohort  ", "samhsa-2015", "2026-11-25");
    assert_eq!(workshop.name, "Spring cohort");
    let a = code(&[("I.1", Rating::Level(2))], CodeKind::Participant);
    let b = code(&[("I.1", Rating::Level(4))], CodeKind::Participant);
    workshop
        .add(&a.to_lowercase(), Allow::default())
        .expect("lower case reads");
    workshop.add(&b, Allow::default()).unwrap();
    assert_eq!(workshop.rounds[0].codes, [a.clone(), b.clone()]);
    assert_eq!(
        workshop.add(&a, Allow::default()),
        Err(AddError::AlreadyAdded)
    );
    let mut damaged = a.clone().into_bytes();
    damaged[5] = if damaged[5] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        workshop.add(&String::from_utf8(damaged).unwrap(), Allow::default()),
        Err(AddError::Code(CodeError::ChecksumMismatch))
    );
    assert_eq!(
        workshop.add(&code(&[], CodeKind::Supervisor), Allow::default()),
        Err(AddError::NotAParticipantCode)
    );
    let draft = encode(
        CodeKind::Participant,
        draft_set(),
        &answers_with(draft_set(), &[]),
        700,
    );
    assert!(matches!(
        workshop.add(&draft, Allow::default()),
        Err(AddError::OtherSet { .. })
    ));
    assert_eq!(
        workshop.rounds[0].codes.len(),
        2,
        "nothing added by refused codes"
    );
    // Two people with identical answers: added again on purpose.
    workshop
        .add(
            &a,
            Allow {
                repeat: true,
                earlier: false,
            },
        )
        .unwrap();
    assert_eq!(workshop.participants(0).len(), 3);
}

#[test]
fn group_means_ranges_counts_and_training_topics() {
    let set = set_2015();
    let participants = vec![
        answers_with(
            set,
            &[
                ("I.1", Rating::Level(2)),
                ("I.2", Rating::Level(4)),
                ("II.1", Rating::Level(1)),
            ],
        ),
        answers_with(
            set,
            &[
                ("I.1", Rating::Level(4)),
                ("I.2", Rating::NotApplicable),
                ("II.1", Rating::Level(2)),
            ],
        ),
        answers_with(set, &[("I.1", Rating::Level(5))]),
    ];
    let group = summarize_group(set, &participants);
    assert_eq!(group.participants, 3);
    let engagement = &group.categories[0];
    // Category means per participant: 3.0, 4.0, 5.0.
    assert_eq!(
        (
            engagement.mean,
            engagement.min,
            engagement.max,
            engagement.rated_by
        ),
        (Some(4.0), Some(3.0), Some(5.0), 3)
    );
    let support = &group.categories[1];
    assert_eq!(
        (support.mean, support.min, support.max, support.rated_by),
        (Some(1.5), Some(1.0), Some(2.0), 2)
    );
    assert_eq!(group.categories[2].mean, None);
    let i1 = &group.competencies[0];
    assert_eq!(i1.counts, [0, 1, 0, 1, 1]);
    assert_eq!(i1.mean, Some(11.0 / 3.0));
    let i2 = &group.competencies[1];
    assert_eq!(
        (
            i2.counts.iter().sum::<usize>(),
            i2.not_applicable,
            i2.unanswered
        ),
        (1, 1, 1)
    );
    let topics: Vec<&str> = group
        .training_topics(2)
        .iter()
        .map(|c| c.competency.id.as_str())
        .collect();
    assert_eq!(topics, ["II.1", "I.1"]);
}

#[test]
fn the_workshop_survives_saving_and_is_cleared_on_request() {
    let a = code(&[("I.1", Rating::Level(3))], CodeKind::Participant);
    let session = Session::default()
        .apply(Action::StartWorkshop {
            name: "Tuesday".into(),
            set_id: "samhsa-2015".into(),
            on: "2026-11-25".into(),
        })
        .apply(Action::AddParticipantCode {
            code: a.clone(),
            allow: Allow::default(),
        })
        .apply(Action::AddParticipantCode {
            code: "not a code".into(),
            allow: Allow::default(),
        });
    assert_eq!(session.workshop.as_ref().unwrap().rounds[0].codes, [a]);
    let text = peer_assessment::core::saved_state::encode(&session, None);
    assert_eq!(
        peer_assessment::core::saved_state::decode(&text).unwrap(),
        session
    );
    assert!(session.apply(Action::ClearWorkshop).workshop.is_none());
}
