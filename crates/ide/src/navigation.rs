//! Go to definition, find references and document highlight.

use journey_diagnostics::{FileId, FileSpan, Span};

use crate::snapshot::Snapshot;

/// One occurrence of the symbol under the cursor in the current file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlight {
    pub span: Span,
    /// Whether this is the declaration rather than a reference.
    pub declaration: bool,
}

impl Snapshot {
    /// The name of the declaration that the name at `offset` refers to.
    pub fn definition(&self, file: FileId, offset: u32) -> Option<FileSpan> {
        let (id, _) = self.named_symbol_at(file, offset)?;
        Some(self.symbol(id).name_span)
    }

    /// Every place that names the symbol at `offset`, across files, sorted.
    pub fn references(&self, file: FileId, offset: u32, with_declaration: bool) -> Vec<FileSpan> {
        match self.named_symbol_at(file, offset) {
            Some((id, _)) => self.occurrences(id, with_declaration),
            None => Vec::new(),
        }
    }

    /// The occurrences of the symbol at `offset` inside `file`.
    pub fn highlights(&self, file: FileId, offset: u32) -> Vec<Highlight> {
        let Some((id, _)) = self.named_symbol_at(file, offset) else {
            return Vec::new();
        };
        let declaration = self.symbol(id).name_span;
        self.occurrences(id, true)
            .into_iter()
            .filter(|at| at.file == file)
            .map(|at| Highlight {
                span: at.span,
                declaration: at == declaration,
            })
            .collect()
    }
}
