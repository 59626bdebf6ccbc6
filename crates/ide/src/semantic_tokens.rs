//! Semantic highlighting: what each word of a file is, beyond what the
//! TextMate grammar can tell (a name's kind, whether it resolved).

use std::collections::HashMap;

use journey_diagnostics::{FileId, Span};
use journey_model::SymbolId;
use journey_model::schema::{DeclKind, ValueType};
use journey_syntax::ast::{CommentKind, Decl, Value, ValueKind, Word};

use crate::snapshot::Snapshot;
use crate::syntax::walk_decls;

/// The kind of a highlighted range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HighlightTag {
    Keyword,
    Property,
    /// The name of a declaration of this kind, where declared or referred to.
    Name(DeclKind),
    /// A value the language defines (`validated`, `high`, `every`).
    Value,
    String,
    Number,
    Comment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HighlightModifier {
    /// The name where it is declared.
    Declaration,
    /// A doc comment.
    Documentation,
    /// A value the language defines.
    DefaultLibrary,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HighlightedRange {
    /// May span lines (doc comments, block comments, `"""` strings).
    pub span: Span,
    pub tag: HighlightTag,
    pub modifier: Option<HighlightModifier>,
}

impl Snapshot {
    /// The highlighted ranges of `file`, sorted and without overlaps.
    pub fn semantic_tokens(&self, file: FileId) -> Vec<HighlightedRange> {
        let (Some(parse), Some(data)) = (self.parse(file), self.file(file)) else {
            return Vec::new();
        };
        let references: HashMap<u32, SymbolId> = self
            .model()
            .references
            .iter()
            .filter(|reference| reference.at.file == file)
            .map(|reference| (reference.at.span.start, reference.target))
            .collect();
        let mut highlighter = Highlighter {
            snapshot: self,
            text: &data.parse_text,
            references,
            ranges: Vec::new(),
        };

        for comment in &parse.file.comments {
            let modifier = (comment.kind == CommentKind::Doc).then_some(HighlightModifier::Documentation);
            highlighter.push(comment.span, HighlightTag::Comment, modifier);
        }
        walk_decls(&parse.file.items, None, &mut |decl, kind| highlighter.decl(decl, kind));

        let mut ranges = highlighter.ranges;
        ranges.sort_by_key(|range| (range.span.start, range.span.end));
        ranges.dedup_by(|next, previous| next.span.start < previous.span.end);
        ranges
    }
}

struct Highlighter<'a> {
    snapshot: &'a Snapshot,
    /// The parsed text of the file being highlighted.
    text: &'a str,
    references: HashMap<u32, SymbolId>,
    ranges: Vec<HighlightedRange>,
}

impl Highlighter<'_> {
    fn push(&mut self, span: Span, tag: HighlightTag, modifier: Option<HighlightModifier>) {
        if !span.is_empty() {
            self.ranges.push(HighlightedRange { span, tag, modifier });
        }
    }

    /// Highlights a word that names a symbol, by the kind of symbol it resolved to.
    fn reference(&mut self, word: &Word) -> bool {
        let Some(target) = self.references.get(&word.span.start).copied() else {
            return false;
        };
        let kind = self.snapshot.symbol(target).kind;
        self.push(word.span, HighlightTag::Name(kind), None);
        true
    }

    fn decl(&mut self, decl: &Decl, kind: Option<DeclKind>) {
        if let Some(doc) = &decl.doc {
            self.push(doc.span, HighlightTag::Comment, Some(HighlightModifier::Documentation));
        }
        self.push(decl.keyword.span, HighlightTag::Keyword, None);
        if let Some(name) = &decl.name
            && !self.reference(name)
            && let Some(kind) = kind
        {
            self.push(
                name.span,
                HighlightTag::Name(kind),
                Some(HighlightModifier::Declaration),
            );
        }
        if let Some(label) = &decl.label {
            self.push(label.span, HighlightTag::String, None);
        }
        for property in decl.properties() {
            self.push(property.key.span, HighlightTag::Property, None);
            if let Some(value) = &property.value {
                let built_in = kind
                    .and_then(|kind| kind.property(&property.key.text))
                    .is_some_and(|schema| matches!(schema.value, ValueType::Keyword(_) | ValueType::Cadence));
                self.value(value, built_in);
            }
        }
    }

    fn value(&mut self, value: &Value, built_in: bool) {
        match &value.kind {
            ValueKind::Person(word) => {
                let with_at = Span {
                    start: word.span.start.saturating_sub(1),
                    end: word.span.end,
                };
                if self.references.contains_key(&word.span.start) {
                    self.push(with_at, HighlightTag::Name(DeclKind::Person), None);
                }
            }
            ValueKind::Path(segments) => {
                for word in segments {
                    if !self.reference(word) && built_in {
                        self.push(word.span, HighlightTag::Value, Some(HighlightModifier::DefaultLibrary));
                    }
                }
            }
            ValueKind::String(_) => self.push(value.span, HighlightTag::String, None),
            ValueKind::Number(_) | ValueKind::Percent(_) | ValueKind::Date(_) => {
                self.push(value.span, HighlightTag::Number, None)
            }
            ValueKind::Every { unit, .. } => {
                let every = Span {
                    start: value.span.start,
                    end: value.span.start + "every".len() as u32,
                };
                self.push(every, HighlightTag::Value, Some(HighlightModifier::DefaultLibrary));
                let count = Span {
                    start: every.end,
                    end: unit.span.start,
                };
                let count = self.trim(count);
                self.push(count, HighlightTag::Number, None);
                self.push(unit.span, HighlightTag::Value, Some(HighlightModifier::DefaultLibrary));
            }
            ValueKind::List(items) => {
                for item in items {
                    self.value(item, built_in);
                }
            }
        }
    }

    /// Shrinks a span to the text between its surrounding whitespace.
    fn trim(&self, span: Span) -> Span {
        let text = &self.text[span.range()];
        let start = span.start + (text.len() - text.trim_start().len()) as u32;
        let end = span.end - (text.len() - text.trim_end().len()) as u32;
        Span {
            start,
            end: end.max(start),
        }
    }
}
