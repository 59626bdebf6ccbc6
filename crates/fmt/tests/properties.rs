//! Property tests on generated files: random declarations, properties and
//! values, written with random whitespace and comments between every two
//! tokens. Formatting must succeed, be idempotent, keep every comment in
//! order and leave the checked model unchanged.

mod common;

use proptest::prelude::*;

use common::{checked_model, comments, format_and_check, parses_cleanly};

/// One token of a generated file, or a `///` line, which must end its line.
#[derive(Debug, Clone)]
enum Piece {
    Token(String),
    Doc(String),
}

fn token(text: impl Into<String>) -> Piece {
    Piece::Token(text.into())
}

fn name() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "a",
        "b_2",
        "maya",
        "étape",
        "顧客",
        "review",
        "owner",
        "stage",
        "an_identifier_long_enough_to_make_lines_wrap",
    ])
    .prop_map(str::to_owned)
}

/// A one-line string literal with every kind of escape, written as source.
fn string_literal() -> impl Strategy<Value = String> {
    let part = prop::sample::select(vec![
        "a",
        "Z",
        " ",
        "é",
        "a longer run of words in a label",
        "😀",
        "\\\"",
        "\\\\",
        "\\n",
        "\\t",
        "\t",
        "\\u{a0}",
        "\u{a0}",
        "\\u{41}",
        "\\u{e9}",
    ]);
    prop::collection::vec(part, 0..8).prop_map(|parts| format!("\"{}\"", parts.concat()))
}

fn triple_literal() -> impl Strategy<Value = String> {
    let part = prop::sample::select(vec!["x", " ", "\n", "  \n", "\\n", "é"]);
    prop::collection::vec(part, 0..6).prop_map(|parts| format!("\"\"\"{}\"\"\"", parts.concat()))
}

fn leaf_value() -> impl Strategy<Value = Vec<Piece>> {
    prop_oneof![
        name().prop_map(|name| vec![token(format!("@{name}"))]),
        prop::collection::vec(name(), 1..4).prop_map(|segments| {
            let mut pieces = Vec::new();
            for (index, segment) in segments.into_iter().enumerate() {
                if index > 0 {
                    pieces.push(token("."));
                }
                pieces.push(token(segment));
            }
            pieces
        }),
        string_literal().prop_map(|text| vec![token(text)]),
        triple_literal().prop_map(|text| vec![token(text)]),
        prop::sample::select(vec!["-1", "3.50", "40", "0", "80%", "62.5%", "2026-10-01"])
            .prop_map(|text| vec![token(text)]),
        (1..60u32, prop::sample::select(vec!["days", "weeks", "months"])).prop_map(|(count, unit)| vec![
            token("every"),
            token(count.to_string()),
            token(unit)
        ]),
    ]
}

fn value() -> impl Strategy<Value = Vec<Piece>> {
    leaf_value().prop_recursive(2, 12, 5, |inner| {
        (prop::collection::vec(inner, 0..5), any::<bool>()).prop_map(|(items, trailing_comma)| {
            let mut pieces = vec![token("[")];
            let count = items.len();
            for (index, item) in items.into_iter().enumerate() {
                pieces.extend(item);
                if index + 1 < count || trailing_comma {
                    pieces.push(token(","));
                }
            }
            pieces.push(token("]"));
            pieces
        })
    })
}

fn property() -> impl Strategy<Value = Vec<Piece>> {
    (name(), value()).prop_map(|(key, value)| {
        let mut pieces = vec![token(key), token(":")];
        pieces.extend(value);
        pieces
    })
}

/// A declaration; nested ones never use a keyword that only starts a
/// top-level declaration, which the parser would reject.
fn declaration(depth: u32, top_level: bool) -> BoxedStrategy<Vec<Piece>> {
    let keywords = if top_level {
        vec!["journey", "person", "team", "channel", "kpi"]
    } else {
        vec!["stage", "step", "touchpoint", "pain", "kpi", "value"]
    };
    let entry = if depth == 0 {
        property().boxed()
    } else {
        prop_oneof![2 => property(), 1 => declaration(depth - 1, false)].boxed()
    };
    let body = prop::option::weighted(0.7, prop::collection::vec(entry, 0..5));
    let doc = prop::collection::vec(
        prop::sample::select(vec!["/// Doc.", "///", "///  indented", "////not doc"]),
        0..3,
    );
    (
        doc,
        prop::sample::select(keywords),
        prop::option::of(name()),
        prop::option::of(string_literal()),
        body,
    )
        .prop_map(|(doc, keyword, name, label, body)| {
            let mut pieces: Vec<Piece> = doc.into_iter().map(|line| Piece::Doc(line.to_owned())).collect();
            pieces.push(token(keyword));
            pieces.extend(name.map(token));
            pieces.extend(label.map(token));
            if let Some(entries) = body {
                pieces.push(token("{"));
                pieces.extend(entries.into_iter().flatten());
                pieces.push(token("}"));
            }
            pieces
        })
        .boxed()
}

/// What goes between two tokens; `#` becomes a number unique in the file.
fn gap() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        6 => Just(" "),
        3 => Just("\n  "),
        1 => Just("\n\n\n"),
        1 => Just(" \t "),
        1 => Just(" /* c# */ "),
        1 => Just(" // c#\n"),
        1 => Just("\n  // c#\n  "),
        1 => Just("\n/* c# over\n   two lines */\n"),
        1 => Just(" /* c# */\n"),
        1 => Just("/* c# */"),
        1 => Just("\n  /* c# */ "),
        1 => Just(" /* c# over\n two lines */ "),
        1 => Just("\n\n/// d#\n"),
    ]
}

fn file() -> impl Strategy<Value = String> {
    prop::collection::vec(declaration(3, true), 1..4)
        .prop_map(|items| items.into_iter().flatten().collect::<Vec<_>>())
        .prop_flat_map(|pieces| {
            let count = pieces.len();
            (Just(pieces), prop::collection::vec(gap(), count + 1))
        })
        .prop_map(|(pieces, gaps)| render(&pieces, &gaps))
}

fn render(pieces: &[Piece], gaps: &[&str]) -> String {
    let mut text = String::new();
    for (index, piece) in pieces.iter().enumerate() {
        text.push_str(&gaps[index].replace('#', &index.to_string()));
        match piece {
            Piece::Token(token) => text.push_str(token),
            Piece::Doc(line) => {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    text.push_str(&gaps[pieces.len()].replace('#', "end"));
    text
}

// 256 cases each by default; set PROPTEST_CASES for a longer run.
proptest! {
    #[test]
    fn generated_files_keep_content(text in file()) {
        prop_assert!(parses_cleanly(&text), "the generator wrote a file with syntax errors:\n{text}");
        format_and_check(&text);
    }

    #[test]
    fn range_edits_match_whole_file(text in file(), start in 0usize..4000, length in 0usize..400) {
        let start = floor_char_boundary(&text, start.min(text.len()));
        let end = floor_char_boundary(&text, (start + length).min(text.len()));
        let edits = journey_fmt::format_range(&text, start..end).expect("the generated file parses");
        let edited = apply(&text, &edits);
        // A range edit formats part of the file: the content is the same, and
        // formatting the rest gives the fully formatted text.
        prop_assert_eq!(comments(&edited), comments(&text));
        prop_assert_eq!(checked_model(&[("a.journey", &edited)]), checked_model(&[("a.journey", &text)]));
        prop_assert_eq!(journey_fmt::format(&edited).unwrap(), journey_fmt::format(&text).unwrap());
    }

    #[test]
    fn document_edits_give_formatted_text(text in file()) {
        let edits = journey_fmt::format_document(&text).expect("the generated file parses");
        prop_assert_eq!(apply(&text, &edits), journey_fmt::format(&text).unwrap());
    }

    #[test]
    fn quoted_strings_read_back(value in "\\PC*|[\\x00-\\x20\"\\\\\u{a0}\u{200b}\u{202e}]*") {
        let source = format!("person a {}", journey_fmt::quote(&value));
        let parse = journey_syntax::parse(journey_diagnostics::FileId(0), &source);
        prop_assert!(parse.diagnostics.is_empty(), "{source}");
        prop_assert_eq!(&parse.file.items[0].label.as_ref().unwrap().value, &value);
    }
}

/// Applies non-overlapping edits given in order.
fn apply(text: &str, edits: &[journey_fmt::TextEdit]) -> String {
    let mut result = String::with_capacity(text.len());
    let mut at = 0;
    for edit in edits {
        assert!(edit.range.start >= at, "edits overlap or are out of order: {edits:?}");
        result.push_str(&text[at..edit.range.start]);
        result.push_str(&edit.new_text);
        at = edit.range.end;
    }
    result.push_str(&text[at..]);
    result
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}
