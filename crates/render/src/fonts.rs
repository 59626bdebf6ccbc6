//! The fonts the renderer measures text with and draws PNGs with.
//!
//! DejaVu Sans (regular and bold, Bitstream Vera licence) and Noto Emoji
//! (SIL Open Font Licence) are embedded in the binary. So text is measured
//! the same way on every machine, and a PNG always has Latin, Greek,
//! Cyrillic and emoji glyphs.
//!
//! The system's fonts come after them, as a fallback for the scripts these
//! lack, CJK above all. Without a system CJK font such characters are left
//! out of the PNG. The SVG still contains them, and a browser draws them
//! with its own fonts.

use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb;

/// The family the SVGs ask for first; the one text is measured with.
pub const FAMILY: &str = "DejaVu Sans";

/// The `font-family` of every SVG: the measured font first, then wide
/// look-alikes, so browsers without DejaVu Sans do not overflow boxes.
pub const FAMILY_LIST: &str = "'DejaVu Sans', Verdana, 'Noto Sans', sans-serif";

pub fn regular() -> &'static [u8] {
    dejavu::sans::regular()
}

pub fn bold() -> &'static [u8] {
    dejavu::sans::bold()
}

pub fn emoji() -> &'static [u8] {
    epaint_default_fonts::NOTO_EMOJI_REGULAR
}

/// Returns the font database for PNGs: the embedded fonts first, then the
/// system's. It is built once, because listing the system fonts takes time.
pub fn database() -> Arc<fontdb::Database> {
    static DATABASE: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut database = embedded_database();
            database.load_system_fonts();
            Arc::new(database)
        })
        .clone()
}

/// Builds a database of the embedded fonts alone, as on a machine without
/// fonts.
pub fn embedded_database() -> fontdb::Database {
    let mut database = fontdb::Database::new();
    for data in [regular(), bold(), emoji()] {
        database.load_font_source(fontdb::Source::Binary(Arc::new(data)));
    }
    database.set_sans_serif_family(FAMILY);
    database
}
