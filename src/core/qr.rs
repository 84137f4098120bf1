//! QR codes for share links, drawn as SVG path data: no browser code, no image.
//!
//! Medium error correction (about 15% of the symbol may be damaged), raised to the highest level
//! that still fits the same version. A link that ends in upper-case letters and digits, such as
//! `https://…/#code=ABCD…`, has that end written in QR's alphanumeric mode (5.5 bits a character
//! instead of 8) when that gives a smaller symbol.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// Light modules around the symbol that scanners need, on each side.
pub const QUIET_ZONE: usize = 4;

/// The modules of a QR symbol, without the quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    /// Modules per side (21 for version 1, 4 more per version).
    pub size: usize,
    /// Row by row, `true` for dark.
    modules: Vec<bool>,
}

impl QrMatrix {
    /// Whether the module at column `x`, row `y` is dark; `false` outside the symbol.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    /// The QR version, 1 to 40.
    pub fn version(&self) -> usize {
        (self.size - 17) / 4
    }

    /// Width and height of the drawing [`svg_path`] makes, quiet zone included: use
    /// `viewBox="0 0 N N"`.
    pub fn view_box_size(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }
}

/// The QR symbol for `text`, or `None` if it is too long for any QR version.
pub fn qr_for(text: &str) -> Option<QrMatrix> {
    let mut candidates = vec![QrSegment::make_segments(text)];
    let tail = alphanumeric_tail(text);
    if tail > 0 && tail < text.len() {
        let (head, tail) = text.split_at(text.len() - tail);
        candidates.push(vec![
            QrSegment::make_bytes(head.as_bytes()),
            QrSegment::make_alphanumeric(tail),
        ]);
    }
    let best = candidates
        .iter()
        .filter_map(|segments| {
            QrCode::encode_segments_advanced(
                segments,
                QrCodeEcc::Medium,
                Version::MIN,
                Version::MAX,
                None,
                true,
            )
            .ok()
        })
        .min_by_key(|code| {
            (
                code.size(),
                std::cmp::Reverse(strength(code.error_correction_level())),
            )
        })?;
    let size = usize::try_from(best.size()).ok()?;
    let modules = (0..best.size())
        .flat_map(|y| (0..best.size()).map(move |x| (x, y)))
        .map(|(x, y)| best.get_module(x, y))
        .collect();
    Some(QrMatrix { size, modules })
}

/// SVG path data for the dark modules: one sub-path per horizontal run, offset by the quiet
/// zone, in a drawing [`QrMatrix::view_box_size`] units square. Fill it with the dark colour on
/// a light background.
pub fn svg_path(matrix: &QrMatrix) -> String {
    let mut path = String::new();
    for y in 0..matrix.size {
        let mut x = 0;
        while x < matrix.size {
            if !matrix.is_dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < matrix.size && matrix.is_dark(x, y) {
                x += 1;
            }
            let run = x - start;
            if !path.is_empty() {
                path.push(' ');
            }
            path.push_str(&format!(
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            ));
        }
    }
    path
}

/// Error correction levels from the weakest.
fn strength(ecc: QrCodeEcc) -> u8 {
    match ecc {
        QrCodeEcc::Low => 0,
        QrCodeEcc::Medium => 1,
        QrCodeEcc::Quartile => 2,
        QrCodeEcc::High => 3,
    }
}

/// Bytes at the end of `text` that QR's alphanumeric mode can hold.
pub fn alphanumeric_tail(text: &str) -> usize {
    text.bytes()
        .rev()
        .take_while(|b| b.is_ascii_digit() || b.is_ascii_uppercase() || b" $%*+-./:".contains(b))
        .count()
}
