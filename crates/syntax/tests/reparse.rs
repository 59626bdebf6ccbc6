//! Re-parsing one declaration after an edit gives what parsing the whole
//! new text gives, and is used for the edits a user makes while typing.

use journey_diagnostics::FileId;
use journey_syntax::{Parse, TextChange, parse, reparse};
use proptest::prelude::*;

const FILE: FileId = FileId(3);

/// Three top-level declarations with comments, doc comments, nested blocks,
/// lists and an error after the edited part, so that shifted spans,
/// comments and diagnostics are all exercised.
const SOURCE: &str = r#"// People first.
person maya "Maya Laurent" { role: "Lead" }

/// The lifecycle.
journey lifecycle "Customer lifecycle" {
  owner: @maya
  persona: [newcomer, expat]
  /* stages */
  stage join "Join" {
    /// Signing up.
    step sign "Sign" {
      touchpoint "Online form" { channel: web }
      emotion: -1
    }
    kpi completion { target: 80%  actual: 62.5% }
  }
  review: every 45 days
}

/// After the edits.
journey renewal "Renewal" {
  owner: @maya
  stage renew "Renew" { step pay "Pay" $ }
  // trailing
}
"#;

/// Applies `inserted` in place of `start..end` and returns the new text with the change.
fn edit(text: &str, start: usize, end: usize, inserted: &str) -> (String, TextChange) {
    let mut new_text = text.to_owned();
    new_text.replace_range(start..end, inserted);
    let change = TextChange {
        start: start as u32,
        end: end as u32,
        inserted: inserted.len() as u32,
    };
    (new_text, change)
}

/// Re-parses after the edit, and checks the result against a whole parse.
fn reparse_checked(text: &str, start: usize, end: usize, inserted: &str) -> Option<Parse> {
    let old = parse(FILE, text);
    let (new_text, change) = edit(text, start, end, inserted);
    let result = reparse(FILE, &old, &new_text, change);
    if let Some(result) = &result {
        assert_eq!(*result, parse(FILE, &new_text), "after {inserted:?} at {start}..{end}");
    }
    result
}

fn at(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is in the source"))
}

#[test]
fn reparse_accepts_typed_letter() {
    let offset = at(SOURCE, "@maya\n  persona") + 3;
    assert!(reparse_checked(SOURCE, offset, offset, "x").is_some());
    assert!(reparse_checked(SOURCE, offset, offset + 1, "").is_some());
    // A one-line string stops at the end of its line, so an unmatched quote stays inside.
    assert!(reparse_checked(SOURCE, offset, offset, "\"").is_some());
}

#[test]
fn reparse_accepts_errors_inside_declaration() {
    let offset = at(SOURCE, "emotion: -1");
    let parse = reparse_checked(SOURCE, offset, offset, "owner: ").expect("stays inside the declaration");
    assert!(!parse.diagnostics.is_empty());
    // A new line inside a nested block, and a deleted doc comment.
    let offset = at(SOURCE, "kpi completion");
    assert!(reparse_checked(SOURCE, offset, offset, "\n  \n").is_some());
    let offset = at(SOURCE, "/// Signing up.");
    assert!(reparse_checked(SOURCE, offset, offset + "/// Signing up.".len(), "").is_some());
}

#[test]
fn reparse_rejects_edits_reaching_out() {
    let cases: &[(&str, usize, &str)] = &[
        // A brace that closes the journey early.
        ("stage join", 0, "}"),
        // An opened block comment or triple-quoted string runs past the closing brace.
        ("stage join", 0, "/*"),
        ("owner: @maya\n  persona", 7, "\"\"\""),
        // A top-level keyword ends the unclosed block before it.
        ("stage join", 0, "journey other {\n"),
    ];
    for (needle, shift, inserted) in cases {
        let offset = at(SOURCE, needle) + shift;
        assert!(
            reparse_checked(SOURCE, offset, offset, inserted).is_none(),
            "{inserted:?} should need a whole parse"
        );
    }
    // The keyword, the name, the braces and the text between declarations.
    for needle in [
        "journey lifecycle",
        "lifecycle \"",
        "{\n  owner",
        "}\n\n/// After",
        "\n\n/// After",
    ] {
        let offset = at(SOURCE, needle);
        assert!(
            reparse_checked(SOURCE, offset, offset + 1, "x").is_none(),
            "editing {needle:?}"
        );
    }
}

#[test]
fn reparse_rejects_after_unclosed_block() {
    let source = "journey a \"A\" {\n  stage s {\n}\njourney b \"B\" { owner: @maya }\n";
    let offset = at(source, "@maya") + 1;
    assert!(reparse_checked(source, offset, offset, "x").is_none());
}

/// Fragments that change how the text lexes and parses.
const FRAGMENTS: &[&str] = &[
    "x",
    "",
    " ",
    "\n",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"",
    "\"\"\"",
    "/*",
    "*/",
    "//",
    "///",
    "@",
    "$",
    "é",
    "80%",
    "stage s {",
    "journey j {",
    "owner: @maya",
    "step t \"T\"",
    "\\u{41}",
    "\"a\\qb\"",
];

fn char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Whenever `reparse` accepts an edit, its result is the whole parse's.
    #[test]
    fn reparse_equals_a_whole_parse(
        start in 0..SOURCE.len(),
        length in 0usize..12,
        fragments in prop::collection::vec(prop::sample::select(FRAGMENTS), 1..4),
    ) {
        let start = char_boundary(SOURCE, start);
        let end = char_boundary(SOURCE, start + length).max(start);
        reparse_checked(SOURCE, start, end, &fragments.concat());
    }

    /// Several edits in a row, each against the previous result.
    #[test]
    fn reparse_chains_over_several_edits(
        edits in prop::collection::vec((0..SOURCE.len(), 0usize..4, prop::sample::select(FRAGMENTS)), 1..8),
    ) {
        let mut text = SOURCE.to_owned();
        let mut current = parse(FILE, &text);
        for (start, length, inserted) in edits {
            let start = char_boundary(&text, start);
            let end = char_boundary(&text, start + length).max(start);
            let (new_text, change) = edit(&text, start, end, inserted);
            current = reparse(FILE, &current, &new_text, change).unwrap_or_else(|| parse(FILE, &new_text));
            prop_assert_eq!(&current, &parse(FILE, &new_text));
            text = new_text;
        }
    }
}
