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

/// Returns the edits that turn `source` into the formatted text.
pub(crate) fn document_edits(source: &str, printed: &Printed) -> Vec<TextEdit> {
    line_edits(source, &printed.text, 0)
}

/// Returns the edits that format the top-level declarations touched by `range`,
/// with the comments and blank lines before each of them.
pub(crate) fn range_edits(source: &str, printed: &Printed, range: Range<usize>) -> Vec<TextEdit> {
    let bounds = &printed.bounds;
    let regions = bounds.len() - 1;
    // Region `i` spans from bounds[i] to bounds[i + 1] in both texts.
    let first = bounds[..regions]
        .partition_point(|&(start, _)| start <= range.start)
        .saturating_sub(1);
    let last = if range.end > range.start {
        bounds[..regions]
            .partition_point(|&(start, _)| start < range.end)
            .saturating_sub(1)
            .max(first)
    } else {
        first
    };

    let (source_start, output_start) = bounds[first];
    let (mut source_end, output_end) = bounds[last + 1];
    if last + 1 < regions {
        source_end = through_line_end_spaces(source, source_end);
    }
    line_edits(
        &source[source_start..source_end],
        &printed.text[output_start..output_end],
        source_start,
    )
}

/// Moves `offset` past the spaces that end its line, so that the trailing
/// whitespace of a formatted region goes too. Stays put when code follows
/// on the same line.
fn through_line_end_spaces(source: &str, offset: usize) -> usize {
    let rest = &source[offset..];
    let spaces = rest.len() - rest.trim_start_matches([' ', '\t', '\r']).len();
    if rest[spaces..].starts_with('\n') {
        offset + spaces
    } else {
        offset
    }
}

/// Returns the line-by-line differences between `old` and `new`, as edits
/// of the text in which `old` starts at byte `offset`.
///
/// The edits fill the gaps between the runs of equal lines that `similar`
/// finds. NOTE: only its equal runs are read, because in similar 2.7 the
/// line indices of insertions and deletions can be out of order after it
/// compacts a diff. Runs that are not in order, or not equal, give one edit
/// of the whole text instead.
fn line_edits(old: &str, new: &str, offset: usize) -> Vec<TextEdit> {
    if old == new {
        return Vec::new();
    }
    let diff = TextDiff::from_lines(old, new);
    let (old_lines, new_lines) = (diff.old_slices(), diff.new_slices());
    let (old_starts, new_starts) = (line_starts(old_lines), line_starts(new_lines));
    let whole = || {
        vec![TextEdit {
            range: offset..offset + old.len(),
            new_text: new.to_owned(),
        }]
    };

    let equal_runs = diff
        .ops()
        .iter()
        .filter(|op| op.tag() == DiffTag::Equal)
        .map(|op| (op.old_range(), op.new_range()));
    let end = (old_lines.len()..old_lines.len(), new_lines.len()..new_lines.len());
    let mut edits = Vec::new();
    let (mut old_line, mut new_line) = (0, 0);
    for (old_run, new_run) in equal_runs.chain(std::iter::once(end)) {
        if old_run.start < old_line
            || new_run.start < new_line
            || old_lines[old_run.clone()] != new_lines[new_run.clone()]
        {
            return whole();
        }
        if (old_run.start, new_run.start) != (old_line, new_line) {
            edits.push(TextEdit {
                range: offset + old_starts[old_line]..offset + old_starts[old_run.start],
                new_text: new[new_starts[new_line]..new_starts[new_run.start]].to_owned(),
            });
        }
        (old_line, new_line) = (old_run.end, new_run.end);
    }
    edits
}

/// Returns the byte offset of each line's start, then the length of the text.
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
