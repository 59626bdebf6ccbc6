//! Conversions between the ide layer's plain data and protocol types.

use std::collections::HashMap;

use journey_diagnostics::{FileId, FileSpan, Severity, Span};
use journey_i18n::Lang;
use journey_ide::{
    CompletionItem, CompletionKind, DocumentSymbol, FileDiagnostic, FoldKind, HighlightModifier, HighlightTag,
    HighlightedRange, LineCol, LineIndex, PositionEncoding, Snapshot, SourceChange,
};
use journey_model::schema::DeclKind;
use tower_lsp_server::ls_types as lsp;

use crate::session::Session;

/// Builds the anchor of a code's section in `docs/diagnostics.md`.
pub fn docs_anchor(code: &journey_diagnostics::Code) -> String {
    code.docs_anchor()
}

pub(crate) fn position_encoding_kind(encoding: PositionEncoding) -> lsp::PositionEncodingKind {
    match encoding {
        PositionEncoding::Utf8 => lsp::PositionEncodingKind::UTF8,
        PositionEncoding::Utf16 => lsp::PositionEncodingKind::UTF16,
        PositionEncoding::Utf32 => lsp::PositionEncodingKind::UTF32,
    }
}

/// Picks the position encoding: UTF-8 when the client offers it, since it
/// needs no conversion of byte offsets, else UTF-16, which every client supports.
pub(crate) fn negotiate_encoding(offered: Option<&[lsp::PositionEncodingKind]>) -> PositionEncoding {
    let offered = offered.unwrap_or_default();
    if offered.contains(&lsp::PositionEncodingKind::UTF8) {
        PositionEncoding::Utf8
    } else {
        PositionEncoding::Utf16
    }
}

pub(crate) fn line_col(position: lsp::Position) -> LineCol {
    LineCol::new(position.line, position.character)
}

pub(crate) fn position(index: &LineIndex, offset: u32, encoding: PositionEncoding) -> lsp::Position {
    let at = index.line_col(offset, encoding);
    lsp::Position::new(at.line, at.column)
}

pub(crate) fn range(index: &LineIndex, span: Span, encoding: PositionEncoding) -> lsp::Range {
    lsp::Range::new(
        position(index, span.start, encoding),
        position(index, span.end, encoding),
    )
}

pub(crate) fn offset(index: &LineIndex, position: lsp::Position, encoding: PositionEncoding) -> u32 {
    index.offset(line_col(position), encoding)
}

pub(crate) fn span(index: &LineIndex, range: lsp::Range, encoding: PositionEncoding) -> Span {
    let start = offset(index, range.start, encoding);
    let end = offset(index, range.end, encoding).max(start);
    Span { start, end }
}

/// Converts spans of any file to protocol locations.
pub(crate) struct Locator<'a> {
    pub session: &'a Session,
    pub snapshot: &'a Snapshot,
}

impl Locator<'_> {
    fn encoding(&self) -> PositionEncoding {
        self.session.negotiated.encoding
    }

    pub fn location(&self, at: FileSpan) -> Option<lsp::Location> {
        let uri = self.session.file_uri(self.snapshot, at.file)?;
        let index = self.snapshot.line_index(at.file)?;
        Some(lsp::Location::new(uri, range(index, at.span, self.encoding())))
    }

    pub fn range(&self, file: FileId, span: Span) -> Option<lsp::Range> {
        Some(range(self.snapshot.line_index(file)?, span, self.encoding()))
    }

    pub fn diagnostic(&self, file: FileId, diagnostic: &FileDiagnostic) -> Option<lsp::Diagnostic> {
        let related = diagnostic
            .related
            .iter()
            .filter_map(|related| {
                Some(lsp::DiagnosticRelatedInformation {
                    location: self.location(related.at)?,
                    message: related.message.clone(),
                })
            })
            .collect::<Vec<_>>();
        let href = diagnostic.code.docs_url().parse().ok();
        Some(lsp::Diagnostic {
            range: self.range(file, diagnostic.span)?,
            severity: Some(severity(diagnostic.severity)),
            code: Some(lsp::NumberOrString::String(diagnostic.code.id.to_owned())),
            code_description: href.map(|href| lsp::CodeDescription { href }),
            source: Some("journey".to_owned()),
            message: diagnostic.message.clone(),
            related_information: (!related.is_empty()).then_some(related),
            tags: diagnostic.unnecessary.then(|| vec![lsp::DiagnosticTag::UNNECESSARY]),
            data: None,
        })
    }

    pub fn diagnostics(&self, file: FileId, lang: Lang) -> Vec<lsp::Diagnostic> {
        self.snapshot
            .diagnostics(file, lang)
            .iter()
            .filter_map(|diagnostic| self.diagnostic(file, diagnostic))
            .collect()
    }

    pub fn workspace_edit(&self, change: &SourceChange) -> lsp::WorkspaceEdit {
        let mut changes: HashMap<lsp::Uri, Vec<lsp::TextEdit>> = HashMap::new();
        for (file, edits) in &change.edits {
            let Some(uri) = self.session.file_uri(self.snapshot, *file) else {
                continue;
            };
            let converted = edits
                .iter()
                .filter_map(|edit| Some(lsp::TextEdit::new(self.range(*file, edit.span)?, edit.new_text.clone())))
                .collect();
            changes.insert(uri, converted);
        }
        lsp::WorkspaceEdit {
            changes: Some(changes),
            ..Default::default()
        }
    }

    pub fn completion(&self, file: FileId, item: &CompletionItem) -> Option<lsp::CompletionItem> {
        let edit = lsp::TextEdit::new(self.range(file, item.replace)?, item.insert_text.clone());
        Some(lsp::CompletionItem {
            label: item.label.clone(),
            kind: Some(completion_kind(item.kind)),
            detail: item.detail.clone(),
            filter_text: item.filter_text.clone(),
            text_edit: Some(lsp::CompletionTextEdit::Edit(edit)),
            ..Default::default()
        })
    }

    #[allow(deprecated, reason = "`deprecated` is a required field of the protocol type")]
    pub fn document_symbol(&self, file: FileId, symbol: &DocumentSymbol) -> Option<lsp::DocumentSymbol> {
        let children = symbol
            .children
            .iter()
            .filter_map(|child| self.document_symbol(file, child))
            .collect::<Vec<_>>();
        Some(lsp::DocumentSymbol {
            name: symbol.name.clone(),
            detail: symbol.detail.clone(),
            kind: symbol_kind(symbol.kind),
            tags: None,
            deprecated: None,
            range: self.range(file, symbol.span)?,
            selection_range: self.range(file, symbol.selection)?,
            children: (!children.is_empty()).then_some(children),
        })
    }
}

pub(crate) fn severity(severity: Severity) -> lsp::DiagnosticSeverity {
    match severity {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Info => lsp::DiagnosticSeverity::INFORMATION,
    }
}

fn completion_kind(kind: CompletionKind) -> lsp::CompletionItemKind {
    match kind {
        CompletionKind::Keyword => lsp::CompletionItemKind::KEYWORD,
        CompletionKind::Property => lsp::CompletionItemKind::PROPERTY,
        CompletionKind::Value => lsp::CompletionItemKind::ENUM_MEMBER,
        CompletionKind::Declaration(kind) => match kind {
            DeclKind::Person | DeclKind::Team | DeclKind::Committee | DeclKind::Persona => {
                lsp::CompletionItemKind::VARIABLE
            }
            DeclKind::Journey => lsp::CompletionItemKind::MODULE,
            DeclKind::Phase | DeclKind::Stage | DeclKind::Step => lsp::CompletionItemKind::FUNCTION,
            DeclKind::FacetValue => lsp::CompletionItemKind::ENUM_MEMBER,
            DeclKind::Pain | DeclKind::Gain => lsp::CompletionItemKind::EVENT,
            _ => lsp::CompletionItemKind::CONSTANT,
        },
    }
}

pub(crate) fn symbol_kind(kind: DeclKind) -> lsp::SymbolKind {
    match kind {
        DeclKind::Workspace => lsp::SymbolKind::PACKAGE,
        DeclKind::Person | DeclKind::Team | DeclKind::Committee | DeclKind::Persona => lsp::SymbolKind::OBJECT,
        DeclKind::Facet => lsp::SymbolKind::ENUM,
        DeclKind::FacetValue => lsp::SymbolKind::ENUM_MEMBER,
        DeclKind::Channel | DeclKind::Kpi | DeclKind::Insight => lsp::SymbolKind::CONSTANT,
        DeclKind::Journey => lsp::SymbolKind::MODULE,
        DeclKind::Phase => lsp::SymbolKind::NAMESPACE,
        DeclKind::Stage => lsp::SymbolKind::CLASS,
        DeclKind::Step => lsp::SymbolKind::METHOD,
        DeclKind::Touchpoint => lsp::SymbolKind::INTERFACE,
        DeclKind::Pain | DeclKind::Gain => lsp::SymbolKind::EVENT,
        DeclKind::Opportunity | DeclKind::Solution => lsp::SymbolKind::FUNCTION,
        DeclKind::KpiValue | DeclKind::Evidence | DeclKind::Frontstage | DeclKind::Backstage | DeclKind::Support => {
            lsp::SymbolKind::FIELD
        }
    }
}

pub(crate) fn folding_kind(kind: FoldKind) -> lsp::FoldingRangeKind {
    match kind {
        FoldKind::Region => lsp::FoldingRangeKind::Region,
        FoldKind::Comment => lsp::FoldingRangeKind::Comment,
    }
}

/// The semantic token types, in the order of their indices in the legend.
pub(crate) const TOKEN_TYPES: &[lsp::SemanticTokenType] = &[
    lsp::SemanticTokenType::KEYWORD,
    lsp::SemanticTokenType::PROPERTY,
    lsp::SemanticTokenType::NAMESPACE,
    lsp::SemanticTokenType::FUNCTION,
    lsp::SemanticTokenType::VARIABLE,
    lsp::SemanticTokenType::TYPE,
    lsp::SemanticTokenType::ENUM_MEMBER,
    lsp::SemanticTokenType::STRING,
    lsp::SemanticTokenType::NUMBER,
    lsp::SemanticTokenType::COMMENT,
];

/// The semantic token modifiers, in the order of their bits in the legend.
pub(crate) const TOKEN_MODIFIERS: &[lsp::SemanticTokenModifier] = &[
    lsp::SemanticTokenModifier::DECLARATION,
    lsp::SemanticTokenModifier::DOCUMENTATION,
    lsp::SemanticTokenModifier::DEFAULT_LIBRARY,
];

fn token_type(tag: HighlightTag) -> u32 {
    match tag {
        HighlightTag::Keyword => 0,
        HighlightTag::Property => 1,
        HighlightTag::Name(kind) => match kind {
            DeclKind::Journey => 2,
            DeclKind::Phase | DeclKind::Stage | DeclKind::Step => 3,
            DeclKind::Channel | DeclKind::Kpi | DeclKind::Insight | DeclKind::Facet => 5,
            DeclKind::FacetValue => 6,
            _ => 4,
        },
        HighlightTag::Value => 6,
        HighlightTag::String => 7,
        HighlightTag::Number => 8,
        HighlightTag::Comment => 9,
    }
}

fn token_modifiers(modifier: Option<HighlightModifier>) -> u32 {
    match modifier {
        None => 0,
        Some(HighlightModifier::Declaration) => 1,
        Some(HighlightModifier::Documentation) => 2,
        Some(HighlightModifier::DefaultLibrary) => 4,
    }
}

/// Encodes ranges as LSP semantic tokens: one token per line, each
/// relative to the one before. A range over several lines (a doc comment,
/// a `"""` string) becomes one token per line, since clients need not
/// support tokens that span lines.
pub(crate) fn semantic_tokens(
    index: &LineIndex,
    ranges: &[HighlightedRange],
    encoding: PositionEncoding,
) -> Vec<lsp::SemanticToken> {
    let mut tokens = Vec::new();
    let (mut previous_line, mut previous_start) = (0, 0);
    for highlighted in ranges {
        let start = index.line_col(highlighted.span.start, encoding);
        let end = index.line_col(highlighted.span.end, encoding);
        for line in start.line..=end.line {
            let from = if line == start.line { start.column } else { 0 };
            let to = if line == end.line {
                end.column
            } else {
                index
                    .line_col(index.offset(LineCol::new(line, u32::MAX), encoding), encoding)
                    .column
            };
            if to <= from {
                continue;
            }
            let delta_line = line - previous_line;
            let delta_start = if delta_line == 0 { from - previous_start } else { from };
            tokens.push(lsp::SemanticToken {
                delta_line,
                delta_start,
                length: to - from,
                token_type: token_type(highlighted.tag),
                token_modifiers_bitset: token_modifiers(highlighted.modifier),
            });
            (previous_line, previous_start) = (line, from);
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_link_to_diagnostics_headings() {
        let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/diagnostics.md")).unwrap();
        for code in journey_diagnostics::CODES {
            let heading = format!("\n### {} {}\n", code.id, code.name);
            assert!(
                page.contains(&heading),
                "docs/diagnostics.md has no heading {heading:?}"
            );
            assert_eq!(
                docs_anchor(code),
                heading
                    .trim()
                    .trim_start_matches("### ")
                    .to_lowercase()
                    .replace(' ', "-")
            );
        }
    }

    #[test]
    fn encoding_prefers_utf8() {
        assert_eq!(negotiate_encoding(None), PositionEncoding::Utf16);
        let offered = [lsp::PositionEncodingKind::UTF16, lsp::PositionEncodingKind::UTF8];
        assert_eq!(negotiate_encoding(Some(&offered)), PositionEncoding::Utf8);
    }
}
