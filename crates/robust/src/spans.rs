//! Checks that spans point inside their text, on character boundaries.

use journey_diagnostics::{Diagnostic, FileId, FileSpan, Span};

/// Panics unless `span` is a valid range of `text`.
pub fn assert_in_text(span: Span, text: &str, what: &str) {
    let (start, end) = (span.start as usize, span.end as usize);
    assert!(start <= end, "{what}: span {start}..{end} is reversed");
    assert!(
        end <= text.len(),
        "{what}: span {start}..{end} ends past the text ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(start),
        "{what}: span start {start} is inside a character"
    );
    assert!(
        text.is_char_boundary(end),
        "{what}: span end {end} is inside a character"
    );
}

/// Panics unless every span of `diagnostic` (labels and fix edits) lies
/// inside the text of its file; `texts` returns a file's text by id.
pub fn assert_diagnostic<'a>(diagnostic: &Diagnostic, texts: &dyn Fn(FileId) -> Option<&'a str>) {
    let what = diagnostic.code.id;
    let check = |at: FileSpan| match texts(at.file) {
        Some(text) => assert_in_text(at.span, text, what),
        None => panic!("{what}: span in unknown file {:?}", at.file),
    };
    check(diagnostic.primary.at);
    for label in &diagnostic.related {
        check(label.at);
    }
    for edit in diagnostic.fix.iter().flat_map(|fix| &fix.edits) {
        check(edit.at);
    }
}
