//! Checks shared by the formatter's test files: what must not change when a
//! text is formatted, measured without the formatter's own code.

#![allow(dead_code, reason = "each test file uses a part of these helpers")]

use std::sync::Arc;

use journey_diagnostics::FileId;
use journey_export::{Options, export, to_json};
use journey_model::{ParsedFile, Settings, Today, TodaySource, analyze};
use journey_syntax::lexer::{Token, lex};
use journey_workspace::SourceMap;

/// The text of every comment and doc comment, in order, as the lexer sees
/// them, without trailing whitespace on their lines.
pub fn comments(text: &str) -> Vec<String> {
    lex(text)
        .into_iter()
        .filter(|(token, _)| token.is_trivia())
        .map(|(_, range)| text[range].lines().map(str::trim_end).collect::<Vec<_>>().join("\n"))
        .collect()
}

/// The checked model of a workspace as `model.json` without source
/// positions, and its diagnostics as code and message, sorted.
pub fn checked_model(files: &[(&str, &str)]) -> (String, Vec<String>) {
    let mut sources = SourceMap::default();
    let parsed: Vec<ParsedFile> = files
        .iter()
        .map(|(path, text)| {
            let id = sources.add((*path).to_owned(), Arc::from(*text));
            ParsedFile::new(id, *path, *text)
        })
        .collect();
    let today = Today {
        date: time::macros::date!(2026 - 12 - 01),
        source: TodaySource::Flag,
    };
    let analysis = analyze(&parsed, &Settings::default(), today);
    let json = to_json(&export(&analysis, &sources, Options { spans: false }));
    let mut diagnostics: Vec<String> = analysis
        .diagnostics
        .iter()
        .map(|diagnostic| format!("{} {:?}", diagnostic.code.id, diagnostic.message))
        .collect();
    diagnostics.sort();
    (json, diagnostics)
}

/// Whether a line ends with whitespace outside a triple-quoted string,
/// whose text the formatter keeps verbatim.
pub fn has_trailing_whitespace(text: &str) -> bool {
    let verbatim: Vec<std::ops::Range<usize>> = lex(text)
        .into_iter()
        .filter(|(token, _)| matches!(token, Token::TripleStr(_)))
        .map(|(_, range)| range)
        .collect();
    let mut offset = 0;
    text.split('\n').any(|line| {
        let end = offset + line.len();
        offset = end + 1;
        line.ends_with([' ', '\t', '\r']) && !verbatim.iter().any(|range| range.contains(&(end - 1)))
    })
}

/// Whether `text` parses without syntax errors.
pub fn parses_cleanly(text: &str) -> bool {
    journey_syntax::parse(FileId(0), text).diagnostics.is_empty()
}

/// Formats `text` and checks everything formatting must keep: the result
/// formats to itself, every comment survives in order, and the checked
/// model is the same. Returns the formatted text.
pub fn format_and_check(text: &str) -> String {
    let formatted = journey_fmt::format(text).unwrap_or_else(|error| panic!("{error}:\n{text}"));
    let again = journey_fmt::format(&formatted).expect("formatted text parses");
    assert_eq!(again, formatted, "formatting is not idempotent for:\n{text}");
    assert!(
        !has_trailing_whitespace(&formatted),
        "trailing whitespace in:\n{formatted}"
    );
    assert_eq!(comments(&formatted), comments(text), "comments changed for:\n{text}");
    assert_eq!(
        checked_model(&[("a.journey", &formatted)]),
        checked_model(&[("a.journey", text)]),
        "model changed for:\n{text}"
    );
    formatted
}
