//! Diagnostics of one file, with their text in the caller's language.

use journey_diagnostics::{Code, Diagnostic, FileId, FileSpan, Severity, Span, UNUSED_DECLARATION};
use journey_i18n::Lang;

use crate::snapshot::Snapshot;

/// A diagnostic ready for an editor.
#[derive(Debug, Clone, PartialEq)]
pub struct FileDiagnostic {
    pub span: Span,
    pub severity: Severity,
    pub code: &'static Code,
    /// The message, followed by the help line when there is one.
    pub message: String,
    /// Other places the diagnostic points at, in this file or others.
    pub related: Vec<RelatedInformation>,
    /// Whether the diagnostic marks code that can be removed, which editors
    /// draw faded (an unused declaration).
    pub unnecessary: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RelatedInformation {
    pub at: FileSpan,
    pub message: String,
}

impl Snapshot {
    /// The diagnostics of `file`, sorted by position.
    pub fn diagnostics(&self, file: FileId, lang: Lang) -> Vec<FileDiagnostic> {
        self.raw_diagnostics(file)
            .iter()
            .map(|diagnostic| format_diagnostic(diagnostic, lang))
            .collect()
    }
}

/// Formats one diagnostic in `lang`.
pub fn format_diagnostic(diagnostic: &Diagnostic, lang: Lang) -> FileDiagnostic {
    let mut message = journey_i18n::format(lang, &diagnostic.message);
    if let Some(help) = &diagnostic.help {
        let prefix = journey_i18n::text(lang, "ide-help-prefix");
        message = format!("{message}\n{prefix}: {}", journey_i18n::format(lang, help));
    }
    let related = diagnostic
        .related
        .iter()
        .map(|label| RelatedInformation {
            at: label.at,
            message: label
                .message
                .as_ref()
                .map(|message| journey_i18n::format(lang, message))
                .unwrap_or_default(),
        })
        .collect();
    FileDiagnostic {
        span: diagnostic.primary.at.span,
        severity: diagnostic.severity,
        code: diagnostic.code,
        message,
        related,
        unnecessary: diagnostic.code == &UNUSED_DECLARATION,
    }
}
