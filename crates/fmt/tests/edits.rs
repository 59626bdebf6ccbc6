//! Formatting as text edits, as the language server requests it: the whole
//! document, or the top-level declarations that a range touches.

use journey_fmt::{FormatError, TextEdit, format_document, format_range};

const MESSY: &str = "person a  \"A\"\n\n\n// About b.\nperson   b \"B\"{role:\"x\"}   \nperson   c \"C\"   // c\n";

fn apply(text: &str, edits: &[TextEdit]) -> String {
    let mut result = String::new();
    let mut at = 0;
    for edit in edits {
        assert!(edit.range.start >= at, "edits overlap or are out of order: {edits:?}");
        result.push_str(&text[at..edit.range.start]);
        result.push_str(&edit.new_text);
        at = edit.range.end;
    }
    result + &text[at..]
}

fn offset_of(needle: &str) -> usize {
    MESSY.find(needle).expect("the needle is in the text")
}

#[test]
fn range_formats_only_touched_declaration() {
    let at = offset_of("b \"B\"");
    let edits = format_range(MESSY, at..at + 1).unwrap();
    assert_eq!(
        apply(MESSY, &edits),
        "person a  \"A\"\n\n// About b.\nperson b \"B\" { role: \"x\" }\nperson   c \"C\"   // c\n"
    );
}

#[test]
fn cursor_formats_declaration_around_it() {
    let at = offset_of("c \"C\"");
    let edits = format_range(MESSY, at..at).unwrap();
    // The whitespace between two declarations goes with the second one.
    assert_eq!(
        apply(MESSY, &edits),
        "person a  \"A\"\n\n\n// About b.\nperson   b \"B\"{role:\"x\"}\nperson c \"C\" // c\n"
    );
}

#[test]
fn range_over_two_declarations() {
    let edits = format_range(MESSY, offset_of("a  ")..offset_of("b \"B\"")).unwrap();
    assert_eq!(
        apply(MESSY, &edits),
        "person a \"A\"\n\n// About b.\nperson b \"B\" { role: \"x\" }\nperson   c \"C\"   // c\n"
    );
}

#[test]
fn range_on_comment_formats_following_declaration() {
    let at = offset_of("About");
    let edits = format_range(MESSY, at..at).unwrap();
    assert_eq!(
        apply(MESSY, &edits),
        "person a  \"A\"\n\n// About b.\nperson b \"B\" { role: \"x\" }\nperson   c \"C\"   // c\n"
    );
}

#[test]
fn range_past_end_is_clamped() {
    let edits = format_range(MESSY, MESSY.len() - 2..MESSY.len() + 50).unwrap();
    assert_eq!(
        apply(MESSY, &edits),
        "person a  \"A\"\n\n\n// About b.\nperson   b \"B\"{role:\"x\"}\nperson c \"C\" // c\n"
    );
}

#[test]
fn whole_range_equals_document() {
    let formatted = journey_fmt::format(MESSY).unwrap();
    assert_eq!(apply(MESSY, &format_range(MESSY, 0..MESSY.len()).unwrap()), formatted);
    assert_eq!(apply(MESSY, &format_document(MESSY).unwrap()), formatted);
}

#[test]
fn document_edits_leave_unchanged_lines() {
    let text = "person a \"A\"\nperson   b \"B\"\nperson c \"C\"\n";
    let edits = format_document(text).unwrap();
    assert_eq!(
        edits,
        [TextEdit {
            range: 13..28,
            new_text: "person b \"B\"\n".to_owned()
        }]
    );
}

#[test]
fn formatted_text_needs_no_edit() {
    let formatted = journey_fmt::format(MESSY).unwrap();
    assert_eq!(format_document(&formatted).unwrap(), []);
    assert_eq!(format_range(&formatted, 0..formatted.len()).unwrap(), []);
}

#[test]
fn edits_rejected_on_syntax_errors() {
    let text = "person a \"A\"\nperson b \"B\" {\n";
    assert!(matches!(format_range(text, 0..1), Err(FormatError::Syntax(_))));
    assert!(matches!(format_document(text), Err(FormatError::Syntax(_))));
}
