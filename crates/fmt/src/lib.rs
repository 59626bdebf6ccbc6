//! The formatter: one canonical layout for `.journey` files, applied by
//! `journey fmt` and by the editor's "Format Document".
//!
//! [`format`] parses the text with `journey-syntax`, rejects it when it has
//! syntax errors, and prints the tree again in the style that the
//! "Formatting" section of `docs/language.md` describes. Comments are not
//! part of the declarations, so the printer walks the tree in source order
//! and writes each comment before the first token that follows it. A comment
//! stays at the end of its line or on a line of its own, as in the source.
//! The content never changes: [`format`] parses its own output and returns
//! [`FormatError::ContentChanged`] rather than a text whose tree or comments
//! differ from the input's.
//!
//! [`format_document`] and [`format_range`] give the same result as text
//! edits, for the language server. This crate reads no files and prints
//! nothing; messages for people come from the caller's catalogue.

mod content;
mod edits;
mod layout;
mod literal;
mod printer;

use std::ops::Range;

use journey_diagnostics::{Diagnostic, FileId};

pub use content::{comment_texts, same_content};
pub use edits::TextEdit;
pub use literal::quote;

/// The width the formatter keeps lines within, in terminal columns. Lists
/// and blocks wrap to stay within it; a long string or label cannot wrap and
/// may exceed it.
pub const LINE_WIDTH: usize = 100;

/// The reason a text was not formatted.
#[derive(Debug, Clone, PartialEq)]
pub enum FormatError {
    /// The text has syntax errors, listed here with `FileId(0)` as their file.
    /// The formatter only rewrites text that parses cleanly, so that it
    /// never guesses what a broken file meant.
    Syntax(Vec<Diagnostic>),
    /// The formatted text would not parse to the same declarations and
    /// comments as the input. This is a bug in the formatter; the input is
    /// left as it is.
    ContentChanged,
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::Syntax(diagnostics) => write!(f, "the text has {} syntax errors", diagnostics.len()),
            FormatError::ContentChanged => f.write_str("formatting would change the content"),
        }
    }
}

impl std::error::Error for FormatError {}

/// Formats a whole file and returns its new text.
pub fn format(source: &str) -> Result<String, FormatError> {
    printed(source).map(|printed| printed.text)
}

/// Formats a whole file and returns the edits that turn `source` into the
/// formatted text, line by line so that an editor keeps the cursor and
/// marks in unchanged lines. Empty when the text is already formatted.
pub fn format_document(source: &str) -> Result<Vec<TextEdit>, FormatError> {
    printed(source).map(|printed| edits::document_edits(source, &printed))
}

/// Formats the top-level declarations that `range` (byte offsets) touches,
/// each with the comments and blank lines before it, and returns the edits.
/// An empty range formats the declaration around that offset. The whole
/// text must parse without errors.
pub fn format_range(source: &str, range: Range<usize>) -> Result<Vec<TextEdit>, FormatError> {
    let end = range.end.min(source.len());
    let range = range.start.min(end)..end;
    printed(source).map(|printed| edits::range_edits(source, &printed, range))
}

fn printed(source: &str) -> Result<layout::Printed, FormatError> {
    let _span = tracing::debug_span!("format", bytes = source.len()).entered();
    let parse = journey_syntax::parse(FileId(0), source);
    if !parse.diagnostics.is_empty() {
        return Err(FormatError::Syntax(parse.diagnostics));
    }
    let printed = layout::print(source, &parse.file);

    let check = journey_syntax::parse(FileId(0), &printed.text);
    if !check.diagnostics.is_empty() || !same_content(&parse.file, source, &check.file, &printed.text) {
        return Err(FormatError::ContentChanged);
    }
    Ok(printed)
}
