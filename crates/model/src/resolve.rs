//! Property values: checking their shape against the schema and resolving
//! the names they contain.

use ecow::EcoString;
use journey_diagnostics::{
    Diagnostic, Edit, FileId, Fix, INVALID_DATE, INVALID_VALUE, MISSING_CURRENT_STATE, Message, OWNER_NOT_PERSON,
    PARENT_NOT_STAGE, UNKNOWN_KEYWORD_VALUE, UNKNOWN_REFERENCE, WRONG_KIND,
};
use journey_syntax::ast::{Property, Value, ValueKind, Word};
use time::Date;

use crate::date::{Cadence, parse_date};
use crate::ir::{Anchor, JourneyId, Measure, Member, SymbolId};
use crate::lower::{Lowerer, with_suggestion};
use crate::schema::{CADENCE_UNITS, CADENCES, DeclKind, ValueType};
use crate::suggest::closest;

/// A property value after checking and resolution.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolved {
    Symbol(SymbolId),
    Symbols(Vec<SymbolId>),
    Members(Vec<Member>),
    Anchor(Anchor),
    String(EcoString),
    Number(f64),
    Measure(Measure),
    Date(Date),
    Cadence(Cadence),
    Keyword(EcoString),
    /// A facet and the indices of its chosen values.
    Facet(SymbolId, Vec<usize>),
}

/// Describes a value's form for "expected X, found Y" messages.
fn form(value: &Value) -> &'static str {
    match &value.kind {
        ValueKind::Person(_) => "person",
        ValueKind::Path(segments) if segments.len() > 1 => "path",
        ValueKind::Path(_) => "name",
        ValueKind::String(_) => "string",
        ValueKind::Number(_) => "number",
        ValueKind::Percent(_) => "percentage",
        ValueKind::Date(_) => "date",
        ValueKind::Every { .. } => "cadence",
        ValueKind::List(_) => "list",
    }
}

impl Lowerer {
    pub(crate) fn resolve_value(
        &mut self,
        file: FileId,
        property: &Property,
        value: &Value,
        expected: ValueType,
        journey: Option<usize>,
    ) -> Option<Resolved> {
        let key = property.key.text.as_str();
        match (expected, &value.kind) {
            (ValueType::Person, ValueKind::Person(word)) => self.resolve_person(file, key, word).map(Resolved::Symbol),
            (ValueType::Persons, ValueKind::List(items)) => {
                let ids = items
                    .iter()
                    .filter_map(|item| self.resolve_value(file, property, item, ValueType::Person, journey));
                Some(Resolved::Symbols(ids.filter_map(symbol_of).collect()))
            }
            (ValueType::Members, ValueKind::List(items)) => {
                let mut members = Vec::new();
                for item in items {
                    match &item.kind {
                        ValueKind::Person(word) => {
                            if let Some(id) = self.resolve_person(file, key, word) {
                                members.push(Member::Person(self.person_id(id)));
                            }
                        }
                        ValueKind::Path(segments) if segments.len() == 1 => {
                            if let Some(id) = self.resolve_global(file, &segments[0], DeclKind::Team) {
                                members.push(Member::Team(crate::ir::TeamId(self.typed(id) as u32)));
                            }
                        }
                        _ => self.invalid_value(file, item, "member"),
                    }
                }
                Some(Resolved::Members(members))
            }
            (ValueType::Ref(DeclKind::Journey), ValueKind::Path(segments))
                if key == "future_of" && segments.len() == 1 && !self.globals.contains_key(&segments[0].text) =>
            {
                let word = &segments[0];
                let at = self.at(file, word.span);
                let message = Message::new("missing-current-state").arg("name", word.text.as_str());
                let mut diagnostic = Diagnostic::new(&MISSING_CURRENT_STATE, at, message);
                if let Some(suggestion) = self.suggest_global(&word.text, DeclKind::Journey) {
                    diagnostic = with_suggestion(diagnostic, at, &suggestion);
                } else {
                    diagnostic = diagnostic.with_help(Message::new("help-missing-current-state"));
                }
                self.diagnostics.push(diagnostic);
                None
            }
            (ValueType::Ref(kind), ValueKind::Path(segments)) if segments.len() == 1 => {
                self.resolve_global(file, &segments[0], kind).map(Resolved::Symbol)
            }
            (ValueType::Refs(kind), ValueKind::Path(segments)) if segments.len() == 1 => self
                .resolve_global(file, &segments[0], kind)
                .map(|id| Resolved::Symbols(vec![id])),
            (ValueType::Refs(kind), ValueKind::List(items)) => {
                let mut ids = Vec::new();
                for item in items {
                    match &item.kind {
                        ValueKind::Path(segments) if segments.len() == 1 => {
                            ids.extend(self.resolve_global(file, &segments[0], kind));
                        }
                        _ => self.invalid_value(file, item, kind.as_str()),
                    }
                }
                Some(Resolved::Symbols(ids))
            }
            (ValueType::StagePath, ValueKind::Path(segments)) => {
                self.resolve_anchor(file, segments).map(Resolved::Anchor)
            }
            (ValueType::String, ValueKind::String(text)) => Some(Resolved::String(text.value.clone())),
            (ValueType::Number, ValueKind::Number(number)) => Some(Resolved::Number(*number)),
            (ValueType::Measure, ValueKind::Number(number)) => Some(Resolved::Measure(Measure {
                value: *number,
                percent: false,
            })),
            (ValueType::Measure, ValueKind::Percent(number)) => Some(Resolved::Measure(Measure {
                value: *number,
                percent: true,
            })),
            (ValueType::Date, ValueKind::Date(text)) => match parse_date(text) {
                Some(date) => Some(Resolved::Date(date)),
                None => {
                    let message = Message::new("invalid-date").arg("date", text.as_str());
                    self.diagnostics.push(
                        Diagnostic::new(&INVALID_DATE, self.at(file, value.span), message)
                            .with_help(Message::new("help-invalid-date")),
                    );
                    None
                }
            },
            (ValueType::Cadence, ValueKind::Path(segments)) if segments.len() == 1 => {
                let word = &segments[0];
                match Cadence::from_word(&word.text) {
                    Some(cadence) => Some(Resolved::Cadence(cadence)),
                    None => {
                        self.unknown_keyword(file, word, CADENCES);
                        None
                    }
                }
            }
            (ValueType::Cadence, ValueKind::Every { count, unit }) => {
                let whole = *count >= 1.0 && count.fract() == 0.0 && *count <= 3650.0;
                match Cadence::every(*count as u32, &unit.text) {
                    Some(cadence) if whole => Some(Resolved::Cadence(cadence)),
                    Some(_) => {
                        self.invalid_value(file, value, "cadence");
                        None
                    }
                    None => {
                        self.unknown_keyword(file, unit, CADENCE_UNITS);
                        None
                    }
                }
            }
            (ValueType::Keyword(words), ValueKind::Path(segments)) if segments.len() == 1 => {
                let word = &segments[0];
                if words.contains(&word.text.as_str()) {
                    Some(Resolved::Keyword(word.text.clone()))
                } else {
                    self.unknown_keyword(file, word, words);
                    None
                }
            }
            (ValueType::Pains, ValueKind::Path(segments)) if segments.len() == 1 => self
                .resolve_pain(file, &segments[0], journey)
                .map(|id| Resolved::Symbols(vec![id])),
            (ValueType::Pains, ValueKind::List(items)) => {
                let mut ids = Vec::new();
                for item in items {
                    match item.kind.as_word() {
                        Some(word) => ids.extend(self.resolve_pain(file, word, journey)),
                        None => self.invalid_value(file, item, "pain"),
                    }
                }
                Some(Resolved::Symbols(ids))
            }
            (ValueType::Person, ValueKind::Path(segments)) if segments.len() == 1 => {
                self.person_without_at(file, &segments[0]);
                None
            }
            (expected, _) => {
                self.invalid_value(file, value, expected_form(expected));
                None
            }
        }
    }

    /// A facet property on a journey: `department: retail` or a list of values.
    pub(crate) fn resolve_facet(&mut self, file: FileId, property: &Property, value: &Value) -> Option<Resolved> {
        let facet = *self.globals.get(&property.key.text)?;
        self.refer(self.at(file, property.key.span), facet);
        let words: Vec<&Word> = match &value.kind {
            ValueKind::Path(segments) if segments.len() == 1 => vec![&segments[0]],
            ValueKind::List(items) => {
                let mut words = Vec::new();
                for item in items {
                    match item.kind.as_word() {
                        Some(word) => words.push(word),
                        None => self.invalid_value(file, item, "facet_value"),
                    }
                }
                words
            }
            _ => {
                self.invalid_value(file, value, "facet_value");
                return None;
            }
        };
        // Pass one declares a facet's values right after the facet, so they
        // are found without scanning every symbol of the workspace.
        let values: Vec<(SymbolId, EcoString)> = self
            .model
            .symbols
            .iter()
            .enumerate()
            .skip(facet.index() + 1)
            .take_while(|(_, symbol)| symbol.parent == Some(facet))
            .filter(|(_, symbol)| symbol.kind == DeclKind::FacetValue)
            .map(|(index, symbol)| (SymbolId(index as u32), symbol.name.clone().unwrap_or_default()))
            .collect();
        let mut chosen = Vec::new();
        for word in words {
            match values.iter().position(|(_, name)| *name == word.text) {
                Some(index) => {
                    self.refer(self.at(file, word.span), values[index].0);
                    chosen.push(index);
                }
                None => {
                    let at = self.at(file, word.span);
                    let message = Message::new("unknown-facet-value")
                        .arg("name", word.text.as_str())
                        .arg("facet", property.key.text.as_str());
                    let mut diagnostic = Diagnostic::new(&UNKNOWN_REFERENCE, at, message)
                        .with_related(self.symbol(facet).name_span, Message::new("facet-declared-here"));
                    if let Some(suggestion) = closest(&word.text, values.iter().map(|(_, name)| name.as_str())) {
                        diagnostic = with_suggestion(diagnostic, at, suggestion);
                    }
                    self.diagnostics.push(diagnostic);
                }
            }
        }
        Some(Resolved::Facet(facet, chosen))
    }

    /// Resolves `@name`, which must be a declared person.
    fn resolve_person(&mut self, file: FileId, key: &str, word: &Word) -> Option<SymbolId> {
        let at = self.at(file, word.span);
        match self.globals.get(&word.text).copied() {
            Some(id) if self.symbol(id).kind == DeclKind::Person => {
                self.refer(at, id);
                Some(id)
            }
            Some(id) => {
                // The name does refer to this declaration, so it counts as
                // used and the editor's references find it.
                self.refer(at, id);
                let kind = self.symbol(id).kind.as_str();
                let code = if key == "owner" { &OWNER_NOT_PERSON } else { &WRONG_KIND };
                let message = Message::new("not-a-person")
                    .arg("name", word.text.as_str())
                    .arg("kind", kind)
                    .arg("key", key);
                self.diagnostics.push(
                    Diagnostic::new(code, at, message)
                        .with_related(
                            self.symbol(id).name_span,
                            Message::new("declared-here").arg("kind", kind),
                        )
                        .with_help(Message::new("help-not-a-person")),
                );
                None
            }
            None => {
                self.unknown_reference(file, word, DeclKind::Person);
                None
            }
        }
    }

    /// Resolves a top-level name that must be of kind `expected`.
    pub(crate) fn resolve_global(&mut self, file: FileId, word: &Word, expected: DeclKind) -> Option<SymbolId> {
        let at = self.at(file, word.span);
        match self.globals.get(&word.text).copied() {
            Some(id) if self.symbol(id).kind == expected => {
                self.refer(at, id);
                Some(id)
            }
            Some(id) => {
                self.refer(at, id);
                let found = self.symbol(id).kind.as_str();
                let message = Message::new("wrong-kind")
                    .arg("name", word.text.as_str())
                    .arg("kind", found)
                    .arg("expected", expected.as_str());
                let mut diagnostic = Diagnostic::new(&WRONG_KIND, at, message).with_related(
                    self.symbol(id).name_span,
                    Message::new("declared-here").arg("kind", found),
                );
                if let Some(suggestion) = self.suggest_global(&word.text, expected) {
                    diagnostic = with_suggestion(diagnostic, at, &suggestion);
                }
                self.diagnostics.push(diagnostic);
                None
            }
            None => {
                self.unknown_reference(file, word, expected);
                None
            }
        }
    }

    fn suggest_global(&self, name: &str, kind: DeclKind) -> Option<String> {
        let candidates = self
            .globals
            .iter()
            .filter(|(_, id)| self.symbol(**id).kind == kind)
            .map(|(name, _)| name.as_str());
        closest(name, candidates).map(str::to_owned)
    }

    fn unknown_reference(&mut self, file: FileId, word: &Word, expected: DeclKind) {
        let at = self.at(file, word.span);
        let message = Message::new("unknown-reference")
            .arg("name", word.text.as_str())
            .arg("kind", expected.as_str());
        let mut diagnostic = Diagnostic::new(&UNKNOWN_REFERENCE, at, message);
        if let Some(suggestion) = self.suggest_global(&word.text, expected) {
            diagnostic = with_suggestion(diagnostic, at, &suggestion);
        } else {
            diagnostic = diagnostic.with_help(
                Message::new("help-declare")
                    .arg("kind", expected.as_str())
                    .arg("keyword", expected.keyword())
                    .arg("name", word.text.as_str()),
            );
        }
        self.diagnostics.push(diagnostic);
    }

    /// `owner: maya` where `@maya` was meant.
    fn person_without_at(&mut self, file: FileId, word: &Word) {
        let at = self.at(file, word.span);
        let message = Message::new("person-without-at").arg("name", word.text.as_str());
        self.diagnostics.push(
            Diagnostic::new(&INVALID_VALUE, at, message)
                .with_help(Message::new("help-person-without-at").arg("name", word.text.as_str()))
                .with_fix(Fix {
                    title: Message::new("fix-replace").arg("suggestion", format!("@{}", word.text)),
                    edits: vec![Edit {
                        at,
                        replacement: format!("@{}", word.text),
                    }],
                }),
        );
    }

    fn resolve_pain(&mut self, file: FileId, word: &Word, journey: Option<usize>) -> Option<SymbolId> {
        let scope = &self.scopes[journey?];
        let at = self.at(file, word.span);
        if let Some(id) = scope.pains.get(&word.text).copied() {
            self.refer(at, id);
            return Some(id);
        }
        let suggestion = closest(&word.text, scope.pains.keys().map(EcoString::as_str)).map(str::to_owned);
        let message = Message::new("unknown-reference")
            .arg("name", word.text.as_str())
            .arg("kind", "pain");
        let mut diagnostic = Diagnostic::new(&UNKNOWN_REFERENCE, at, message);
        diagnostic = match suggestion {
            Some(suggestion) => with_suggestion(diagnostic, at, &suggestion),
            None => diagnostic.with_help(Message::new("help-name-pain")),
        };
        self.diagnostics.push(diagnostic);
        None
    }

    /// Resolves `journey.stage` or `journey.stage.step`.
    fn resolve_anchor(&mut self, file: FileId, segments: &[Word]) -> Option<Anchor> {
        let journey_word = &segments[0];
        let journey_symbol = self.resolve_global(file, journey_word, DeclKind::Journey)?;
        let journey = self.typed(journey_symbol);
        let whole = segments.first()?.span.cover(segments.last()?.span);
        if segments.len() == 1 || segments.len() > 3 {
            let message = Message::new("parent-not-stage").arg("path", join(segments));
            self.diagnostics.push(
                Diagnostic::new(&PARENT_NOT_STAGE, self.at(file, whole), message)
                    .with_help(Message::new("help-parent-path").arg("journey", journey_word.text.as_str())),
            );
            return None;
        }
        let stage_word = &segments[1];
        let Some(stage) = self.scopes[journey].stages.get(&stage_word.text).copied() else {
            let stages: Vec<EcoString> = self.scopes[journey].stages.keys().cloned().collect();
            self.missing_in_path(file, stage_word, &segments[..1], stages);
            return None;
        };
        let stage_symbol = self.scopes[journey].locals[&stage_word.text];
        self.refer(self.at(file, stage_word.span), stage_symbol);
        let step = match segments.get(2) {
            None => None,
            Some(step_word) => {
                let key = (stage, step_word.text.clone());
                let Some(step) = self.scopes[journey].steps.get(&key).copied() else {
                    let steps: Vec<EcoString> = self.scopes[journey]
                        .steps
                        .keys()
                        .filter(|(owner, _)| *owner == stage)
                        .map(|(_, name)| name.clone())
                        .collect();
                    self.missing_in_path(file, step_word, &segments[..2], steps);
                    return None;
                };
                let step_symbol = self.scopes[journey].locals[&step_word.text];
                self.refer(self.at(file, step_word.span), step_symbol);
                Some(step)
            }
        };
        Some(Anchor {
            journey: JourneyId(journey as u32),
            stage,
            step,
        })
    }

    fn missing_in_path(&mut self, file: FileId, word: &Word, path: &[Word], candidates: Vec<EcoString>) {
        let at = self.at(file, word.span);
        let message = Message::new("parent-not-found")
            .arg("path", join(path))
            .arg("name", word.text.as_str());
        let mut diagnostic = Diagnostic::new(&PARENT_NOT_STAGE, at, message);
        let mut sorted = candidates;
        sorted.sort();
        if let Some(suggestion) = closest(&word.text, sorted.iter().map(EcoString::as_str)) {
            diagnostic = with_suggestion(diagnostic, at, suggestion);
        } else if !sorted.is_empty() {
            diagnostic = diagnostic.with_help(Message::new("help-parent-candidates").arg("names", sorted.join(", ")));
        }
        self.diagnostics.push(diagnostic);
    }

    fn unknown_keyword(&mut self, file: FileId, word: &Word, allowed: &[&str]) {
        let at = self.at(file, word.span);
        let message = Message::new("unknown-keyword-value")
            .arg("value", word.text.as_str())
            .arg("allowed", allowed.join(", "));
        let mut diagnostic = Diagnostic::new(&UNKNOWN_KEYWORD_VALUE, at, message);
        diagnostic = match closest(&word.text, allowed.iter().copied()) {
            Some(suggestion) => with_suggestion(diagnostic, at, suggestion),
            None => diagnostic.with_help(Message::new("help-keyword-values").arg("allowed", allowed.join(", "))),
        };
        self.diagnostics.push(diagnostic);
    }

    pub(crate) fn invalid_value(&mut self, file: FileId, value: &Value, expected: &str) {
        let message = Message::new("invalid-value")
            .arg("expected", expected)
            .arg("found", form(value));
        self.diagnostics
            .push(Diagnostic::new(&INVALID_VALUE, self.at(file, value.span), message));
    }

    /// The index of a top-level symbol in its kind's list.
    pub(crate) fn typed(&self, id: SymbolId) -> usize {
        self.typed_index[&id]
    }

    pub(crate) fn person_id(&self, id: SymbolId) -> crate::ir::PersonId {
        crate::ir::PersonId(self.typed(id) as u32)
    }
}

fn symbol_of(resolved: Resolved) -> Option<SymbolId> {
    match resolved {
        Resolved::Symbol(id) => Some(id),
        _ => None,
    }
}

fn join(segments: &[Word]) -> String {
    segments
        .iter()
        .map(|word| word.text.as_str())
        .collect::<Vec<_>>()
        .join(".")
}

fn expected_form(expected: ValueType) -> &'static str {
    match expected {
        ValueType::Person => "person",
        ValueType::Persons => "person_list",
        ValueType::Members => "member_list",
        ValueType::Ref(kind) | ValueType::Refs(kind) => kind.as_str(),
        ValueType::StagePath => "path",
        ValueType::String => "string",
        ValueType::Number => "number",
        ValueType::Measure => "measure",
        ValueType::Date => "date",
        ValueType::Cadence => "cadence",
        ValueType::Keyword(_) => "keyword",
        ValueType::Pains => "pain",
    }
}
