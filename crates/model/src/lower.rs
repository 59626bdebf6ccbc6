//! Lowering: from the syntax trees of every file to the typed model.
//!
//! Pass one declares every symbol, top-level and local, so that references
//! can point anywhere regardless of file order. Pass two reads properties,
//! resolves references and builds the typed structures.

// FxHash: the keys are names and ids from the workspace, and SipHash was a
// third of the checker's instructions.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use ecow::EcoString;
use journey_diagnostics::{
    DUPLICATE_NAME, DUPLICATE_PROPERTY, DUPLICATE_WORKSPACE, Diagnostic, Edit, FileId, FileSpan, Fix, MISSING_LABEL,
    MISSING_NAME, Message, Span, UNKNOWN_DECLARATION, UNKNOWN_PROPERTY,
};
use journey_syntax::ast::{Decl, Property};

use crate::ir::*;
use crate::resolve::Resolved;
use crate::schema::{DeclKind, NameRule, SCHEMAS, TOP_LEVEL};
use crate::suggest::closest;
use journey_syntax::Parse;

/// The names local to one journey.
#[derive(Default)]
pub(crate) struct JourneyScope {
    /// Every named stage, step, touchpoint, pain, gain, opportunity and solution.
    pub locals: HashMap<EcoString, SymbolId>,
    pub stages: HashMap<EcoString, usize>,
    pub steps: HashMap<(usize, EcoString), usize>,
    /// Pains by name, for `for:`.
    pub pains: HashMap<EcoString, SymbolId>,
    /// The number of steps of each stage, by stage index.
    pub step_counts: Vec<usize>,
}

pub(crate) struct Lowerer {
    pub model: Model,
    pub diagnostics: Vec<Diagnostic>,
    pub globals: HashMap<EcoString, SymbolId>,
    /// For top-level symbols: the index into their kind's list in the model.
    pub typed_index: HashMap<SymbolId, usize>,
    pub scopes: Vec<JourneyScope>,
    /// The symbol declared by each declaration, keyed by file and start offset.
    pub decl_symbols: HashMap<(FileId, u32), SymbolId>,
    pub used: Vec<bool>,
    /// How many top-level declarations of each kind pass one has seen.
    counts: HashMap<DeclKind, usize>,
    /// The span of each resolved property value whose key is in [`CHECKED_KEYS`],
    /// by declaring symbol and schema key. Read through [`Lowerer::value_span`].
    value_spans: HashMap<(SymbolId, u8), FileSpan>,
    /// Journeys that write `parent:`, whether or not it resolved.
    pub declared_parent: HashSet<SymbolId>,
    /// Every property written whose key is in [`CHECKED_KEYS`], by declaring
    /// symbol and key, whether or not its value resolved. Read through [`Lowerer::wrote`].
    written: HashSet<(SymbolId, u8)>,
}

/// The property keys whose value span or presence a check reads. Only these
/// are recorded: an entry for every property of the workspace made the two
/// maps take about 11 MB of the 74 MB heap peak of `journey check` on
/// 100,000 generated lines.
const CHECKED_KEYS: &[&str] = &[
    "actual", "emotion", "level", "owner", "parent", "reviewed", "status", "target",
];

/// Returns the index of `key` in [`CHECKED_KEYS`]. The maps are keyed by
/// it because a one-byte index takes less room than a `&str`.
fn checked_key(key: &str) -> Option<u8> {
    CHECKED_KEYS
        .iter()
        .position(|checked| *checked == key)
        .map(|index| index as u8)
}

impl Lowerer {
    pub fn new() -> Self {
        Lowerer {
            model: Model::default(),
            diagnostics: Vec::new(),
            globals: HashMap::default(),
            typed_index: HashMap::default(),
            scopes: Vec::new(),
            decl_symbols: HashMap::default(),
            used: Vec::new(),
            counts: HashMap::default(),
            value_spans: HashMap::default(),
            declared_parent: HashSet::default(),
            written: HashSet::default(),
        }
    }

    pub fn at(&self, file: FileId, span: Span) -> FileSpan {
        FileSpan::new(file, span)
    }

    pub fn symbol(&self, id: SymbolId) -> &Symbol {
        &self.model.symbols[id.index()]
    }

    fn add_symbol(&mut self, symbol: Symbol) -> SymbolId {
        let id = SymbolId(self.model.symbols.len() as u32);
        self.model.symbols.push(symbol);
        self.used.push(false);
        id
    }

    /// Returns the span of the value of `key` on `symbol`, when that value resolved.
    pub fn value_span(&self, symbol: SymbolId, key: &'static str) -> Option<FileSpan> {
        let index = checked_key(key);
        debug_assert!(index.is_some(), "`{key}` is missing from CHECKED_KEYS");
        self.value_spans.get(&(symbol, index?)).copied()
    }

    /// Returns whether `symbol` writes the property `key`, whether or not its value resolved.
    pub fn wrote(&self, symbol: SymbolId, key: &'static str) -> bool {
        let index = checked_key(key);
        debug_assert!(index.is_some(), "`{key}` is missing from CHECKED_KEYS");
        index.is_some_and(|index| self.written.contains(&(symbol, index)))
    }

    pub fn symbol_of(&self, file: FileId, decl: &Decl) -> Option<SymbolId> {
        self.decl_symbols.get(&(file, decl.span.start)).copied()
    }

    /// Records that the source at `at` names `target`.
    pub fn refer(&mut self, at: FileSpan, target: SymbolId) {
        self.model.references.push(Reference { at, target });
        self.used[target.index()] = true;
    }

    // ---- pass one -------------------------------------------------------

    /// Declares every symbol of one file.
    pub fn declare_file(&mut self, file: FileId, parse: &Parse) {
        for decl in &parse.file.items {
            self.declare_top(file, decl);
        }
    }

    /// Ends pass one, once every file is declared.
    pub fn finish_declarations(&mut self) {
        // Pass two adds no symbols: give back the room that doubling left.
        self.model.symbols.shrink_to_fit();
        self.used.shrink_to_fit();
    }

    fn declare_top(&mut self, file: FileId, decl: &Decl) {
        let Some(kind) = self.decl_kind(file, decl, None) else {
            return;
        };
        let id = self.declare(file, decl, kind, None);
        // Pass two pushes each kind's entries in this same order.
        let count = self.counts.entry(kind).or_insert(0);
        self.typed_index.insert(id, *count);
        *count += 1;
        if kind == DeclKind::Journey {
            let journey = self.scopes.len();
            self.scopes.push(JourneyScope::default());
            self.declare_locals(file, decl, kind, id, journey, None);
        } else if kind == DeclKind::Facet {
            for child in decl.children() {
                if let Some(child_kind) = self.decl_kind(file, child, Some(kind)) {
                    self.declare(file, child, child_kind, Some(id));
                }
            }
        }
    }

    /// Works out what a declaration declares, reporting unknown keywords.
    fn decl_kind(&mut self, file: FileId, decl: &Decl, parent: Option<DeclKind>) -> Option<DeclKind> {
        let keyword = decl.keyword.text.as_str();
        if let Some(kind) = DeclKind::from_keyword(keyword, parent) {
            return Some(kind);
        }
        let allowed: Vec<&str> = parent
            .map_or(TOP_LEVEL, DeclKind::children)
            .iter()
            .map(|kind| kind.keyword())
            .collect();
        let at = self.at(file, decl.keyword.span);
        let place = parent.map_or("top", DeclKind::as_str);
        let mut diagnostic = Diagnostic::new(
            &UNKNOWN_DECLARATION,
            at,
            Message::new("unknown-declaration")
                .arg("keyword", keyword)
                .arg("place", place),
        );
        if let Some(suggestion) = closest(keyword, allowed.iter().copied()) {
            diagnostic = with_suggestion(diagnostic, at, suggestion);
        } else if SCHEMAS.iter().any(|schema| schema.keyword == keyword) {
            let homes: Vec<&str> = SCHEMAS
                .iter()
                .filter(|schema| schema.children.iter().any(|child| child.keyword() == keyword))
                .map(|schema| schema.keyword)
                .collect();
            let help = if TOP_LEVEL.iter().any(|kind| kind.keyword() == keyword) {
                Message::new("help-declaration-top-level-only").arg("keyword", keyword)
            } else if parent.is_some() {
                // Most often the `}` of the block above is missing.
                Message::new("help-declaration-belongs-in-nested")
                    .arg("keyword", keyword)
                    .arg("places", homes.join(", "))
            } else {
                Message::new("help-declaration-belongs-in")
                    .arg("keyword", keyword)
                    .arg("places", homes.join(", "))
            };
            diagnostic = diagnostic.with_help(help);
        } else {
            diagnostic =
                diagnostic.with_help(Message::new("help-declaration-allowed").arg("keywords", allowed.join(", ")));
        }
        self.diagnostics.push(diagnostic);
        None
    }

    /// Creates the symbol for one declaration and checks its name and label.
    fn declare(&mut self, file: FileId, decl: &Decl, kind: DeclKind, parent: Option<SymbolId>) -> SymbolId {
        let schema = kind.schema();
        let name = decl.name.as_ref();
        match (schema.name, name) {
            (NameRule::Required, None) => {
                let message = Message::new("missing-name").arg("keyword", decl.keyword.text.as_str());
                self.diagnostics.push(
                    Diagnostic::new(&MISSING_NAME, self.at(file, decl.keyword.span), message)
                        .with_help(Message::new("help-missing-name").arg("keyword", decl.keyword.text.as_str())),
                );
            }
            (NameRule::None, Some(word)) => {
                let message = Message::new("unexpected-name").arg("keyword", decl.keyword.text.as_str());
                self.diagnostics.push(
                    Diagnostic::new(&MISSING_NAME, self.at(file, word.span), message)
                        .with_help(Message::new("help-unexpected-name")),
                );
            }
            _ => {}
        }
        let needs_label = kind != DeclKind::KpiValue && kind != DeclKind::Workspace;
        // A required name that is missing is already reported as such.
        let named_or_optional = decl.name.is_some() || schema.name != NameRule::Required;
        if needs_label && decl.label.is_none() && named_or_optional && !matches!(kind, DeclKind::Stage | DeclKind::Step)
        {
            // Stages and steps often read well from their name alone; other
            // declarations are shown to people by their label, and an
            // unnamed one has nothing else to show.
            let message = Message::new("missing-label").arg("keyword", decl.keyword.text.as_str());
            self.diagnostics
                .push(Diagnostic::new(&MISSING_LABEL, self.at(file, decl.span), message));
        }

        let name_text = name
            .filter(|_| schema.name != NameRule::None)
            .map(|word| word.text.clone());
        let name_span = name.map_or(decl.keyword.span, |word| word.span);
        let symbol = Symbol {
            kind,
            name: name_text.clone(),
            label: self.checked_label(file, decl),
            doc: decl.doc.as_ref().map(|doc| doc.text.clone()),
            decl: self.at(file, decl.span),
            name_span: self.at(file, name_span),
            parent,
        };
        let id = self.add_symbol(symbol);
        self.decl_symbols.insert((file, decl.span.start), id);

        if let Some(name) = name_text.filter(|_| kind.is_global()) {
            self.register_global(name, id);
        }
        id
    }

    fn register_global(&mut self, name: EcoString, id: SymbolId) {
        match self.globals.get(&name) {
            Some(&first) => self.report_duplicate(first, id),
            None => {
                self.globals.insert(name, id);
            }
        }
    }

    pub fn report_duplicate(&mut self, first: SymbolId, second: SymbolId) {
        let first_symbol = self.symbol(first);
        let second_symbol = self.symbol(second);
        let name = second_symbol.name.clone().unwrap_or_default();
        let message = Message::new("duplicate-name")
            .arg("name", name.as_str())
            .arg("kind", second_symbol.kind.as_str())
            .arg("first", first_symbol.kind.as_str());
        let diagnostic = Diagnostic::new(&DUPLICATE_NAME, second_symbol.name_span, message)
            .with_label(Message::new("duplicate-name-label"))
            .with_related(
                first_symbol.name_span,
                Message::new("duplicate-name-first").arg("first", first_symbol.kind.as_str()),
            )
            .with_help(Message::new("help-duplicate-name"));
        self.diagnostics.push(diagnostic);
    }

    /// Declares the stages, steps and other named parts inside a journey.
    /// Stages and steps are numbered in source order, the order in which
    /// pass two builds them.
    fn declare_locals(
        &mut self,
        file: FileId,
        decl: &Decl,
        kind: DeclKind,
        parent: SymbolId,
        journey: usize,
        stage: Option<usize>,
    ) {
        for child in decl.children() {
            let Some(child_kind) = self.decl_kind(file, child, Some(kind)) else {
                continue;
            };
            let id = self.declare(file, child, child_kind, Some(parent));
            let name = self.symbol(id).name.clone();
            if let Some(name) = name.as_ref().filter(|_| child_kind != DeclKind::KpiValue) {
                match self.scopes[journey].locals.get(name) {
                    Some(&first) => self.report_duplicate(first, id),
                    None => {
                        self.scopes[journey].locals.insert(name.clone(), id);
                    }
                }
            }
            let scope = &mut self.scopes[journey];
            match child_kind {
                DeclKind::Stage => {
                    let index = scope.step_counts.len();
                    scope.step_counts.push(0);
                    if let Some(name) = name {
                        scope.stages.entry(name).or_insert(index);
                    }
                    self.declare_locals(file, child, child_kind, id, journey, Some(index));
                }
                DeclKind::Step => {
                    if let Some(stage) = stage {
                        let index = scope.step_counts[stage];
                        scope.step_counts[stage] += 1;
                        if let Some(name) = name {
                            scope.steps.entry((stage, name)).or_insert(index);
                        }
                    }
                    self.declare_locals(file, child, child_kind, id, journey, stage);
                }
                DeclKind::Pain => {
                    if let Some(name) = name {
                        scope.pains.entry(name).or_insert(id);
                    }
                }
                DeclKind::Phase | DeclKind::Opportunity => {
                    self.declare_locals(file, child, child_kind, id, journey, stage)
                }
                _ => {}
            }
        }
    }

    // ---- pass two: properties -------------------------------------------

    /// Reads the properties of a declaration against its schema. Facet keys
    /// are accepted on journeys. Returns the resolved values by key.
    pub fn read_properties<'d>(
        &mut self,
        file: FileId,
        decl: &'d Decl,
        kind: DeclKind,
        journey: Option<usize>,
    ) -> HashMap<&'d str, (Resolved, FileSpan)> {
        let entries = decl.entries().len();
        let mut values = HashMap::with_capacity_and_hasher(entries, Default::default());
        let mut seen: HashMap<&str, Span> = HashMap::with_capacity_and_hasher(entries, Default::default());
        let symbol = self.symbol_of(file, decl);
        for property in decl.properties() {
            let key = property.key.text.as_str();
            if let Some(first) = seen.get(key) {
                let message = Message::new("duplicate-property").arg("key", key);
                self.diagnostics.push(
                    Diagnostic::new(&DUPLICATE_PROPERTY, self.at(file, property.key.span), message)
                        .with_related(self.at(file, *first), Message::new("duplicate-property-first")),
                );
                continue;
            }
            seen.insert(key, property.key.span);
            // Facet and unknown keys are never looked up, and neither are most schema keys.
            let schema_key = kind.property(key).and_then(|schema| checked_key(schema.key));
            if let (Some(symbol), Some(schema_key)) = (symbol, schema_key) {
                self.written.insert((symbol, schema_key));
            }
            let Some(value) = &property.value else { continue };

            let resolved = match kind.property(key) {
                Some(schema) => self.resolve_value(file, property, value, schema.value, journey),
                None if kind == DeclKind::Journey && self.is_facet(key) => self.resolve_facet(file, property, value),
                None => {
                    self.report_unknown_property(file, property, kind);
                    None
                }
            };
            if let Some(resolved) = resolved {
                let at = self.at(file, value.span);
                if let (Some(symbol), Some(schema_key)) = (symbol, schema_key) {
                    self.value_spans.insert((symbol, schema_key), at);
                }
                values.insert(key, (resolved, at));
            }
        }
        values
    }

    fn is_facet(&self, key: &str) -> bool {
        self.globals
            .get(key)
            .is_some_and(|id| self.symbol(*id).kind == DeclKind::Facet)
    }

    fn report_unknown_property(&mut self, file: FileId, property: &Property, kind: DeclKind) {
        let key = property.key.text.as_str();
        let mut keys: Vec<&str> = kind.schema().properties.iter().map(|property| property.key).collect();
        let facets: Vec<EcoString> = if kind == DeclKind::Journey {
            self.model
                .symbols
                .iter()
                .filter(|s| s.kind == DeclKind::Facet)
                .filter_map(|s| s.name.clone())
                .collect()
        } else {
            Vec::new()
        };
        keys.extend(facets.iter().map(EcoString::as_str));
        let at = self.at(file, property.key.span);
        let message = Message::new("unknown-property")
            .arg("key", key)
            .arg("kind", kind.as_str());
        let mut diagnostic = Diagnostic::new(&UNKNOWN_PROPERTY, at, message);
        if let Some(suggestion) = closest(key, keys.iter().copied()) {
            diagnostic = with_suggestion(diagnostic, at, suggestion);
        } else if keys.is_empty() {
            diagnostic = diagnostic.with_help(Message::new("help-no-properties").arg("kind", kind.as_str()));
        } else {
            diagnostic = diagnostic.with_help(Message::new("help-allowed-properties").arg("keys", keys.join(", ")));
        }
        self.diagnostics.push(diagnostic);
    }

    /// Reports a second `workspace` block.
    pub fn duplicate_workspace(&mut self, file: FileId, decl: &Decl, first: FileSpan) {
        self.diagnostics.push(
            Diagnostic::new(
                &DUPLICATE_WORKSPACE,
                self.at(file, decl.keyword.span),
                Message::new("duplicate-workspace"),
            )
            .with_related(first, Message::new("duplicate-workspace-first")),
        );
    }
}

/// Adds "did you mean `x`?" as help and as a fix that replaces the text at `at`.
pub fn with_suggestion(diagnostic: Diagnostic, at: FileSpan, suggestion: &str) -> Diagnostic {
    diagnostic
        .with_help(Message::new("help-did-you-mean").arg("suggestion", suggestion))
        .with_fix(Fix {
            title: Message::new("fix-replace").arg("suggestion", suggestion),
            edits: vec![Edit {
                at,
                replacement: suggestion.to_owned(),
            }],
        })
}
