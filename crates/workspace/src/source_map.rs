//! File paths and texts by `FileId`, with line and column lookup.

use std::sync::{Arc, OnceLock};

use journey_diagnostics::FileId;
use line_index::{LineIndex, TextSize, WideEncoding};

/// A one-based line and column; the column counts Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineColumn {
    pub line: u32,
    pub column: u32,
}

#[derive(Debug, Clone)]
struct Source {
    path: String,
    text: Arc<str>,
    /// Built on the first lookup: most files of a large workspace have no
    /// diagnostic, so most commands never need their lines.
    index: Arc<OnceLock<LineIndex>>,
}

impl Source {
    fn index(&self) -> &LineIndex {
        self.index.get_or_init(|| LineIndex::new(&self.text))
    }
}

/// The texts of a workspace, indexed by `FileId`.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    sources: Vec<Source>,
}

impl SourceMap {
    pub fn add(&mut self, path: String, text: Arc<str>) -> FileId {
        let id = FileId(self.sources.len() as u32);
        self.sources.push(Source {
            path,
            text,
            index: Arc::new(OnceLock::new()),
        });
        id
    }

    /// Returns a copy whose paths start with `root`, for messages read from
    /// the folder the command ran in. The texts are shared, not copied.
    pub fn with_root(&self, root: &std::path::Path) -> SourceMap {
        if root.as_os_str().is_empty() || root == std::path::Path::new(".") {
            return self.clone();
        }
        let root = root.to_string_lossy();
        let root = root.trim_end_matches('/');
        let sources = self
            .sources
            .iter()
            .map(|source| Source {
                path: format!("{root}/{}", source.path),
                ..source.clone()
            })
            .collect();
        SourceMap { sources }
    }

    pub fn len(&self) -> usize {
        self.sources.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }

    pub fn path(&self, file: FileId) -> &str {
        &self.sources[file.0 as usize].path
    }

    pub fn text(&self, file: FileId) -> &str {
        &self.sources[file.0 as usize].text
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &str, &str)> {
        self.sources
            .iter()
            .enumerate()
            .map(|(index, source)| (FileId(index as u32), source.path.as_str(), &*source.text))
    }

    /// Converts a byte offset to a one-based line and character column.
    pub fn line_column(&self, file: FileId, offset: u32) -> LineColumn {
        let source = &self.sources[file.0 as usize];
        let offset = floor_char_boundary(&source.text, offset as usize);
        let position = source.index().line_col(TextSize::from(offset as u32));
        let line_start = source
            .index()
            .line(position.line)
            .map_or(0, |range| usize::from(range.start()));
        // A byte order mark is invisible in editors, so it takes no column.
        let before = source.text[line_start..offset].trim_start_matches('\u{FEFF}');
        let column = before.chars().count() as u32;
        LineColumn {
            line: position.line + 1,
            column: column + 1,
        }
    }

    /// Converts a byte offset to a zero-based line and UTF-16 column, as LSP clients count.
    pub fn utf16_position(&self, file: FileId, offset: u32) -> (u32, u32) {
        let source = &self.sources[file.0 as usize];
        let offset = floor_char_boundary(&source.text, offset as usize);
        let position = source.index().line_col(TextSize::from(offset as u32));
        let wide = source
            .index()
            .to_wide(WideEncoding::Utf16, position)
            .map_or(position.col, |wide| wide.col);
        (position.line, wide)
    }
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_utf16_units() {
        let mut map = SourceMap::default();
        let file = map.add("a.journey".into(), Arc::from("é😀x\nab"));
        let x = "é😀".len() as u32;
        assert_eq!(map.line_column(file, x), LineColumn { line: 1, column: 3 });
        assert_eq!(map.utf16_position(file, x), (0, 3));
        assert_eq!(map.line_column(file, x + 3), LineColumn { line: 2, column: 2 });
    }
}
