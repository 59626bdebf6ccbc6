//! Formatting as text edits, for editors: the whole document, or only the
//! top-level declarations that a range touches.

use std::ops::Range;

use similar::{DiffTag, TextDiff};

use crate::layout::Printed;

/// Replace the bytes `range` of the original text with `new_text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEdit {
    /// Byte offsets into the original text.
    pub range: Range<usize>,
    pub new_text: String,
}

/// The edits that turn `source` into the formatted text.
pub(crate) fn document_edits(source: &str, printed: &Printed) -> Vec<TextEdit> {
    line_edits(source, &printed.text, 0)
}

/// The edits that format the top-level declarations touched by `range`,
/// with the comments and blank lines before each of them.
pub(crate) fn range_edits(source: &str, printed: &Printed, range: Range<usize>) -> Vec<TextEdit> {
    let bounds = &printed.bounds;
    let regions = bounds.len() - 1;
    // Region `i` spans from bounds[i] to bounds[i + 1] in both texts.
    let first = bounds[..regions].partition_point(|&(start, _)| start <= range.start).saturating_sub(1);
    let last = if range.end > range.start {
        bounds[..regions].partition_point(|&(start, _)| start < range.end).saturating_sub(1).max(first)
    } else {
        first
    };

    let (source_start, output_start) = bounds[first];
    let (mut source_end, output_end) = bounds[last + 1];
    if last + 1 < regions {
        source_end = through_line_end_spaces(source, source_end);
    }
    line_edits(&source[source_start..source_end], &printed.text[output_start..output_end], source_start)
}

/// Moves `offset` past the spaces that end its line, so that the trailing
/// whitespace of a formatted region goes too. Stays put when code follows
/// on the same line.
fn through_line_end_spaces(source: &str, offset: usize) -> usize {
    let rest = &source[offset..];
    let spaces = rest.len() - rest.trim_start_matches([' ', '\t', '\r']).len();
    if rest[spaces..].starts_with('\n') { offset + spaces } else { offset }
}

/// The line-by-line differences between `old` and `new`, as edits of the
/// text in which `old` starts at byte `offset`.
fn line_edits(old: &str, new: &str, offset: usize) -> Vec<TextEdit> {
    if old == new {
        return Vec::new();
    }
    let diff = TextDiff::from_lines(old, new);
    let old_starts = line_starts(diff.old_slices());
    let new_starts = line_starts(diff.new_slices());
    diff.ops()
        .iter()
        .filter(|op| op.tag() != DiffTag::Equal)
        .map(|op| {
            let (old_lines, new_lines) = (op.old_range(), op.new_range());
            TextEdit {
                range: offset + old_starts[old_lines.start]..offset + old_starts[old_lines.end],
                new_text: new[new_starts[new_lines.start]..new_starts[new_lines.end]].to_owned(),
            }
        })
        .collect()
}

/// The byte offset of each line's start, and the length of the text last.
fn line_starts(lines: &[&str]) -> Vec<usize> {
    let mut starts = Vec::with_capacity(lines.len() + 1);
    let mut offset = 0;
    starts.push(0);
    for line in lines {
        offset += line.len();
        starts.push(offset);
    }
    starts
}
