//! An immutable analysis of the workspace at one moment, which every
//! feature reads. A server can clone the `Arc` out of its lock and answer
//! requests without holding the lock.

use std::collections::HashMap;
use std::sync::Arc;

use journey_diagnostics::{Diagnostic, FileId, FileSpan, Span};
use journey_model::{Analysis, Model, ParsedFile, Symbol, SymbolId};
use journey_syntax::Parse;

use crate::line_index::LineIndex;
use crate::workspace::FileKind;

/// One file's text, parse and line index.
#[derive(Debug, Clone)]
pub(crate) struct FileData {
    pub id: FileId,
    pub path: String,
    pub kind: FileKind,
    pub text: Arc<str>,
    pub parse_text: Arc<str>,
    pub parse: Arc<Parse>,
    pub index: Arc<LineIndex>,
    /// Problems found while reading the file or, for `journey.toml`, its settings.
    pub problems: Vec<Diagnostic>,
}

impl FileData {
    /// Gathers a file's data. `parse`, when given, must be the parse of `parse_text`.
    pub fn new(
        id: FileId,
        path: &str,
        kind: FileKind,
        text: Arc<str>,
        parse_text: Arc<str>,
        problems: Vec<Diagnostic>,
        parse: Option<Arc<Parse>>,
    ) -> Self {
        let parse = match kind {
            FileKind::Journey => parse.unwrap_or_else(|| Arc::new(journey_syntax::parse(id, &parse_text))),
            FileKind::Settings => Arc::new(journey_syntax::parse(id, "")),
        };
        let index = Arc::new(LineIndex::new(text.clone()));
        FileData {
            id,
            path: path.to_owned(),
            kind,
            text,
            parse_text,
            parse,
            index,
            problems,
        }
    }

    pub fn parsed(&self) -> ParsedFile {
        ParsedFile {
            id: self.id,
            path: self.path.clone(),
            text: self.parse_text.clone(),
            parse: self.parse.clone(),
        }
    }
}

/// The analysis of every file at one moment.
#[derive(Debug)]
pub struct Snapshot {
    files: Vec<Option<FileData>>,
    analysis: Analysis,
    diagnostics: HashMap<FileId, Vec<Diagnostic>>,
}

impl Snapshot {
    pub(crate) fn new(files: Vec<Option<FileData>>, analysis: Analysis) -> Self {
        let mut diagnostics: HashMap<FileId, Vec<Diagnostic>> = HashMap::new();
        let problems = files.iter().flatten().flat_map(|file| file.problems.iter().cloned());
        for diagnostic in problems.chain(analysis.diagnostics.iter().cloned()) {
            diagnostics.entry(diagnostic.file()).or_default().push(diagnostic);
        }
        for list in diagnostics.values_mut() {
            list.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        }
        Snapshot {
            files,
            analysis,
            diagnostics,
        }
    }

    pub fn model(&self) -> &Model {
        &self.analysis.model
    }

    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// Every file of the workspace, `journey.toml` included.
    pub fn files(&self) -> impl Iterator<Item = FileId> + '_ {
        self.files.iter().flatten().map(|file| file.id)
    }

    pub fn path(&self, file: FileId) -> Option<&str> {
        self.file(file).map(|data| data.path.as_str())
    }

    pub fn text(&self, file: FileId) -> Option<&str> {
        self.file(file).map(|data| &*data.text)
    }

    pub fn line_index(&self, file: FileId) -> Option<&LineIndex> {
        self.file(file).map(|data| &*data.index)
    }

    /// The raw diagnostics of one file, sorted by position. A server can
    /// compare them with the ones it last published to skip unchanged files.
    pub fn raw_diagnostics(&self, file: FileId) -> &[Diagnostic] {
        self.diagnostics.get(&file).map_or(&[], Vec::as_slice)
    }

    /// The syntax tree of a `.journey` file. A file that did not change
    /// since the previous snapshot shares its tree with it.
    pub fn syntax_tree(&self, file: FileId) -> Option<Arc<Parse>> {
        self.file(file)
            .filter(|data| data.kind == FileKind::Journey)
            .map(|data| data.parse.clone())
    }

    pub(crate) fn file(&self, file: FileId) -> Option<&FileData> {
        self.files.get(file.0 as usize)?.as_ref()
    }

    pub(crate) fn parse(&self, file: FileId) -> Option<&Parse> {
        self.file(file)
            .filter(|data| data.kind == FileKind::Journey)
            .map(|data| &*data.parse)
    }

    pub(crate) fn symbol(&self, id: SymbolId) -> &Symbol {
        &self.model().symbols[id.index()]
    }

    /// The symbol named at `offset`: the target of a reference written
    /// there, or the declaration whose name is there. References win, so
    /// the name of a KPI value (`kpi nps { … }` in a journey) leads to the
    /// library KPI it refers to.
    pub(crate) fn named_symbol_at(&self, file: FileId, offset: u32) -> Option<(SymbolId, Span)> {
        let references = self
            .model()
            .references
            .iter()
            .map(|reference| (reference.target, reference.at));
        let declarations = self
            .symbols()
            .filter(|(_, symbol)| symbol.name.is_some())
            .map(|(id, symbol)| (id, symbol.name_span));
        best_at(references, file, offset).or_else(|| best_at(declarations, file, offset))
    }

    /// The unnamed declaration (a touchpoint without a name, a blueprint
    /// lane) whose keyword is at `offset`.
    pub(crate) fn unnamed_declaration_at(&self, file: FileId, offset: u32) -> Option<(SymbolId, Span)> {
        let keywords = self
            .symbols()
            .filter(|(_, symbol)| symbol.name.is_none())
            .map(|(id, symbol)| (id, symbol.name_span));
        best_at(keywords, file, offset)
    }

    pub(crate) fn symbols(&self) -> impl Iterator<Item = (SymbolId, &Symbol)> {
        self.model()
            .symbols
            .iter()
            .enumerate()
            .map(|(index, symbol)| (SymbolId(index as u32), symbol))
    }

    /// Every place that names `target`: its references, and its declaration when asked.
    pub(crate) fn occurrences(&self, target: SymbolId, with_declaration: bool) -> Vec<FileSpan> {
        let symbol = self.symbol(target);
        let declaration = (with_declaration && symbol.name.is_some()).then_some(symbol.name_span);
        let references = self
            .model()
            .references
            .iter()
            .filter(|reference| reference.target == target)
            .map(|reference| reference.at);
        let mut found: Vec<FileSpan> = declaration.into_iter().chain(references).collect();
        found.sort();
        found.dedup();
        found
    }
}

/// Picks the span that contains `offset`, preferring one that starts at or
/// before it and ends after it over one that ends exactly at it, so that in
/// `@a,@b` the cursor between `a` and `,` finds `a`, and before `b` finds `b`.
fn best_at(
    candidates: impl Iterator<Item = (SymbolId, FileSpan)>,
    file: FileId,
    offset: u32,
) -> Option<(SymbolId, Span)> {
    let mut touching = None;
    for (id, at) in candidates {
        if at.file != file || at.span.start > offset || at.span.end < offset {
            continue;
        }
        if at.span.end > offset {
            return Some((id, at.span));
        }
        touching.get_or_insert((id, at.span));
    }
    touching
}
