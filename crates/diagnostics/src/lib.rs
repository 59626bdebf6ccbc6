//! Spans, the catalogue of diagnostic codes and the `Diagnostic` value that
//! every layer produces.
//!
//! A diagnostic carries message identifiers and arguments, never finished
//! text: the `journey-i18n` crate turns them into English or French at the
//! edge (CLI, language server). This crate renders nothing and does no IO.

mod codes;
mod span;

use ecow::EcoString;

pub use codes::*;
pub use span::{FileId, FileSpan, Span};

/// A value substituted into a localised message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Str(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Str(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Str(value.clone())
    }
}

impl From<EcoString> for Arg {
    fn from(value: EcoString) -> Self {
        Arg::Str(value.into())
    }
}

impl From<&EcoString> for Arg {
    fn from(value: &EcoString) -> Self {
        Arg::Str(value.as_str().to_owned())
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Arg::Num(value as f64)
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Num(value as f64)
    }
}

impl From<f64> for Arg {
    fn from(value: f64) -> Self {
        Arg::Num(value)
    }
}

/// A message identifier of the Fluent catalogue with its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message { id, args: Vec::new() }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Returns the argument called `name`, for renderers and tests.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(key, _)| *key == name).map(|(_, value)| value)
    }
}

/// A span of source with an optional message drawn under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub at: FileSpan,
    pub message: Option<Message>,
}

/// A text replacement that fixes a diagnostic.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    pub at: FileSpan,
    pub replacement: String,
}

/// A machine-applicable fix, offered as a code action by the language server.
#[derive(Debug, Clone, PartialEq)]
pub struct Fix {
    pub title: Message,
    pub edits: Vec<Edit>,
}

/// One problem found in the workspace.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub code: &'static Code,
    pub severity: Severity,
    pub message: Message,
    pub primary: Label,
    pub related: Vec<Label>,
    pub help: Option<Message>,
    pub fix: Option<Fix>,
}

impl Diagnostic {
    /// Creates a diagnostic with the code's default severity and a primary label without text.
    pub fn new(code: &'static Code, at: FileSpan, message: Message) -> Self {
        Diagnostic {
            code,
            severity: code.default_severity,
            message,
            primary: Label { at, message: None },
            related: Vec::new(),
            help: None,
            fix: None,
        }
    }

    pub fn with_label(mut self, message: Message) -> Self {
        self.primary.message = Some(message);
        self
    }

    pub fn with_related(mut self, at: FileSpan, message: Message) -> Self {
        self.related.push(Label {
            at,
            message: Some(message),
        });
        self
    }

    pub fn with_help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    pub fn file(&self) -> FileId {
        self.primary.at.file
    }

    /// Orders diagnostics by file, then position, then code, so output is stable.
    pub fn sort_key(&self) -> (FileId, u32, u32, &'static str) {
        let at = self.primary.at;
        (at.file, at.span.start, at.span.end, self.code.id)
    }
}
