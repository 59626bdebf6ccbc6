//! The content that formatting must keep: the syntax tree without its
//! spans, and the text of every comment.

use journey_diagnostics::Span;
use journey_syntax::ast::{Decl, Entry, SourceFile, Value, ValueKind};

use crate::printer::comment_text;

/// Returns whether two parses contain the same declarations, properties,
/// values, doc comments and comments, wherever they are in their texts.
pub fn same_content(before: &SourceFile, before_text: &str, after: &SourceFile, after_text: &str) -> bool {
    without_spans(before) == without_spans(after)
        && comment_texts(before, before_text) == comment_texts(after, after_text)
}

/// Returns the text of every comment outside the tree (an unattached `///`
/// included) as the formatter writes it, without trailing whitespace.
pub fn comment_texts(file: &SourceFile, text: &str) -> Vec<String> {
    file.comments
        .iter()
        .map(|comment| comment_text(&text[comment.span.range()], comment.kind))
        .collect()
}

fn without_spans(file: &SourceFile) -> Vec<Decl> {
    let mut items = file.items.clone();
    items.iter_mut().for_each(clear_decl);
    items
}

fn clear_decl(decl: &mut Decl) {
    decl.span = Span::default();
    decl.keyword.span = Span::default();
    if let Some(doc) = &mut decl.doc {
        doc.span = Span::default();
    }
    if let Some(name) = &mut decl.name {
        name.span = Span::default();
    }
    if let Some(label) = &mut decl.label {
        label.span = Span::default();
    }
    if let Some(body) = &mut decl.body {
        body.span = Span::default();
        for entry in &mut body.entries {
            match entry {
                Entry::Decl(decl) => clear_decl(decl),
                Entry::Property(property) => {
                    property.span = Span::default();
                    property.key.span = Span::default();
                    if let Some(value) = &mut property.value {
                        clear_value(value);
                    }
                }
            }
        }
    }
}

fn clear_value(value: &mut Value) {
    value.span = Span::default();
    match &mut value.kind {
        ValueKind::Person(word) | ValueKind::Every { unit: word, .. } => word.span = Span::default(),
        ValueKind::Path(words) => words.iter_mut().for_each(|word| word.span = Span::default()),
        ValueKind::String(literal) => literal.span = Span::default(),
        ValueKind::List(items) => items.iter_mut().for_each(clear_value),
        ValueKind::Number(_) | ValueKind::Percent(_) | ValueKind::Date(_) => {}
    }
}
