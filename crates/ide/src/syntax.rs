//! Finding the piece of syntax at an offset, with the kind of declaration
//! that contains it.

use journey_model::schema::DeclKind;
use journey_syntax::ast::{Decl, Property, SourceFile, Value, ValueKind, Word};

/// What the text at an offset is.
#[derive(Debug, Clone, Copy)]
pub(crate) enum SyntaxAt<'a> {
    /// The keyword that starts a declaration.
    DeclKeyword { decl: &'a Decl },
    /// The key of a property.
    PropertyKey { property: &'a Property },
    /// A word inside a property value.
    ValueWord {
        property: &'a Property,
        word: &'a Word,
        kind: Option<DeclKind>,
    },
}

/// Finds the keyword, property key or value word at `offset`.
pub(crate) fn syntax_at(file: &SourceFile, offset: u32) -> Option<SyntaxAt<'_>> {
    find_in(&file.items, None, offset)
}

fn find_in(decls: &[Decl], parent: Option<DeclKind>, offset: u32) -> Option<SyntaxAt<'_>> {
    for decl in decls {
        if !decl.span.contains(offset as usize) {
            continue;
        }
        if decl.keyword.span.contains(offset as usize) {
            return Some(SyntaxAt::DeclKeyword { decl });
        }
        let kind = decl_kind(decl, parent);
        for property in decl.properties() {
            if property.key.span.contains(offset as usize) {
                return Some(SyntaxAt::PropertyKey { property });
            }
            if let Some(word) = property.value.as_ref().and_then(|value| word_in(value, offset)) {
                return Some(SyntaxAt::ValueWord { property, word, kind });
            }
        }
        let children: Vec<&Decl> = decl.children().collect();
        for child in children {
            if let Some(found) = find_in(std::slice::from_ref(child), kind, offset) {
                return Some(found);
            }
        }
    }
    None
}

/// The kind a declaration declares, when its keyword is valid at its place.
pub(crate) fn decl_kind(decl: &Decl, parent: Option<DeclKind>) -> Option<DeclKind> {
    DeclKind::from_keyword(&decl.keyword.text, parent)
}

fn word_in(value: &Value, offset: u32) -> Option<&Word> {
    let contains = |word: &Word| word.span.contains(offset as usize);
    match &value.kind {
        ValueKind::Person(word) => contains(word).then_some(word),
        ValueKind::Path(segments) => segments.iter().find(|word| contains(word)),
        ValueKind::Every { unit, .. } => contains(unit).then_some(unit),
        ValueKind::List(items) => items.iter().find_map(|item| word_in(item, offset)),
        _ => None,
    }
}

/// Calls `visit` on every declaration with its kind and its parent's kind, depth first.
pub(crate) fn walk_decls<'a>(
    decls: &'a [Decl],
    parent: Option<DeclKind>,
    visit: &mut dyn FnMut(&'a Decl, Option<DeclKind>),
) {
    for decl in decls {
        let kind = decl_kind(decl, parent);
        visit(decl, kind);
        let children: Vec<&Decl> = decl.children().collect();
        for child in children {
            walk_decls(std::slice::from_ref(child), kind, visit);
        }
    }
}
