//! Folding ranges: blocks, multi-line lists and strings, and comments.

use journey_diagnostics::{FileId, Span};
use journey_syntax::ast::{CommentKind, Decl, Value, ValueKind};

use crate::line_index::{LineIndex, PositionEncoding};
use crate::snapshot::Snapshot;
use crate::syntax::walk_decls;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoldKind {
    Region,
    Comment,
}

/// Lines that fold, by line number. The line of a closing `}` or `]` stays
/// visible: the range ends on the line before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoldingRange {
    pub start_line: u32,
    pub end_line: u32,
    pub kind: FoldKind,
}

impl Snapshot {
    pub fn folding_ranges(&self, file: FileId) -> Vec<FoldingRange> {
        let (Some(parse), Some(index)) = (self.parse(file), self.line_index(file)) else {
            return Vec::new();
        };
        let mut folds = Folds {
            index,
            ranges: Vec::new(),
        };

        walk_decls(&parse.file.items, None, &mut |decl, _| folds.decl(decl));
        folds.comments(parse.file.comments.iter().map(|comment| (comment.kind, comment.span)));

        let mut ranges = folds.ranges;
        ranges.sort_by_key(|range| (range.start_line, range.end_line));
        ranges.dedup();
        ranges
    }
}

struct Folds<'a> {
    index: &'a LineIndex,
    ranges: Vec<FoldingRange>,
}

impl Folds<'_> {
    fn line(&self, offset: u32) -> u32 {
        self.index.line_col(offset, PositionEncoding::Utf8).line
    }

    fn push(&mut self, start_line: u32, end_line: u32, kind: FoldKind) {
        if end_line > start_line {
            self.ranges.push(FoldingRange {
                start_line,
                end_line,
                kind,
            });
        }
    }

    /// A range that ends with a closing bracket, which stays visible.
    fn bracketed(&mut self, span: Span, closed: bool) {
        let start = self.line(span.start);
        let end = self.line(span.end.saturating_sub(1));
        let end = if closed { end.saturating_sub(1) } else { end };
        self.push(start, end, FoldKind::Region);
    }

    fn decl(&mut self, decl: &Decl) {
        if let Some(doc) = &decl.doc {
            self.push(
                self.line(doc.span.start),
                self.line(doc.span.end.saturating_sub(1)),
                FoldKind::Comment,
            );
        }
        if let Some(label) = decl.label.as_ref().filter(|label| label.triple) {
            self.push(self.line(label.span.start), self.line(label.span.end), FoldKind::Region);
        }
        if let Some(body) = &decl.body {
            self.bracketed(body.span, body.closed);
        }
        for property in decl.properties() {
            if let Some(value) = &property.value {
                self.value(value);
            }
        }
    }

    fn value(&mut self, value: &Value) {
        match &value.kind {
            ValueKind::List(items) => {
                self.bracketed(value.span, true);
                for item in items {
                    self.value(item);
                }
            }
            ValueKind::String(string) if string.triple => {
                self.push(self.line(value.span.start), self.line(value.span.end), FoldKind::Region);
            }
            _ => {}
        }
    }

    /// Block comments fold alone; line comments on consecutive lines fold together.
    fn comments(&mut self, comments: impl Iterator<Item = (CommentKind, Span)>) {
        let mut run: Option<(u32, u32)> = None;
        for (kind, span) in comments {
            let (start, end) = (self.line(span.start), self.line(span.end.saturating_sub(1)));
            if kind == CommentKind::Block {
                self.push(start, end, FoldKind::Comment);
                continue;
            }
            run = match run {
                Some((first, last)) if start == last + 1 => Some((first, start)),
                Some((first, last)) => {
                    self.push(first, last, FoldKind::Comment);
                    Some((start, end))
                }
                None => Some((start, end)),
            };
        }
        if let Some((first, last)) = run {
            self.push(first, last, FoldKind::Comment);
        }
    }
}
