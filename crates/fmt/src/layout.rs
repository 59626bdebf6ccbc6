//! The walk over the syntax tree: where each declaration, block, property
//! and value goes, and when a block or a list stays on one line.

use journey_diagnostics::Span;
use journey_syntax::ast::{Block, Decl, Doc, Entry, Property, SourceFile, Value, ValueKind};

use crate::literal::{leaf_tokens, string_text};
use crate::printer::{Printer, Sep};

/// A formatted file, with the boundaries of its top-level declarations.
pub(crate) struct Printed {
    pub text: String,
    /// Pairs of (source offset, output offset), in order: the start of the
    /// file, then the end of each top-level declaration but the last (after
    /// the comments on its last line), then the end of the file. The
    /// declaration `i`, with the comments and blank lines before it, spans
    /// from `bounds[i]` to `bounds[i + 1]` in both texts.
    pub bounds: Vec<(usize, usize)>,
}

pub(crate) fn print(source: &str, file: &SourceFile) -> Printed {
    let mut printer = Printer::new(source, &file.comments);
    let mut bounds = vec![(0, 0)];
    for (index, item) in file.items.iter().enumerate() {
        if index > 0 {
            printer.flush_trailing(decl_start(item));
            bounds.push(printer.position());
        }
        printer.decl(item, Sep::Line { blank: true });
    }
    printer.prepare(Sep::Line { blank: true }, source.len());
    let text = printer.finish();
    bounds.push((source.len(), text.len()));
    Printed { text, bounds }
}

/// Returns where a declaration starts, its doc comment included.
fn decl_start(decl: &Decl) -> usize {
    decl.doc.as_ref().map_or(decl.span.start, |doc| doc.span.start) as usize
}

impl Printer<'_> {
    fn decl(&mut self, decl: &Decl, sep: Sep) {
        let mut sep = sep;
        if let Some(doc) = &decl.doc {
            self.doc(doc, sep);
            sep = Sep::Line { blank: false };
        }
        self.token(sep, &decl.keyword.text, decl.keyword.span);
        if let Some(name) = &decl.name {
            self.token(Sep::Spaces(1), &name.text, name.span);
        }
        if let Some(label) = &decl.label {
            self.token(Sep::Spaces(1), &string_text(self.source, label), label.span);
        }
        if let Some(body) = &decl.body {
            self.block(body);
        }
    }

    /// Writes each `///` line as written, on consecutive lines: blank lines
    /// inside a doc comment or after it would not change the documentation.
    fn doc(&mut self, doc: &Doc, sep: Sep) {
        let mut sep = sep;
        let mut offset = doc.span.start as usize;
        for raw in self.source[doc.span.range()].split('\n') {
            let line = raw.trim();
            if !line.is_empty() {
                let start = offset + raw.len() - raw.trim_start().len();
                self.token(sep, line, Span::new(start, start + line.len()));
                sep = Sep::Line { blank: false };
            }
            offset += raw.len() + 1;
        }
    }

    fn block(&mut self, block: &Block) {
        self.prepare(Sep::Spaces(1), block.span.start as usize);
        if let Some(flat) = self.flat_block(block).filter(|flat| self.fits(flat, 0)) {
            self.token(self.pending(), &flat, block.span);
            return;
        }

        let (open, close) = delimiters(block.span);
        self.token(self.pending(), "{", open);
        self.depth += 1;
        for (index, entry) in block.entries.iter().enumerate() {
            let sep = Sep::Line { blank: index > 0 };
            match entry {
                Entry::Property(property) => self.property(property, sep),
                Entry::Decl(decl) => self.decl(decl, sep),
            }
        }
        self.prepare(
            Sep::Line {
                blank: !block.entries.is_empty(),
            },
            close.start as usize,
        );
        self.depth -= 1;
        self.token(Sep::Line { blank: false }, "}", close);
    }

    /// Returns the block on one line when it may stay there: it was written
    /// on one line, contains no comment, and contains either only properties
    /// or a single declaration without a block. An empty block is always `{}`.
    fn flat_block(&self, block: &Block) -> Option<String> {
        if self.has_comment_within(block.span) {
            return None;
        }
        if block.entries.is_empty() {
            return Some("{}".to_owned());
        }
        if self.source[block.span.range()].contains('\n') {
            return None;
        }
        if let [Entry::Decl(decl)] = block.entries.as_slice() {
            return self.flat_decl(decl).map(|decl| format!("{{ {decl} }}"));
        }
        let mut properties = Vec::with_capacity(block.entries.len());
        for entry in &block.entries {
            let Entry::Property(property) = entry else { return None };
            let value = property
                .value
                .as_ref()
                .map_or(Some(String::new()), |value| self.flat_value(value))?;
            properties.push(format!("{}: {value}", property.key.text));
        }
        Some(format!("{{ {} }}", properties.join("  ")))
    }

    /// Returns a declaration on one line, unless it has a doc comment or a block.
    fn flat_decl(&self, decl: &Decl) -> Option<String> {
        if decl.doc.is_some() || decl.body.is_some() {
            return None;
        }
        let mut parts = vec![decl.keyword.text.to_string()];
        parts.extend(decl.name.as_ref().map(|name| name.text.to_string()));
        parts.extend(decl.label.as_ref().map(|label| string_text(self.source, label)));
        Some(parts.join(" "))
    }

    fn property(&mut self, property: &Property, sep: Sep) {
        self.token(sep, &property.key.text, property.key.span);
        self.punct(":");
        if let Some(value) = &property.value {
            self.value(value, Sep::Spaces(1), 0);
        }
    }

    /// Writes a value; `trailing` is the width of what must follow it on its line.
    fn value(&mut self, value: &Value, sep: Sep, trailing: usize) {
        if let ValueKind::List(items) = &value.kind {
            self.list(value, items, sep, trailing);
            return;
        }
        let (tokens, joiner) = leaf_tokens(self.source, value);
        let inner = if joiner.is_empty() { Sep::Tight } else { Sep::Spaces(1) };
        for (index, (text, span)) in tokens.iter().enumerate() {
            self.token(if index == 0 { sep } else { inner }, text, *span);
        }
    }

    /// Writes a list on one line when it fits and contains no comment, or else
    /// one item per line, each followed by a comma.
    fn list(&mut self, list: &Value, items: &[Value], sep: Sep, trailing: usize) {
        self.prepare(sep, list.span.start as usize);
        if let Some(flat) = self.flat_value(list).filter(|flat| self.fits(flat, trailing)) {
            self.token(self.pending(), &flat, list.span);
            return;
        }

        let (open, close) = delimiters(list.span);
        self.token(self.pending(), "[", open);
        self.depth += 1;
        for item in items {
            self.value(item, Sep::Line { blank: false }, 1);
            self.punct(",");
        }
        self.prepare(Sep::Line { blank: false }, close.start as usize);
        self.depth -= 1;
        self.token(Sep::Line { blank: false }, "]", close);
    }

    /// Returns a value on one line, or `None` when it contains a comment or a line break.
    fn flat_value(&self, value: &Value) -> Option<String> {
        if self.has_comment_within(value.span) {
            return None;
        }
        let text = match &value.kind {
            ValueKind::List(items) => {
                let items = items
                    .iter()
                    .map(|item| self.flat_value(item))
                    .collect::<Option<Vec<_>>>()?;
                format!("[{}]", items.join(", "))
            }
            _ => {
                let (tokens, joiner) = leaf_tokens(self.source, value);
                tokens
                    .into_iter()
                    .map(|(text, _)| text)
                    .collect::<Vec<_>>()
                    .join(joiner)
            }
        };
        (!text.contains('\n')).then_some(text)
    }
}

/// Returns the spans of the opening and closing delimiters of a block or a list.
fn delimiters(span: Span) -> (Span, Span) {
    (
        Span::new(span.start as usize, span.start as usize + 1),
        Span::new(span.end as usize - 1, span.end as usize),
    )
}
