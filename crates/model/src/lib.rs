//! The checked model of a journey workspace.
//!
//! [`analyze`] takes the parsed files and the settings, resolves every name
//! across files (one namespace for top-level declarations), builds the
//! journey framework graph with petgraph, runs every check and returns the
//! typed [`Model`] with all diagnostics.
//!
//! This crate is pure: it reads no files and no clock (its `clippy.toml`
//! bans both). The caller loads the texts and passes today's date.

mod build;
mod checks;
pub mod date;
mod framework;
pub mod ir;
mod limits;
mod lower;
mod resolve;
pub mod schema;
pub mod settings;
mod suggest;

use std::sync::Arc;

use journey_diagnostics::{Diagnostic, FileId};
use journey_syntax::Parse;

/// The string type of the model's names and labels, re-exported so that
/// readers of the model can name it.
pub use ecow::EcoString;
pub use framework::framework_graph;
pub use ir::*;
pub use limits::{MAX_LABEL_CHARS, MAX_NAME_CHARS};
pub use settings::{LintLevel, Settings};
pub use suggest::closest;

/// One `.journey` file with its parse.
#[derive(Debug, Clone)]
pub struct ParsedFile {
    pub id: FileId,
    /// The path relative to the workspace root, with `/` separators.
    pub path: String,
    pub text: Arc<str>,
    pub parse: Arc<Parse>,
}

impl ParsedFile {
    pub fn new(id: FileId, path: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        let text = text.into();
        let parse = Arc::new(journey_syntax::parse(id, &text));
        ParsedFile {
            id,
            path: path.into(),
            text,
            parse,
        }
    }
}

/// The outcome of checking a workspace.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub model: Model,
    /// Every diagnostic, syntax ones included, after lint settings, sorted.
    pub diagnostics: Vec<Diagnostic>,
    pub today: Today,
}

/// Checks a workspace. `files` must have distinct ids.
pub fn analyze(files: &[ParsedFile], settings: &Settings, today: Today) -> Analysis {
    let mut lowerer = lower::Lowerer::new(files);
    lowerer.declare_all();
    lowerer.build_all();
    lowerer.check_framework(settings.max_depth);
    lowerer.check_values(settings);
    lowerer.check_governance(today);

    let mut model = lowerer.model;
    model.emotion_scale = (settings.emotion_min, settings.emotion_max);
    model.max_depth = settings.max_depth;

    let syntax = files.iter().flat_map(|file| file.parse.diagnostics.iter().cloned());
    let mut diagnostics: Vec<Diagnostic> = syntax
        .chain(lowerer.diagnostics)
        .filter_map(|mut diagnostic| {
            diagnostic.severity = settings.severity_of(diagnostic.code)?;
            Some(diagnostic)
        })
        .collect();
    diagnostics.sort_by(|a, b| {
        a.sort_key()
            .cmp(&b.sort_key())
            .then_with(|| a.message.id.cmp(b.message.id))
    });
    diagnostics.dedup();
    Analysis {
        model,
        diagnostics,
        today,
    }
}
