//! Rename across files, and the check that comes before it.

use journey_diagnostics::{FileId, Message, Span};
use journey_i18n::Lang;
use journey_model::SymbolId;
use journey_model::schema::{DeclKind, ValueType};
use journey_syntax::lexer::{Token, lex};

use crate::snapshot::Snapshot;
use crate::syntax::{SyntaxAt, syntax_at};
use crate::{SourceChange, TextEdit};

/// Why a rename cannot happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenameError {
    /// The cursor is on no name.
    NothingToRename,
    /// The cursor is on a keyword of the language (`journey`, `owner`).
    Keyword(String),
    /// The cursor is on a value the language defines (`validated`, `high`, `monthly`).
    BuiltInValue(String),
    /// The new name is not an identifier.
    InvalidName(String),
    /// Another declaration in the same namespace already has the new name.
    Conflict { name: String, kind: DeclKind },
}

impl RenameError {
    /// The error as a sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let message = match self {
            RenameError::NothingToRename => Message::new("ide-rename-nothing"),
            RenameError::Keyword(word) => Message::new("ide-rename-keyword").arg("word", word.as_str()),
            RenameError::BuiltInValue(word) => Message::new("ide-rename-built-in").arg("word", word.as_str()),
            RenameError::InvalidName(name) => Message::new("ide-rename-invalid-name").arg("name", name.as_str()),
            RenameError::Conflict { name, kind } => Message::new("ide-rename-conflict")
                .arg("name", name.as_str())
                .arg("kind", kind.as_str()),
        };
        journey_i18n::format(lang, &message)
    }
}

impl Snapshot {
    /// Checks that the name at `offset` can be renamed, and returns its span.
    pub fn prepare_rename(&self, file: FileId, offset: u32) -> Result<Span, RenameError> {
        if let Some((_, span)) = self.named_symbol_at(file, offset) {
            return Ok(span);
        }
        let parse = self.parse(file).ok_or(RenameError::NothingToRename)?;
        match syntax_at(&parse.file, offset) {
            Some(SyntaxAt::DeclKeyword { decl }) => Err(RenameError::Keyword(decl.keyword.text.to_string())),
            Some(SyntaxAt::PropertyKey { property, .. }) => Err(RenameError::Keyword(property.key.text.to_string())),
            Some(SyntaxAt::ValueWord { property, word, kind }) if is_built_in(property.key.text.as_str(), kind) => {
                Err(RenameError::BuiltInValue(word.text.to_string()))
            }
            _ => Err(RenameError::NothingToRename),
        }
    }

    /// Renames the symbol at `offset` and every reference to it, in every file.
    pub fn rename(&self, file: FileId, offset: u32, new_name: &str) -> Result<SourceChange, RenameError> {
        self.prepare_rename(file, offset)?;
        let (id, _) = self.named_symbol_at(file, offset).ok_or(RenameError::NothingToRename)?;
        let symbol = self.symbol(id);
        let new_name = match symbol.kind {
            DeclKind::Person => new_name.strip_prefix('@').unwrap_or(new_name),
            _ => new_name,
        };
        if !is_identifier(new_name) {
            return Err(RenameError::InvalidName(new_name.to_owned()));
        }
        if symbol.name.as_deref() == Some(new_name) {
            return Ok(SourceChange::default());
        }
        if let Some(other) = self.conflict(id, new_name) {
            return Err(RenameError::Conflict {
                name: new_name.to_owned(),
                kind: self.symbol(other).kind,
            });
        }
        let mut change = SourceChange::default();
        for at in self.occurrences(id, true) {
            change.insert(
                at.file,
                TextEdit {
                    span: at.span,
                    new_text: new_name.to_owned(),
                },
            );
        }
        Ok(change)
    }

    /// Finds a declaration that already uses `name` in the namespace of `id`:
    /// the top-level namespace, the journey's local names, or the facet's values.
    fn conflict(&self, id: SymbolId, name: &str) -> Option<SymbolId> {
        let kind = self.symbol(id).kind;
        let scope = namespace(self, id);
        self.symbols()
            .filter(|(other, symbol)| *other != id && symbol.name.as_deref() == Some(name))
            .filter(|(_, symbol)| symbol.kind != DeclKind::KpiValue)
            .find(|(other, symbol)| match kind {
                _ if kind.is_global() => symbol.kind.is_global(),
                _ => !symbol.kind.is_global() && namespace(self, *other) == scope,
            })
            .map(|(other, _)| other)
    }
}

/// The symbol that owns a name's namespace: the journey for names inside
/// it, the facet for its values, `None` for top-level names.
fn namespace(snapshot: &Snapshot, id: SymbolId) -> Option<SymbolId> {
    let symbol = snapshot.symbol(id);
    if symbol.kind == DeclKind::FacetValue {
        return symbol.parent;
    }
    let mut top = symbol.parent?;
    while let Some(parent) = snapshot.symbol(top).parent {
        top = parent;
    }
    Some(top)
}

/// Whether a property's value words are defined by the language rather than declared.
fn is_built_in(key: &str, kind: Option<DeclKind>) -> bool {
    let Some(property) = kind.and_then(|kind| kind.property(key)) else {
        return false;
    };
    matches!(property.value, ValueType::Keyword(_) | ValueType::Cadence)
}

/// Whether `text` is one identifier of the language.
pub(crate) fn is_identifier(text: &str) -> bool {
    match lex(text).as_slice() {
        [(Token::Ident(word), span)] => span.start == 0 && word.len() == text.len(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_identifier;

    #[test]
    fn identifiers() {
        assert!(is_identifier("étape_paiement"));
        assert!(is_identifier("顧客"));
        assert!(!is_identifier("two words"));
        assert!(!is_identifier("1abc"));
        assert!(!is_identifier(""));
        assert!(!is_identifier("a.b"));
        assert!(!is_identifier("@maya"));
    }
}
