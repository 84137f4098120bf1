use super::{draft_set, set_2015};
use peer_assessment::core::assessment::Answers;
use peer_assessment::core::qr::{alphanumeric_tail, qr_for, svg_path, QrMatrix, QUIET_ZONE};
use peer_assessment::core::rating::Rating;
use peer_assessment::core::share_code::{encode, fragment_for, CodeKind};

const PIXELS_PER_MODULE: usize = 4;

/// Reads the symbol back with an independent decoder, from a bitmap of 4 pixels a module with
/// the quiet zone around it.
fn scan(matrix: &QrMatrix) -> String {
    let side = matrix.view_box_size() * PIXELS_PER_MODULE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let module = |p: usize| (p / PIXELS_PER_MODULE).checked_sub(QUIET_ZONE);
        match (module(x), module(y)) {
            (Some(mx), Some(my)) if matrix.is_dark(mx, my) => 0,
            _ => 255,
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one symbol found");
    let (_, content) = grids[0].decode().expect("the symbol decodes");
    content
}

fn full_2015_link() -> String {
    let set = set_2015();
    let mut answers = Answers::new(set);
    for (i, (_, competency)) in set.competencies().enumerate() {
        let rating = if i % 7 == 6 {
            Rating::NotApplicable
        } else {
            Rating::Level((i % 5) as u8 + 1)
        };
        answers.ratings.insert(competency.id.clone(), rating);
    }
    let code = encode(CodeKind::Participant, set, &answers, 1060);
    format!("https://example.org/assess/{}", fragment_for(&code))
}

#[test]
fn a_bare_code_and_links_scan_back_to_their_text() {
    let set = set_2015();
    let bare = encode(CodeKind::Supervisor, set, &Answers::new(set), 1060);
    let draft = encode(
        CodeKind::Participant,
        draft_set(),
        &Answers::new(draft_set()),
        1060,
    );
    let long_link = format!(
        "https://peer-support.example.org/resources/self-assessment/index.html{}",
        fragment_for(&draft)
    );
    for text in [bare, full_2015_link(), long_link, "a".repeat(200)] {
        let matrix = qr_for(&text).expect("fits");
        assert_eq!(scan(&matrix), text);
    }
}

#[test]
fn a_2015_link_fits_a_small_symbol() {
    let link = full_2015_link();
    assert_eq!(link.len(), 73);
    let matrix = qr_for(&link).unwrap();
    // Version 4 (33 × 33 modules) at medium error correction, the code written in alphanumeric
    // mode; in byte mode alone the link would need version 5.
    assert_eq!(
        (matrix.version(), matrix.size, matrix.view_box_size()),
        (4, 33, 41)
    );
    let bytes_only = qrcodegen::QrCode::encode_text(&link, qrcodegen::QrCodeEcc::Medium).unwrap();
    assert_eq!(bytes_only.version().value(), 5);
    // A longer address: 78 characters, version 5.
    let longer = link.replace("/assess/", "/self-assess/");
    assert_eq!((longer.len(), qr_for(&longer).unwrap().version()), (78, 5));
    // The bare code alone.
    let bare = qr_for(&link[link.len() - 40..]).unwrap();
    assert_eq!((bare.version(), bare.size), (3, 29));
}

#[test]
fn too_long_text_has_no_symbol() {
    assert!(qr_for(&"x".repeat(3000)).is_none());
    assert!(qr_for("").is_some());
}

/// The path paints exactly the dark modules, shifted by the quiet zone.
#[test]
fn the_svg_path_paints_the_dark_modules() {
    let matrix = qr_for(&full_2015_link()).unwrap();
    let path = svg_path(&matrix);
    let side = matrix.view_box_size();
    let mut painted = vec![vec![false; side]; side];
    for run in path.split(' ').collect::<Vec<_>>().chunks(2) {
        // "M{x}" "{y}h{n}v1h-{n}z"
        let x: usize = run[0].strip_prefix('M').unwrap().parse().unwrap();
        let (y, rest) = run[1].split_once('h').unwrap();
        let y: usize = y.parse().unwrap();
        let (n, rest) = rest.split_once('v').unwrap();
        let n: usize = n.parse().unwrap();
        assert_eq!(rest, format!("1h-{n}z"));
        for cell in &mut painted[y][x..x + n] {
            assert!(!*cell, "painted twice");
            *cell = true;
        }
    }
    for (y, row) in painted.iter().enumerate() {
        for (x, &cell) in row.iter().enumerate() {
            let dark = x >= QUIET_ZONE
                && y >= QUIET_ZONE
                && matrix.is_dark(x - QUIET_ZONE, y - QUIET_ZONE);
            assert_eq!(cell, dark, "({x}, {y})");
        }
    }
}

#[test]
fn version_and_view_box_follow_the_size() {
    let matrix = qr_for("A").unwrap();
    assert_eq!(
        (matrix.size, matrix.version(), matrix.view_box_size()),
        (21, 1, 29)
    );
    assert!(!matrix.is_dark(21, 0) && !matrix.is_dark(0, 21));
    // The top-left finder pattern's corner.
    assert!(matrix.is_dark(0, 0));
}

#[test]
fn alphanumeric_tail_stops_at_lower_case_and_equals() {
    assert_eq!(alphanumeric_tail("https://x.org/#code=AB12"), 4);
    assert_eq!(alphanumeric_tail("abc"), 0);
    assert_eq!(alphanumeric_tail("AB-12"), 5);
}
