//! Shared parts of the CI formats: diagnostics resolved to localised text
//! and to positions relative to the repository root, and documentation links.

use journey_diagnostics::{Code, Diagnostic, FileSpan};
use journey_i18n::{Lang, format};
use journey_workspace::SourceMap;

pub use journey_diagnostics::DOCS_BASE_URL;

/// Returns the documentation link of a diagnostic code.
pub fn diagnostic_docs_url(code: &Code) -> String {
    code.docs_url()
}

/// The inputs of the CI renderers besides the diagnostics.
pub struct CiContext<'a> {
    pub lang: Lang,
    pub sources: &'a SourceMap,
    /// The workspace root relative to the repository root, with `/`
    /// separators and no leading or trailing `/`. It is empty when the
    /// workspace is the repository root or no repository was found.
    pub root_prefix: String,
}

impl CiContext<'_> {
    /// Returns the path of a workspace file relative to the repository root.
    pub fn repo_path(&self, workspace_path: &str) -> String {
        if self.root_prefix.is_empty() {
            workspace_path.to_owned()
        } else {
            format!("{}/{workspace_path}", self.root_prefix)
        }
    }

    pub(crate) fn position(&self, at: FileSpan) -> Position {
        let start = self.sources.line_column(at.file, at.span.start);
        let end = self.sources.line_column(at.file, at.span.end);
        Position {
            path: self.repo_path(self.sources.path(at.file)),
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
        }
    }

    /// Resolves the text and positions of one diagnostic.
    pub(crate) fn locate<'d>(&self, diagnostic: &'d Diagnostic) -> Located<'d> {
        let text = |message| format(self.lang, message);
        Located {
            diagnostic,
            message: text(&diagnostic.message),
            label: diagnostic.primary.message.as_ref().map(text),
            help: diagnostic.help.as_ref().map(text),
            primary: self.position(diagnostic.primary.at),
            related: diagnostic
                .related
                .iter()
                .map(|label| (self.position(label.at), label.message.as_ref().map(text)))
                .collect(),
        }
    }
}

/// A one-based position range in a file named relative to the repository
/// root. Columns count Unicode scalar values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Position {
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

/// A diagnostic with its messages formatted and its spans resolved.
pub(crate) struct Located<'d> {
    pub diagnostic: &'d Diagnostic,
    pub message: String,
    pub label: Option<String>,
    pub help: Option<String>,
    pub primary: Position,
    pub related: Vec<(Position, Option<String>)>,
}
