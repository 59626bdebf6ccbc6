//! Fixtures for the ide tests: several files in one string, and a `$0`
//! marker for the cursor.
//!
//! ```text
//! //- people.journey
//! person maya "Maya"
//! //- journeys/a.journey
//! journey a "A" { owner: @ma$0ya }
//! ```
//!
//! Text without a `//-` line is one file called `main.journey`.

#![allow(dead_code, reason = "each test file uses a different part of the helpers")]

use std::collections::BTreeMap;
use std::sync::Arc;

use journey_diagnostics::{FileId, Span};
use journey_ide::{DiskFile, Snapshot, SourceChange, Workspace};

pub const CURSOR: &str = "$0";

pub struct Fixture {
    pub workspace: Workspace,
    pub snapshot: Arc<Snapshot>,
    /// The file and byte offset of `$0`.
    pub cursor: Option<(FileId, u32)>,
}

/// The date the fixtures treat as today.
pub fn today() -> time::Date {
    time::Date::from_calendar_date(2026, time::Month::December, 1).unwrap()
}

pub fn files(text: &str) -> Vec<(String, String)> {
    if !text.trim_start().starts_with("//-") {
        return vec![("main.journey".to_owned(), text.to_owned())];
    }
    let mut files: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        match line.trim_start().strip_prefix("//-") {
            Some(path) => files.push((path.trim().to_owned(), String::new())),
            None => files
                .last_mut()
                .expect("text starts with a file header")
                .1
                .push_str(line),
        }
    }
    files
}

/// Builds a fixture from `text` with the cursor at the `|` of `marker`, a
/// snippet that must occur in `text` once the `|` is removed.
pub fn fixture_with_cursor(text: &str, marker: &str) -> Fixture {
    let plain = marker.replace('|', "");
    assert!(text.contains(&plain), "{marker}");
    fixture(&text.replacen(&plain, &marker.replace('|', "$0"), 1))
}

pub fn fixture(text: &str) -> Fixture {
    let mut workspace = Workspace::new(today());
    let mut cursor = None;
    for (path, mut content) in files(text) {
        let marker = content.find(CURSOR);
        if marker.is_some() {
            content = content.replacen(CURSOR, "", 1);
        }
        let id = if path == "journey.toml" {
            workspace.set_settings_file(DiskFile::new(content))
        } else {
            workspace.set_disk_file(&path, DiskFile::new(content))
        };
        if let Some(offset) = marker {
            cursor = Some((id, offset as u32));
        }
    }
    let snapshot = workspace.snapshot();
    Fixture {
        workspace,
        snapshot,
        cursor,
    }
}

impl Fixture {
    pub fn cursor(&self) -> (FileId, u32) {
        self.cursor.expect("the fixture has a $0 marker")
    }

    pub fn file(&self, path: &str) -> FileId {
        self.workspace.file_id(path).unwrap_or_else(|| panic!("no file {path}"))
    }

    pub fn text(&self, file: FileId) -> &str {
        self.snapshot.text(file).expect("the file exists")
    }

    /// The text a span covers.
    pub fn slice(&self, file: FileId, span: Span) -> &str {
        &self.text(file)[span.range()]
    }

    /// Every file's text after applying `change`.
    pub fn apply(&self, change: &SourceChange) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (file, edits) in &change.edits {
            let mut text = self.text(*file).to_owned();
            for edit in edits.iter().rev() {
                text.replace_range(edit.span.range(), &edit.new_text);
            }
            out.insert(self.snapshot.path(*file).unwrap().to_owned(), text);
        }
        out
    }
}

/// Northwind-like people and vocabulary shared by several tests.
pub const PEOPLE: &str = r#"//- people.journey
workspace "Bank" { lead: @maya }
person maya "Maya Laurent" { role: "Journey lead" }
person omar "Omar Haddad"
person chloé "Chloé Martin"
team compliance "Compliance"
committee onboarding "Onboarding committee" { owner: @omar }
channel web "Website" { kind: digital }
channel branch "Branch"
facet department "Department" {
  value retail "Retail banking"
  value business "Business banking"
}
persona newcomer "Newcomer"
kpi nps "Net Promoter Score" { better: higher }
"#;
