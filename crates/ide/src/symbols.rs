//! The outline of a file and the search for declarations across files.

use journey_diagnostics::{FileId, FileSpan, Span};
use journey_model::schema::DeclKind;
use journey_model::{Symbol, SymbolId};

use crate::snapshot::Snapshot;

/// One entry of a file's outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentSymbol {
    /// The name, else the label, else the keyword.
    pub name: String,
    /// The label when the name is shown.
    pub detail: Option<String>,
    pub kind: DeclKind,
    /// The whole declaration.
    pub span: Span,
    /// The name, or the keyword of an unnamed declaration.
    pub selection: Span,
    pub children: Vec<DocumentSymbol>,
}

/// A declaration found by a workspace symbol search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkspaceSymbol {
    /// The dotted path for declarations inside a journey (`open_account.apply`).
    pub name: String,
    pub kind: DeclKind,
    pub at: FileSpan,
    /// The path of the declaration that contains it.
    pub container: Option<String>,
}

/// The most results a workspace symbol search returns; editors ask again as the query grows.
const MAX_WORKSPACE_SYMBOLS: usize = 1000;

impl Snapshot {
    /// The declarations of `file`, nested as in the source.
    pub fn document_symbols(&self, file: FileId) -> Vec<DocumentSymbol> {
        let in_file: Vec<(SymbolId, &Symbol)> = self.symbols().filter(|(_, symbol)| symbol.decl.file == file).collect();
        let mut children: std::collections::HashMap<Option<SymbolId>, Vec<SymbolId>> = std::collections::HashMap::new();
        for (id, symbol) in &in_file {
            children.entry(symbol.parent).or_default().push(*id);
        }
        let roots = children.get(&None).cloned().unwrap_or_default();
        roots.into_iter().map(|id| self.outline(id, &children)).collect()
    }

    fn outline(
        &self,
        id: SymbolId,
        children: &std::collections::HashMap<Option<SymbolId>, Vec<SymbolId>>,
    ) -> DocumentSymbol {
        let symbol = self.symbol(id);
        let nested = children.get(&Some(id)).map_or(Vec::new(), |ids| {
            ids.iter().map(|child| self.outline(*child, children)).collect()
        });
        let (name, detail) = match (&symbol.name, &symbol.label) {
            (Some(name), label) => (name.to_string(), label.as_deref().map(str::to_owned)),
            (None, Some(label)) => (label.to_string(), None),
            (None, None) => (symbol.kind.keyword().to_owned(), None),
        };
        DocumentSymbol {
            name,
            detail,
            kind: symbol.kind,
            span: symbol.decl.span,
            selection: symbol.name_span.span,
            children: nested,
        }
    }

    /// The named declarations whose path or label contains every character
    /// of `query` in order, ignoring case. An empty query matches everything.
    pub fn workspace_symbols(&self, query: &str) -> Vec<WorkspaceSymbol> {
        let query = query.to_lowercase();
        self.symbols()
            .filter(|(_, symbol)| symbol.name.is_some() && symbol.kind != DeclKind::KpiValue)
            .filter_map(|(id, symbol)| {
                let path = self.model().symbol_path(id).unwrap_or_default();
                let found = matches_in_order(&query, &path)
                    || symbol
                        .label
                        .as_deref()
                        .is_some_and(|label| matches_in_order(&query, label));
                found.then_some((symbol, path))
            })
            .take(MAX_WORKSPACE_SYMBOLS)
            .map(|(symbol, path)| WorkspaceSymbol {
                name: path,
                kind: symbol.kind,
                at: symbol.name_span,
                container: symbol.parent.and_then(|parent| self.model().symbol_path(parent)),
            })
            .collect()
    }
}

/// Whether the characters of `query` (already lowercase) appear in `text` in order.
fn matches_in_order(query: &str, text: &str) -> bool {
    let mut wanted = query.chars().peekable();
    for c in text.chars().flat_map(char::to_lowercase) {
        if wanted.peek() == Some(&c) {
            wanted.next();
        }
    }
    wanted.peek().is_none()
}

#[cfg(test)]
mod tests {
    use super::matches_in_order;

    #[test]
    fn fuzzy_matching() {
        assert!(matches_in_order("oa", "open_account"));
        assert!(matches_in_order("", "anything"));
        assert!(matches_in_order("étape", "Étape_paiement"));
        assert!(!matches_in_order("ao", "a"));
    }
}
