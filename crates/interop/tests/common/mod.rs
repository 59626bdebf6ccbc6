//! Helpers shared by the integration tests: checking `.journey` texts in
//! memory with the real analyzer.

#![allow(dead_code, reason = "each test file uses a different part")]

use std::sync::Arc;

use journey_diagnostics::Diagnostic;
use journey_model::{Analysis, ParsedFile, Settings, Today, TodaySource, analyze};
use journey_workspace::SourceMap;

/// Returns the date every test checks against.
pub fn today() -> Today {
    Today {
        date: time::macros::date!(2026 - 12 - 01),
        source: TodaySource::Flag,
    }
}

/// A checked in-memory workspace.
pub struct Checked {
    pub analysis: Analysis,
    pub sources: SourceMap,
}

/// Checks `files` (path, text) as one workspace with `settings`.
pub fn check_with(files: &[(&str, &str)], settings: &Settings) -> Checked {
    let mut sources = SourceMap::default();
    let mut parsed = Vec::new();
    for (path, text) in files {
        let id = sources.add((*path).to_owned(), Arc::from(*text));
        parsed.push(ParsedFile::new(id, *path, *text));
    }
    let analysis = analyze(&parsed, settings, today());
    Checked { analysis, sources }
}

pub fn check(files: &[(&str, &str)]) -> Checked {
    check_with(files, &Settings::default())
}

/// Renders diagnostics as `path:line:column code message-id` lines, for assertions.
pub fn describe(checked: &Checked) -> Vec<String> {
    checked
        .analysis
        .diagnostics
        .iter()
        .map(|diagnostic| describe_one(&checked.sources, diagnostic))
        .collect()
}

fn describe_one(sources: &SourceMap, diagnostic: &Diagnostic) -> String {
    let at = diagnostic.primary.at;
    let position = sources.line_column(at.file, at.span.start);
    let path = if (at.file.0 as usize) < sources.len() {
        sources.path(at.file)
    } else {
        "?"
    };
    format!(
        "{path}:{}:{} {} {}",
        position.line, position.column, diagnostic.code.id, diagnostic.message.id
    )
}

/// Returns the repository root.
pub fn repo_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
