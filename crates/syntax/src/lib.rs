//! The `.journey` syntax: a logos lexer, a chumsky parser and a generic
//! syntax tree with byte spans.
//!
//! Parsing never fails. [`parse`] always returns a tree and every problem it
//! found, so the checker, the formatter and the editor work on broken files.
//! [`reparse`] parses again only the declaration an edit falls inside.
//! This crate does not know which keywords or properties exist: that schema
//! belongs to `journey-model`. It does no IO and reads no settings.

pub mod ast;
pub mod lexer;
mod parser;
mod reparse;

pub use parser::{ITEM_KEYWORDS, MAX_FILE_BYTES, MAX_NESTING, Parse, file_too_large, parse};
pub use reparse::{TextChange, reparse};
