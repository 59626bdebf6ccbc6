//! Byte offsets and the (line, column) positions that editors send.
//!
//! Every feature of this crate works on byte offsets. Editors count columns
//! in UTF-16 code units (VS Code), UTF-8 bytes or Unicode scalar values,
//! depending on the position encoding they negotiate, so [`LineIndex`]
//! converts both ways in each encoding.

use std::sync::Arc;

use line_index::{TextSize, WideEncoding, WideLineCol};

/// How the columns of a position are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum PositionEncoding {
    /// UTF-8 bytes.
    Utf8,
    /// UTF-16 code units: the encoding every LSP client supports.
    #[default]
    Utf16,
    /// Unicode scalar values.
    Utf32,
}

impl PositionEncoding {
    fn wide(self) -> Option<WideEncoding> {
        match self {
            PositionEncoding::Utf8 => None,
            PositionEncoding::Utf16 => Some(WideEncoding::Utf16),
            PositionEncoding::Utf32 => Some(WideEncoding::Utf32),
        }
    }
}

/// A zero-based line and a zero-based column counted in the units of a [`PositionEncoding`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

impl LineCol {
    pub fn new(line: u32, column: u32) -> Self {
        LineCol { line, column }
    }
}

/// The line starts of one text, for converting offsets to positions and back.
///
/// Lines end at `\n`; a `\r` before it belongs to no column a position can
/// name. A lone `\r` does not end a line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    text: Arc<str>,
    index: line_index::LineIndex,
}

impl LineIndex {
    pub fn new(text: Arc<str>) -> Self {
        let index = line_index::LineIndex::new(&text);
        LineIndex { text, index }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Converts a byte offset to a position. An offset past the end of the
    /// text, or inside a character, moves back to the nearest character start.
    pub fn line_col(&self, offset: u32, encoding: PositionEncoding) -> LineCol {
        let offset = floor_char_boundary(&self.text, offset as usize);
        let utf8 = self.index.line_col(TextSize::from(offset as u32));
        let Some(wide) = encoding.wide() else {
            return LineCol::new(utf8.line, utf8.col);
        };
        match self.index.to_wide(wide, utf8) {
            Some(position) => LineCol::new(position.line, position.col),
            None => LineCol::new(utf8.line, utf8.col),
        }
    }

    /// Converts a position to a byte offset. As LSP requires, a column past
    /// the end of its line means the end of the line, and a line past the
    /// end of the text means the end of the text. A column inside a
    /// character (half of a UTF-16 surrogate pair) means that character's start.
    pub fn offset(&self, position: LineCol, encoding: PositionEncoding) -> u32 {
        let Some(line) = self.index.line(position.line) else {
            return self.text.len() as u32;
        };
        let start = usize::from(line.start());
        let end = content_end(&self.text, start, usize::from(line.end()));
        let column = match encoding.wide() {
            None => position.column,
            Some(wide) => self
                .index
                .to_utf8(
                    wide,
                    WideLineCol {
                        line: position.line,
                        col: position.column,
                    },
                )
                .map_or(u32::MAX, |utf8| utf8.col),
        };
        let offset = start.saturating_add(column as usize).min(end);
        floor_char_boundary(&self.text, offset) as u32
    }

    /// The number of lines: one more than the number of `\n`.
    pub fn line_count(&self) -> u32 {
        self.index.line_col(self.index.len()).line + 1
    }
}

/// The end of a line's content: before its `\n` and a `\r` that precedes it.
fn content_end(text: &str, start: usize, end: usize) -> usize {
    let line = &text[start..end];
    let trimmed = line.strip_suffix('\n').unwrap_or(line);
    let trimmed = trimmed.strip_suffix('\r').unwrap_or(trimmed);
    start + trimmed.len()
}

pub(crate) fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(text: &str) -> LineIndex {
        LineIndex::new(Arc::from(text))
    }

    #[test]
    fn columns_after_multibyte_characters() {
        // é is 2 bytes and 1 UTF-16 unit; 😀 is 4 bytes and 2 UTF-16 units; 顧 is 3 bytes and 1 unit.
        let index = index("a\né😀顧x\n");
        let x = "a\né😀顧".len() as u32;
        assert_eq!(index.line_col(x, PositionEncoding::Utf8), LineCol::new(1, 9));
        assert_eq!(index.line_col(x, PositionEncoding::Utf16), LineCol::new(1, 4));
        assert_eq!(index.line_col(x, PositionEncoding::Utf32), LineCol::new(1, 3));
        for encoding in [PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32] {
            assert_eq!(index.offset(index.line_col(x, encoding), encoding), x, "{encoding:?}");
        }
    }

    #[test]
    fn positions_past_the_end_are_clamped() {
        let index = index("ab\r\ncd");
        assert_eq!(index.offset(LineCol::new(0, 10), PositionEncoding::Utf16), 2);
        assert_eq!(index.offset(LineCol::new(1, 10), PositionEncoding::Utf16), 6);
        assert_eq!(index.offset(LineCol::new(7, 0), PositionEncoding::Utf16), 6);
        assert_eq!(index.line_col(100, PositionEncoding::Utf16), LineCol::new(1, 2));
    }

    #[test]
    fn column_inside_surrogate_pair_moves_to_character_start() {
        let index = index("😀x");
        assert_eq!(index.offset(LineCol::new(0, 1), PositionEncoding::Utf16), 0);
        assert_eq!(index.offset(LineCol::new(0, 2), PositionEncoding::Utf16), 4);
        assert_eq!(index.line_col(2, PositionEncoding::Utf16), LineCol::new(0, 0));
    }

    #[test]
    fn line_count_counts_the_last_line() {
        assert_eq!(index("").line_count(), 1);
        assert_eq!(index("a\n").line_count(), 2);
        assert_eq!(index("a\nb").line_count(), 2);
    }
}
