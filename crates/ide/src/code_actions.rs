//! Code actions: the fixes that diagnostics carry, declaring a missing
//! name, and adding a missing owner.

use journey_diagnostics::{
    Arg, COMMITTEE_WITHOUT_OWNER, Diagnostic, FileId, MISSING_OWNER, Message, OPPORTUNITY_WITHOUT_OWNER, Span,
    UNKNOWN_REFERENCE,
};
use journey_i18n::Lang;
use journey_model::schema::DeclKind;
use journey_syntax::ast::Decl;

use crate::snapshot::Snapshot;
use crate::syntax::walk_decls;
use crate::{SourceChange, TextEdit};

/// An edit offered for a diagnostic.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeAction {
    pub title: String,
    pub change: SourceChange,
    /// The diagnostic the action resolves.
    pub diagnostic: Diagnostic,
    /// Whether the editor may apply it as the obvious fix.
    pub preferred: bool,
}

/// The kinds of declaration that "declare" offers for an unknown name.
const DECLARABLE: &[DeclKind] = &[
    DeclKind::Person,
    DeclKind::Team,
    DeclKind::Committee,
    DeclKind::Persona,
    DeclKind::Channel,
    DeclKind::Kpi,
    DeclKind::Insight,
];

impl Snapshot {
    /// The actions for the diagnostics of `file` that touch `span`.
    pub fn code_actions(&self, file: FileId, span: Span, lang: Lang) -> Vec<CodeAction> {
        let touching = self.raw_diagnostics(file).iter().filter(|diagnostic| {
            diagnostic.primary.at.span.start <= span.end && span.start <= diagnostic.primary.at.span.end
        });
        let mut actions = Vec::new();
        for diagnostic in touching {
            actions.extend(self.suggested_fix(diagnostic, lang));
            actions.extend(self.declare_missing(file, diagnostic, lang));
            actions.extend(self.add_owner(diagnostic, lang));
        }
        actions
    }

    /// The "did you mean" replacement that the diagnostic carries.
    fn suggested_fix(&self, diagnostic: &Diagnostic, lang: Lang) -> Option<CodeAction> {
        let fix = diagnostic.fix.as_ref()?;
        let mut change = SourceChange::default();
        for edit in &fix.edits {
            change.insert(
                edit.at.file,
                TextEdit {
                    span: edit.at.span,
                    new_text: edit.replacement.clone(),
                },
            );
        }
        Some(CodeAction {
            title: journey_i18n::format(lang, &fix.title),
            change,
            diagnostic: diagnostic.clone(),
            preferred: true,
        })
    }

    /// Declares an unknown person, channel or other top-level name after the
    /// last declaration of its kind, or at the end of the current file.
    fn declare_missing(&self, file: FileId, diagnostic: &Diagnostic, lang: Lang) -> Option<CodeAction> {
        if diagnostic.code.id != UNKNOWN_REFERENCE.id || diagnostic.message.id != "unknown-reference" {
            return None;
        }
        let (Some(Arg::Str(name)), Some(Arg::Str(kind))) =
            (diagnostic.message.get("name"), diagnostic.message.get("kind"))
        else {
            return None;
        };
        let kind = DECLARABLE
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == kind)?;
        let declaration = format!("{} {name} {name:?}", kind.keyword());

        let last_of_kind = self
            .symbols()
            .filter(|(_, symbol)| symbol.kind == kind)
            .map(|(_, symbol)| symbol.decl)
            .last();
        let (target, edit) = match last_of_kind {
            Some(at) => (
                at.file,
                TextEdit {
                    span: Span::empty(at.span.end as usize),
                    new_text: format!("\n{declaration}"),
                },
            ),
            None => {
                let text = self.text(file)?;
                let separator = if text.is_empty() || text.ends_with('\n') {
                    ""
                } else {
                    "\n"
                };
                let new_text = format!("{separator}\n{declaration}\n");
                (
                    file,
                    TextEdit {
                        span: Span::empty(text.len()),
                        new_text,
                    },
                )
            }
        };
        let mut change = SourceChange::default();
        change.insert(target, edit);
        let title = Message::new("ide-action-declare")
            .arg("kind", kind.as_str())
            .arg("name", name.as_str());
        Some(CodeAction {
            title: journey_i18n::format(lang, &title),
            change,
            diagnostic: diagnostic.clone(),
            preferred: false,
        })
    }

    /// Adds `owner: @person` to a journey, committee or opportunity without
    /// one, naming the workspace lead or else the first person declared.
    fn add_owner(&self, diagnostic: &Diagnostic, lang: Lang) -> Option<CodeAction> {
        let codes = [
            MISSING_OWNER.id,
            COMMITTEE_WITHOUT_OWNER.id,
            OPPORTUNITY_WITHOUT_OWNER.id,
        ];
        if !codes.contains(&diagnostic.code.id) {
            return None;
        }
        let model = self.model();
        let lead = model
            .workspace
            .as_ref()
            .and_then(|workspace| workspace.lead)
            .map(|id| &model.persons[id.index()]);
        let person = lead.or(model.persons.first())?.name.clone();

        let (_, symbol) = self
            .symbols()
            .find(|(_, symbol)| symbol.name_span == diagnostic.primary.at)?;
        let at = symbol.decl;
        let parse = self.parse(at.file)?;
        let text = self.text(at.file)?;
        let decl = find_decl(&parse.file.items, at.span)?;
        let edit = owner_edit(text, decl, &person);

        let mut change = SourceChange::default();
        change.insert(at.file, edit);
        let title = Message::new("ide-action-add-owner").arg("person", person.as_str());
        Some(CodeAction {
            title: journey_i18n::format(lang, &title),
            change,
            diagnostic: diagnostic.clone(),
            preferred: true,
        })
    }
}

fn find_decl(items: &[Decl], span: Span) -> Option<&Decl> {
    let mut found = None;
    walk_decls(items, None, &mut |decl, _| {
        if decl.span == span {
            found = Some(decl);
        }
    });
    found
}

/// Inserts the owner as the first entry of the block, indented like the
/// block's entries, or adds a block to a declaration that has none.
fn owner_edit(text: &str, decl: &Decl, person: &str) -> TextEdit {
    let outer = indentation(text, decl.span.start);
    match &decl.body {
        Some(body) => {
            let inner = match body.entries.first() {
                Some(entry) if line_start(text, entry.span().start) != line_start(text, body.span.start) => {
                    indentation(text, entry.span().start)
                }
                _ => format!("{outer}  "),
            };
            let after_brace = body.span.start as usize + 1;
            TextEdit {
                span: Span::empty(after_brace),
                new_text: format!("\n{inner}owner: @{person}"),
            }
        }
        None => TextEdit {
            span: Span::empty(decl.span.end as usize),
            new_text: format!(" {{\n{outer}  owner: @{person}\n{outer}}}"),
        },
    }
}

fn line_start(text: &str, offset: u32) -> usize {
    text[..offset as usize].rfind('\n').map_or(0, |newline| newline + 1)
}

/// The spaces and tabs that start the line containing `offset`.
fn indentation(text: &str, offset: u32) -> String {
    let start = line_start(text, offset);
    text[start..].chars().take_while(|c| *c == ' ' || *c == '\t').collect()
}
