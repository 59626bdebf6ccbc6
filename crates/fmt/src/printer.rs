//! The output buffer: separators, indentation, blank lines and the placement
//! of comments.
//!
//! The layout code requests tokens in source order, each with the separator
//! it wants before it. Before writing a token, the printer writes every
//! comment that comes before it in the source. A comment that shared a line
//! with the previous token stays at the end of that line, a `/* */` comment
//! between two tokens of a line stays right before the second, and a comment
//! that started its own line gets its own line. A `//` comment always ends
//! its line, so the next token moves to a new line when the layout wanted a
//! space.

use journey_diagnostics::Span;
use journey_syntax::ast::{Comment, CommentKind};
use unicode_width::UnicodeWidthStr;

use crate::LINE_WIDTH;

/// Spaces per indentation level.
pub(crate) const INDENT: usize = 2;

/// The separator between the text written last and the next token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sep {
    /// Nothing, as between `[` and the first item of a one-line list.
    Tight,
    /// Spaces on the same line; none at the start of a line.
    Spaces(usize),
    /// A new line at the block's indentation. With `blank`, one blank line
    /// is kept when the source had at least one there.
    Line { blank: bool },
    /// A new line one level deeper than the block: the rest of a property
    /// or header that a comment broke.
    Continuation,
}

impl Sep {
    /// Returns the separator to use when a comment forces a line break here.
    fn broken(self) -> Sep {
        match self {
            Sep::Tight | Sep::Spaces(_) => Sep::Continuation,
            line => line,
        }
    }

    /// Returns the separator after a `/* */` comment written inside a line.
    fn spaced(self) -> Sep {
        match self {
            Sep::Tight => Sep::Spaces(1),
            other => other,
        }
    }

    /// Returns the separator after a comment on its own line, which keeps
    /// blank lines between the comment and the next entry.
    fn after_comment(self) -> Sep {
        match self {
            Sep::Line { .. } => Sep::Line { blank: true },
            other => other,
        }
    }
}

/// The place of a comment in the output, decided from its place in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placement {
    /// After the code on the line of the last token: the comment followed
    /// that token on its line, and no code follows the comment there.
    EndOfLine,
    /// A `/* */` comment between two tokens of one line: it stays right
    /// before the next token, wherever the layout puts that token.
    BeforeNext,
    /// On a line of its own, as in the source. With `then_same_line`, a
    /// `/* */` comment keeps what followed it on its line.
    OwnLine { then_same_line: bool },
}

pub(crate) struct Printer<'src> {
    pub(crate) source: &'src str,
    comments: &'src [Comment],
    /// The first comment not yet written.
    next_comment: usize,
    out: String,
    /// The current block nesting.
    pub(crate) depth: usize,
    /// The separator to write before the next token.
    sep: Sep,
    /// The source offset where the last token or comment written ends, `None` before the first.
    last_end: Option<usize>,
    at_line_start: bool,
}

impl<'src> Printer<'src> {
    pub(crate) fn new(source: &'src str, comments: &'src [Comment]) -> Self {
        Printer {
            source,
            comments,
            next_comment: 0,
            out: String::with_capacity(source.len() + source.len() / 8),
            depth: 0,
            sep: Sep::Tight,
            last_end: None,
            at_line_start: true,
        }
    }

    /// Writes a token of the source after `sep` and the comments before it.
    pub(crate) fn token(&mut self, sep: Sep, text: &str, span: Span) {
        self.prepare(sep, span.start as usize);
        self.write_sep(span.start as usize);
        self.write(text);
        self.last_end = Some(span.end as usize);
    }

    /// Writes punctuation that the tree does not record (`:` and `,`) right
    /// after the previous token, so comments never come between them.
    pub(crate) fn punct(&mut self, text: &str) {
        self.write(text);
    }

    /// Sets the separator for the next token and writes the comments before
    /// `before`, which may turn the separator into a line break.
    pub(crate) fn prepare(&mut self, sep: Sep, before: usize) {
        self.sep = sep;
        self.flush_comments(before);
    }

    /// The separator the next token will get.
    pub(crate) fn pending(&self) -> Sep {
        self.sep
    }

    /// Writes every comment that starts before `before`.
    pub(crate) fn flush_comments(&mut self, before: usize) {
        let before = before.min(self.source.len());
        while self
            .comments
            .get(self.next_comment)
            .is_some_and(|comment| (comment.span.start as usize) < before)
        {
            let placement = self.placement(before);
            let comment = &self.comments[self.next_comment];
            self.next_comment += 1;
            self.comment(comment, placement);
        }
    }

    /// Writes the comments before `before` that stay at the end of the line
    /// of the last token, and stops at the first one that goes elsewhere.
    pub(crate) fn flush_trailing(&mut self, before: usize) {
        let before = before.min(self.source.len());
        while self
            .comments
            .get(self.next_comment)
            .is_some_and(|comment| (comment.span.start as usize) < before)
        {
            let placement = self.placement(before);
            if placement != Placement::EndOfLine {
                break;
            }
            let comment = &self.comments[self.next_comment];
            self.next_comment += 1;
            self.comment(comment, placement);
        }
    }

    /// Decides where the next comment goes, given that the next token starts at `before`.
    fn placement(&self, before: usize) -> Placement {
        let comment = &self.comments[self.next_comment];
        let (start, end) = (comment.span.start as usize, comment.span.end as usize);
        let next_comment = self
            .comments
            .get(self.next_comment + 1)
            .map(|next| next.span.start as usize)
            .filter(|&next| next < before);
        let next_start = next_comment.unwrap_or(before);
        let same_line = comment.kind == CommentKind::Block && !self.source[end..next_start].contains('\n');
        if !self.is_trailing(start) {
            return Placement::OwnLine {
                then_same_line: same_line,
            };
        }
        if same_line && next_comment.is_none() {
            Placement::BeforeNext
        } else {
            Placement::EndOfLine
        }
    }

    /// Returns whether `text` fits on the current line after the pending
    /// separator, with `trailing` more columns after it.
    pub(crate) fn fits(&self, text: &str, trailing: usize) -> bool {
        let start = match self.sep {
            Sep::Tight => self.column(),
            Sep::Spaces(count) if !self.at_line_start => self.column() + count,
            Sep::Spaces(_) => self.column(),
            Sep::Line { .. } => self.depth * INDENT,
            Sep::Continuation => (self.depth + 1) * INDENT,
        };
        start + text.width() + trailing <= LINE_WIDTH
    }

    /// Returns whether a comment starts strictly inside `span`.
    pub(crate) fn has_comment_within(&self, span: Span) -> bool {
        let first = self
            .comments
            .partition_point(|comment| comment.span.start <= span.start);
        self.comments
            .get(first)
            .is_some_and(|comment| comment.span.start < span.end)
    }

    /// Returns the source offset and the output offset of the end of the last thing written.
    pub(crate) fn position(&self) -> (usize, usize) {
        (self.last_end.unwrap_or(0), self.out.len())
    }

    /// Ends the text: no trailing spaces, and one final newline unless it is empty.
    pub(crate) fn finish(mut self) -> String {
        self.trim_trailing_spaces();
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out
    }

    fn comment(&mut self, comment: &Comment, placement: Placement) {
        let range = comment.span.range();
        let text = comment_text(&self.source[range.clone()], comment.kind);
        let ends_line = comment.kind != CommentKind::Block;
        match placement {
            Placement::EndOfLine => {
                if !self.at_line_start {
                    self.out.push(' ');
                }
                self.write(&text);
                self.sep = if ends_line {
                    self.sep.broken()
                } else {
                    self.sep.spaced()
                };
            }
            Placement::BeforeNext => {
                self.write_sep(range.start);
                if !self.at_line_start && !self.out.ends_with(' ') {
                    self.out.push(' ');
                }
                self.write(&text);
                self.sep = Sep::Spaces(1);
            }
            Placement::OwnLine { then_same_line } => {
                let sep = self.sep.broken();
                self.sep = sep;
                self.write_sep(range.start);
                self.write(&text);
                self.sep = if then_same_line {
                    Sep::Spaces(1)
                } else {
                    sep.after_comment()
                };
            }
        }
        self.last_end = Some(range.end);
    }

    /// Returns whether a comment starting at `start` is on the line of the last token.
    fn is_trailing(&self, start: usize) -> bool {
        self.last_end
            .is_some_and(|end| self.source.get(end..start).is_some_and(|gap| !gap.contains('\n')))
    }

    /// Writes the pending separator; `next_start` is where the next token or
    /// comment starts in the source, to look for a blank line before it.
    fn write_sep(&mut self, next_start: usize) {
        match std::mem::replace(&mut self.sep, Sep::Tight) {
            Sep::Tight => {}
            Sep::Spaces(count) => {
                if !self.at_line_start {
                    self.out.extend(std::iter::repeat_n(' ', count));
                }
            }
            Sep::Line { blank } => {
                let blank = blank && self.blank_line_before(next_start);
                self.newline(blank, self.depth);
            }
            Sep::Continuation => self.newline(false, self.depth + 1),
        }
    }

    fn blank_line_before(&self, next_start: usize) -> bool {
        self.last_end
            .and_then(|end| self.source.get(end..next_start))
            .is_some_and(|gap| gap.bytes().filter(|&byte| byte == b'\n').count() >= 2)
    }

    fn newline(&mut self, blank: bool, indent: usize) {
        if self.out.is_empty() {
            return;
        }
        self.trim_trailing_spaces();
        self.out.push('\n');
        if blank {
            self.out.push('\n');
        }
        self.out.extend(std::iter::repeat_n(' ', indent * INDENT));
        self.at_line_start = true;
    }

    fn write(&mut self, text: &str) {
        if !text.is_empty() {
            self.out.push_str(text);
            self.at_line_start = false;
        }
    }

    fn trim_trailing_spaces(&mut self) {
        let kept = self.out.trim_end_matches(' ').len();
        self.out.truncate(kept);
    }

    fn column(&self) -> usize {
        let line_start = self.out.rfind('\n').map_or(0, |index| index + 1);
        self.out[line_start..].width()
    }
}

/// Returns a comment as written, without trailing whitespace on any of its lines.
pub(crate) fn comment_text(raw: &str, kind: CommentKind) -> String {
    match kind {
        CommentKind::Line | CommentKind::Doc => raw.trim_end().to_owned(),
        CommentKind::Block => raw.lines().map(str::trim_end).collect::<Vec<_>>().join("\n"),
    }
}
