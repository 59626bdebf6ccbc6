//! The fonts the renderer measures text with and draws PNGs with.
//!
//! DejaVu Sans (regular and bold, Bitstream Vera licence) and Noto Emoji
//! (SIL Open Font Licence) are embedded in the binary, so text is measured
//! the same way on every machine and a PNG never lacks Latin, Greek,
//! Cyrillic or emoji glyphs. The system's fonts are added after them as a
//! fallback for the scripts these lack, CJK above all: without a system CJK
//! font such characters are left out of the PNG (the SVG still holds them,
//! and a browser draws them with its own fonts).

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

/// The font database for PNG rendering: the embedded fonts first, then the
/// system's. Built once; loading the system fonts takes a few milliseconds.
pub fn database() -> Arc<fontdb::Database> {
    static DATABASE: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut database = fontdb::Database::new();
            for data in [regular(), bold(), emoji()] {
                database.load_font_source(fontdb::Source::Binary(Arc::new(data)));
            }
            database.load_system_fonts();
            database.set_sans_serif_family(FAMILY);
            Arc::new(database)
        })
        .clone()
}
