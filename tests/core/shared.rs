use peer_assessment::core::history::Snapshot;
use peer_assessment::core::rating::Rating;
use peer_assessment::core::session::{Action, Session};
use peer_assessment::core::shared::Shared;

#[test]
fn clones_share_and_make_mut_copies_only_when_shared() {
    let a: Shared<Vec<u32>> = vec![1, 2].into();
    let mut b = a.clone();
    assert!(Shared::ptr_eq(&a, &b));
    b.make_mut().push(3);
    assert!(!Shared::ptr_eq(&a, &b));
    assert_eq!(*a, vec![1, 2]);
    assert_eq!(*b, vec![1, 2, 3]);
    // Not shared any more: changed in place.
    let before: *const Vec<u32> = &*b;
    b.make_mut().push(4);
    assert_eq!(before, &*b as *const Vec<u32>);
}

#[test]
fn equal_by_pointer_or_by_value() {
    let a: Shared<String> = String::from("x").into();
    assert_eq!(a, a.clone());
    assert_eq!(a, Shared::from(String::from("x")));
    assert_ne!(a, Shared::from(String::from("y")));
    assert_eq!(format!("{a:?}"), "\"x\"");
    assert_eq!(*Shared::<Vec<u8>>::default(), Vec::<u8>::new());
}

#[test]
fn saved_exactly_as_the_value_inside() {
    let value = vec![Some(1), None];
    let shared = Shared::from(value.clone());
    assert_eq!(
        serde_json::to_string(&shared).unwrap(),
        serde_json::to_string(&value).unwrap()
    );
    let back: Shared<Vec<Option<i32>>> = serde_json::from_str("[1,null]").unwrap();
    assert_eq!(*back, value);
}

#[test]
fn answering_leaves_history_shared_and_finishing_does_not() {
    let session = Session::default()
        .apply(Action::Rate {
            competency_id: "I.1".into(),
            rating: Rating::Level(3),
        })
        .apply(Action::Finish {
            at: "2026-08-01T09:00:00.000Z".into(),
        });
    let answered = session.clone().apply(Action::Rate {
        competency_id: "I.2".into(),
        rating: Rating::Level(2),
    });
    assert!(Shared::ptr_eq(&session.history, &answered.history));
    let deleted_nothing = session.clone().apply(Action::DeleteSnapshot("none".into()));
    assert!(Shared::ptr_eq(&session.history, &deleted_nothing.history));
    let finished = answered.clone().apply(Action::Finish {
        at: "2026-08-02T09:00:00.000Z".into(),
    });
    assert!(!Shared::ptr_eq(&answered.history, &finished.history));
    assert_eq!(answered.history.len(), 1);
    let ids: Vec<&Snapshot> = finished.history.iter().collect();
    assert_eq!(ids.len(), 2);
}

/// `Rc<Session>` compares by pointer first only when `Session` is `Eq`.
#[test]
fn a_session_is_eq() {
    fn eq<T: Eq>() {}
    eq::<Session>();
    let session = std::rc::Rc::new(Session::default());
    assert_eq!(session, session.clone());
}
