//! Lexing and parsing any text: no panic, every token and tree span inside
//! the text, and the parse deterministic.

use journey_diagnostics::FileId;
use journey_syntax::ast::{Decl, Entry};

use crate::spans::{assert_diagnostic, assert_in_text};

/// Lexes and parses `data` as one file and checks the result.
pub fn parse_bytes(data: &[u8]) {
    let text = crate::text_of(data);
    for (_, range) in journey_syntax::lexer::lex(&text) {
        assert_in_text(range.into(), &text, "token");
    }
    let parse = journey_syntax::parse(FileId(0), &text);
    for diagnostic in &parse.diagnostics {
        assert_diagnostic(diagnostic, &|file| (file == FileId(0)).then_some(text.as_str()));
    }
    for decl in &parse.file.items {
        assert_decl(decl, &text);
    }
    for comment in &parse.file.comments {
        assert_in_text(comment.span, &text, "comment");
    }
    let again = journey_syntax::parse(FileId(0), &text);
    assert_eq!(parse.file, again.file, "parsing the same text twice gave two trees");
}

fn assert_decl(decl: &Decl, text: &str) {
    assert_in_text(decl.span, text, "declaration");
    assert_in_text(decl.keyword.span, text, "keyword");
    if let Some(name) = &decl.name {
        assert_in_text(name.span, text, "name");
    }
    if let Some(label) = &decl.label {
        assert_in_text(label.span, text, "label");
    }
    for entry in decl.entries() {
        assert_in_text(entry.span(), text, "entry");
        if let Entry::Decl(child) = entry {
            assert_decl(child, text);
        }
    }
}
