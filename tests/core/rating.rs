use peer_assessment::core::rating::Rating;

#[test]
fn saved_as_number_or_na() {
    assert_eq!(serde_json::to_string(&Rating::Level(4)).unwrap(), "4");
    assert_eq!(
        serde_json::to_string(&Rating::NotApplicable).unwrap(),
        "\"na\""
    );
    assert_eq!(
        serde_json::from_str::<Rating>("2").unwrap(),
        Rating::Level(2)
    );
    assert_eq!(
        serde_json::from_str::<Rating>("\"na\"").unwrap(),
        Rating::NotApplicable
    );
}

#[test]
fn rejects_out_of_range_and_unknown() {
    assert!(serde_json::from_str::<Rating>("0").is_err());
    assert!(serde_json::from_str::<Rating>("11").is_err());
    assert!(serde_json::from_str::<Rating>("-1").is_err());
    assert!(serde_json::from_str::<Rating>("\"x\"").is_err());
    assert!(serde_json::from_str::<Rating>("2.5").is_err());
}
