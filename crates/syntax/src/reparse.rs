//! Incremental re-parsing: after an edit inside the braces of one top-level
//! declaration, only that declaration is lexed and parsed again, and the
//! spans of everything after it move by the change in length.
//!
//! The result is the tree and the diagnostics that [`parse`] would return
//! for the new text, and the tests compare both on random edits. Some edits
//! may change more than one declaration: an edit of the keyword, the name, a
//! brace or the text between declarations, or one after which the
//! declaration no longer ends at the same `}`. For those, [`reparse`]
//! returns `None` and the caller parses the whole file.

use journey_diagnostics::{Diagnostic, FileId, NESTING_TOO_DEEP, SYNTAX, Span, UNCLOSED_DELIMITER};

use crate::ast::*;
use crate::parser::{Parse, parse};

/// One replacement in a file's text: the bytes `start..end` of the old text
/// became `inserted` bytes of new text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextChange {
    pub start: u32,
    pub end: u32,
    pub inserted: u32,
}

impl TextChange {
    /// Returns the change in the text's length, in bytes.
    fn delta(self) -> i64 {
        i64::from(self.inserted) - i64::from(self.end - self.start)
    }
}

/// Re-parses the top-level declaration that `change` falls inside, given the
/// parse of the text before the change and `text`, the text after it.
/// Returns `None` when the whole file must be parsed again instead.
pub fn reparse(file: FileId, old: &Parse, text: &str, change: TextChange) -> Option<Parse> {
    if change.start > change.end {
        return None;
    }
    let items = &old.file.items;
    // The first declaration whose closing brace is after the change.
    let index = items.partition_point(|item| item.span.end <= change.end);
    let item = items.get(index)?;
    let body = item.body.as_ref().filter(|body| body.closed)?;
    // Strictly inside the braces: neither `{` nor `}` is replaced.
    if change.start <= body.span.start || change.end >= body.span.end {
        return None;
    }
    // Errors before the declaration can leave a brace or bracket open. The
    // declaration then starts deeper, so its parse depends on them.
    let affects_depth = |diagnostic: &Diagnostic| {
        let code = diagnostic.code.id;
        code == UNCLOSED_DELIMITER.id || code == SYNTAX.id || code == NESTING_TOO_DEEP.id
    };
    if old
        .diagnostics
        .iter()
        .any(|diagnostic| diagnostic.primary.at.span.start < item.span.start && affects_depth(diagnostic))
    {
        return None;
    }

    let delta = change.delta();
    let start = item.span.start as usize;
    let end = usize::try_from(i64::from(item.span.end) + delta).ok()?;
    let slice = text.get(start..end)?;
    let mut local = parse(file, slice);
    let [new_item] = local.file.items.as_mut_slice() else {
        return None;
    };
    // The declaration must still run from its keyword to its closing brace,
    // so that the tokens after it are lexed and parsed as before.
    let closed = new_item.body.as_ref().is_some_and(|body| body.closed);
    if !closed || new_item.span != Span::new(0, slice.len()) || new_item.doc.is_some() {
        return None;
    }

    let offset = i64::from(item.span.start);
    let mut new_item = local.file.items.pop().expect("matched one item above");
    shift_decl(&mut new_item, offset);
    new_item.doc.clone_from(&item.doc);

    let mut new_items = Vec::with_capacity(items.len());
    new_items.extend_from_slice(&items[..index]);
    new_items.push(new_item);
    for after in &items[index + 1..] {
        let mut after = after.clone();
        shift_decl(&mut after, delta);
        new_items.push(after);
    }

    let comments = &old.file.comments;
    let before = comments.partition_point(|comment| comment.span.end <= item.span.start);
    let after = comments.partition_point(|comment| comment.span.start < item.span.end);
    let mut new_comments = Vec::with_capacity(comments.len() - (after - before) + local.file.comments.len());
    new_comments.extend_from_slice(&comments[..before]);
    new_comments.extend(
        local
            .file
            .comments
            .iter()
            .map(|comment| shifted_comment(comment, offset)),
    );
    new_comments.extend(comments[after..].iter().map(|comment| shifted_comment(comment, delta)));

    // The old diagnostics inside the declaration are replaced by the new ones.
    let mut diagnostics = Vec::with_capacity(old.diagnostics.len() + local.diagnostics.len());
    for diagnostic in &old.diagnostics {
        let at = diagnostic.primary.at.span;
        if at.start < item.span.start {
            if at.end > item.span.start {
                return None;
            }
            diagnostics.push(diagnostic.clone());
        } else if at.start >= item.span.end {
            let mut diagnostic = diagnostic.clone();
            shift_diagnostic(&mut diagnostic, delta);
            diagnostics.push(diagnostic);
        }
    }
    for mut diagnostic in local.diagnostics {
        shift_diagnostic(&mut diagnostic, offset);
        diagnostics.push(diagnostic);
    }
    diagnostics.sort_by_key(|diagnostic| diagnostic.sort_key());

    Some(Parse {
        file: SourceFile {
            items: new_items,
            comments: new_comments,
        },
        diagnostics,
    })
}

fn shift_span(span: &mut Span, delta: i64) {
    // Spans fit in `u32` before and after the change, which keeps these in range.
    span.start = (i64::from(span.start) + delta) as u32;
    span.end = (i64::from(span.end) + delta) as u32;
}

fn shifted_comment(comment: &Comment, delta: i64) -> Comment {
    let mut comment = comment.clone();
    shift_span(&mut comment.span, delta);
    comment
}

fn shift_diagnostic(diagnostic: &mut Diagnostic, delta: i64) {
    shift_span(&mut diagnostic.primary.at.span, delta);
    for label in &mut diagnostic.related {
        shift_span(&mut label.at.span, delta);
    }
    for edit in diagnostic.fix.iter_mut().flat_map(|fix| &mut fix.edits) {
        shift_span(&mut edit.at.span, delta);
    }
}

fn shift_decl(decl: &mut Decl, delta: i64) {
    if let Some(doc) = &mut decl.doc {
        shift_span(&mut doc.span, delta);
    }
    shift_span(&mut decl.keyword.span, delta);
    if let Some(name) = &mut decl.name {
        shift_span(&mut name.span, delta);
    }
    if let Some(label) = &mut decl.label {
        shift_span(&mut label.span, delta);
    }
    if let Some(body) = &mut decl.body {
        shift_span(&mut body.span, delta);
        for entry in &mut body.entries {
            match entry {
                Entry::Property(property) => {
                    shift_span(&mut property.span, delta);
                    shift_span(&mut property.key.span, delta);
                    if let Some(value) = &mut property.value {
                        shift_value(value, delta);
                    }
                }
                Entry::Decl(decl) => shift_decl(decl, delta),
            }
        }
    }
    shift_span(&mut decl.span, delta);
}

fn shift_value(value: &mut Value, delta: i64) {
    shift_span(&mut value.span, delta);
    match &mut value.kind {
        ValueKind::Person(word) => shift_span(&mut word.span, delta),
        ValueKind::Path(words) => words.iter_mut().for_each(|word| shift_span(&mut word.span, delta)),
        ValueKind::String(string) => shift_span(&mut string.span, delta),
        ValueKind::Every { unit, .. } => shift_span(&mut unit.span, delta),
        ValueKind::List(values) => values.iter_mut().for_each(|value| shift_value(value, delta)),
        ValueKind::Number(_) | ValueKind::Percent(_) | ValueKind::Date(_) => {}
    }
}
