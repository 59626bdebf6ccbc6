//! Robustness oracles: the properties that must hold for any input, each a
//! function from raw bytes that panics when the property fails.
//!
//! The fuzz targets in `fuzz/` call these functions, the property tests of
//! this crate call them with generated inputs, and `tests/regressions.rs`
//! replays every input saved in `fuzz/regressions/` through them, so a
//! crash found once stays fixed. Beyond "no panic", each oracle checks that
//! every span it receives lies inside its file on a character boundary,
//! because an editor or a renderer slicing the text with a bad span would
//! crash further down the line.

mod check;
mod edits;
mod format;
mod parse;
mod spans;

pub use check::check_files;
pub use edits::edit_session;
pub use format::format_is_idempotent;
pub use parse::parse_bytes;

/// Decodes fuzz input as the workspace loader would show it: invalid UTF-8
/// becomes U+FFFD. The loader itself refuses such files, so the parser only
/// ever sees valid UTF-8, and this is the closest text to the bytes.
pub fn text_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}
