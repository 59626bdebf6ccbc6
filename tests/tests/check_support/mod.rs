//! Running the real loader and model on a folder in-process, and reading the
//! expected diagnostics written inline in fixture files.
//!
//! An expectation is a comment at the end of a line: `//~ J0201` in a
//! `.journey` file or `#~ J0009` in `journey.toml`. It means "a diagnostic
//! with this code whose primary span starts on this line". `//~^ J0002`
//! points one line up (one `^` per line), for lines that cannot hold a
//! comment, such as one ending in an unterminated string. Several codes may
//! follow one marker, and a code written twice expects two diagnostics.

#![allow(dead_code, reason = "each test file uses a different part of this module")]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use journey_diagnostics::Diagnostic;
use journey_i18n::Lang;
use journey_model::date::parse_date;
use journey_model::{Analysis, FileText, ParsedFile, Today, TodaySource, analyze, analyze_texts};
use journey_workspace::{SourceMap, Workspace};

/// The date the fixtures are checked against unless their journey.toml sets `today`.
pub const FIXTURE_TODAY: &str = "2026-12-01";

/// A workspace loaded from disk and checked, as `journey check` does it.
pub struct Checked {
    pub workspace: Workspace,
    pub analysis: Analysis,
    /// Loader and model diagnostics together, sorted.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn sources(&self) -> &SourceMap {
        &self.workspace.sources
    }

    pub fn codes(&self) -> Vec<&'static str> {
        self.diagnostics.iter().map(|diagnostic| diagnostic.code.id).collect()
    }
}

/// Loads the workspace at `root` with the real loader and checks it with the
/// real model. Today is journey.toml's `today`, or [`FIXTURE_TODAY`].
pub fn check_folder(root: &Path) -> Checked {
    let workspace =
        journey_workspace::load(root).unwrap_or_else(|error| panic!("{} cannot be loaded: {error:?}", root.display()));
    let today = match workspace.settings.today {
        Some(date) => Today {
            date,
            source: TodaySource::Settings,
        },
        None => Today {
            date: parse_date(FIXTURE_TODAY).expect("a valid date"),
            source: TodaySource::Flag,
        },
    };
    let analysis = analyze_texts(&workspace.files, &workspace.settings, today);
    // The editor checks trees it keeps, the command line texts it parses twice.
    let parsed: Vec<ParsedFile> = workspace.files.iter().map(FileText::parse).collect();
    assert!(
        analyze(&parsed, &workspace.settings, today) == analysis,
        "{}: checking the parsed files and checking the texts differ",
        root.display()
    );
    let mut diagnostics = workspace.diagnostics.clone();
    diagnostics.extend(analysis.diagnostics.iter().cloned());
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    Checked {
        workspace,
        analysis,
        diagnostics,
    }
}

/// Writes `files` (name and bytes) into a new temporary folder and checks it.
pub fn check_files(files: &[(String, Vec<u8>)]) -> (tempfile::TempDir, Checked) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, bytes) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("the folder is writable");
        }
        std::fs::write(&path, bytes).expect("the file is writable");
    }
    let checked = check_folder(dir.path());
    (dir, checked)
}

/// One diagnostic reduced to what a fixture states: file, line and code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Expectation {
    pub file: String,
    pub line: u32,
    pub code: String,
}

/// Reads the `//~` and `#~` markers of every file of the workspace.
pub fn expectations(sources: &SourceMap) -> Vec<Expectation> {
    let mut expected = Vec::new();
    for (_, path, text) in sources.iter() {
        for (index, line) in text.lines().enumerate() {
            let Some((carets, codes)) = marker(line) else { continue };
            let line_number = (index + 1).checked_sub(carets).filter(|line| *line >= 1);
            let line_number =
                line_number.unwrap_or_else(|| panic!("{path}:{}: the marker points above the file", index + 1));
            for code in codes.split_whitespace() {
                assert!(
                    code.len() == 5 && code.starts_with('J'),
                    "{path}:{}: `{code}` is not a diagnostic code",
                    index + 1
                );
                expected.push(Expectation {
                    file: path.to_owned(),
                    line: line_number as u32,
                    code: code.to_owned(),
                });
            }
        }
    }
    expected.sort();
    expected
}

/// Splits a marker comment into its number of `^` and its codes.
fn marker(line: &str) -> Option<(usize, &str)> {
    let start = line
        .find("//~")
        .map(|at| at + 3)
        .or_else(|| line.find("#~").map(|at| at + 2))?;
    let rest = &line[start..];
    let carets = rest.chars().take_while(|c| *c == '^').count();
    Some((carets, &rest[carets..]))
}

/// Reduces the diagnostics found to the form of the expectations.
pub fn found(checked: &Checked) -> Vec<Expectation> {
    let sources = checked.sources();
    let mut found: Vec<Expectation> = checked
        .diagnostics
        .iter()
        .map(|diagnostic| Expectation {
            file: sources.path(diagnostic.primary.at.file).to_owned(),
            line: sources
                .line_column(diagnostic.primary.at.file, diagnostic.primary.at.span.start)
                .line,
            code: diagnostic.code.id.to_owned(),
        })
        .collect();
    found.sort();
    found
}

/// Compares expected and found diagnostics both ways. Returns a readable
/// report of the differences, or `None` when they agree.
pub fn compare(checked: &Checked, expected: &[Expectation]) -> Option<String> {
    let found = found(checked);
    let missing = multiset_difference(expected, &found);
    let unexpected = multiset_difference(&found, expected);
    if missing.is_empty() && unexpected.is_empty() {
        return None;
    }
    let mut report = String::new();
    for expectation in &missing {
        let _ = writeln!(
            report,
            "  expected but not reported: {}:{} {}",
            expectation.file, expectation.line, expectation.code
        );
    }
    let mut counted: Vec<(Expectation, usize)> = Vec::new();
    for expectation in unexpected {
        match counted.last_mut() {
            Some((last, count)) if *last == expectation => *count += 1,
            _ => counted.push((expectation, 1)),
        }
    }
    for (expectation, count) in &counted {
        let messages = messages_at(checked, expectation);
        let times = if *count > 1 {
            format!(" ×{count}")
        } else {
            String::new()
        };
        let _ = writeln!(
            report,
            "  reported but not expected: {}:{} {}{times} ({})",
            expectation.file,
            expectation.line,
            expectation.code,
            messages.join("; ")
        );
    }
    Some(report)
}

/// Formats in English the messages of the diagnostics matching one expectation.
fn messages_at(checked: &Checked, expectation: &Expectation) -> Vec<String> {
    let sources = checked.sources();
    checked
        .diagnostics
        .iter()
        .filter(|diagnostic| {
            let at = diagnostic.primary.at;
            diagnostic.code.id == expectation.code
                && sources.path(at.file) == expectation.file
                && sources.line_column(at.file, at.span.start).line == expectation.line
        })
        .map(|diagnostic| journey_i18n::format(Lang::En, &diagnostic.message))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Returns the items of `left` that no item of `right` matches one for one.
fn multiset_difference(left: &[Expectation], right: &[Expectation]) -> Vec<Expectation> {
    let mut available: BTreeMap<&Expectation, usize> = BTreeMap::new();
    for item in right {
        *available.entry(item).or_default() += 1;
    }
    let mut difference = Vec::new();
    for item in left {
        match available.get_mut(item) {
            Some(count) if *count > 0 => *count -= 1,
            _ => difference.push(item.clone()),
        }
    }
    difference
}
