//! Editor features as plain data: diagnostics, hover, go to definition,
//! references, rename, completion, symbols, folding, semantic tokens, code
//! actions, inlay hints and the journey under the cursor.
//!
//! A [`Workspace`] holds the files by path, with open buffers taking
//! precedence over disk texts, and produces a [`Snapshot`]: the analysis of
//! every file at one moment, on which each feature is a method. Positions
//! are byte offsets; [`LineIndex`] converts them to and from lines and
//! columns in the encoding the editor negotiated.
//!
//! This crate uses no protocol types: the language server converts its values to
//! LSP types. It does no IO and reads no clock: the caller passes file texts
//! and today's date. Text a person reads comes from the `journey-i18n`
//! catalogues in the language the caller asks for.

mod code_actions;
mod completion;
mod diagnostics;
mod folding;
mod hover;
mod inlay_hints;
pub mod line_index;
mod navigation;
mod preview;
mod rename;
mod semantic_tokens;
mod snapshot;
mod symbols;
mod syntax;
mod workspace;

use std::collections::BTreeMap;

use journey_diagnostics::{FileId, Span};

pub use code_actions::CodeAction;
pub use completion::{CompletionItem, CompletionKind};
pub use diagnostics::{FileDiagnostic, RelatedInformation, format_diagnostic};
pub use folding::{FoldKind, FoldingRange};
pub use hover::Hover;
pub use inlay_hints::InlayHint;
pub use line_index::{LineCol, LineIndex, PositionEncoding};
pub use navigation::Highlight;
pub use preview::JourneyAt;
pub use rename::RenameError;
pub use semantic_tokens::{HighlightModifier, HighlightTag, HighlightedRange};
pub use snapshot::Snapshot;
pub use symbols::{DocumentSymbol, WorkspaceSymbol};
pub use workspace::{BufferEdit, DiskFile, SETTINGS_PATH, Workspace};

/// A byte offset in one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FilePosition {
    pub file: FileId,
    pub offset: u32,
}

/// A replacement of a byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEdit {
    pub span: Span,
    pub new_text: String,
}

/// Edits across files, by file, each list sorted by position.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourceChange {
    pub edits: BTreeMap<FileId, Vec<TextEdit>>,
}

impl SourceChange {
    pub(crate) fn insert(&mut self, file: FileId, edit: TextEdit) {
        let edits = self.edits.entry(file).or_default();
        edits.push(edit);
        edits.sort_by_key(|edit| (edit.span.start, edit.span.end));
        edits.dedup();
    }
}
