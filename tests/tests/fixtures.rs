//! Data-driven checks: every fixture under `tests/fixtures/check/` goes
//! through the real loader and model.
//!
//! - `pass/`: each `.journey` file or folder must check with no diagnostic
//!   at all, infos included.
//! - `fail/`: each `.journey` file or folder states its expected diagnostics
//!   inline (`//~ J0201`, see `check_support`); the test fails on a missing
//!   or an extra diagnostic.
//!
//! A fixture file is checked alone, copied into an empty folder; a fixture
//! folder is a workspace and may hold several files and a `journey.toml`.

mod check_support;

use std::path::{Path, PathBuf};

use check_support::{Checked, check_files, check_folder, compare, expectations};
use journey_diagnostics::CODES;
use journey_tests::fixtures;

/// Codes no text fixture can produce: a 16 MiB file is too large to keep in
/// the repository, so `cli.rs` generates one.
const CODES_WITHOUT_FIXTURE: &[&str] = &["J0008"];

fn entries(kind: &str) -> Vec<PathBuf> {
    let folder = fixtures().join("check").join(kind);
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|error| panic!("{}: {error}", folder.display()))
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.is_dir() || path.extension().is_some_and(|extension| extension == "journey"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty(), "{} holds no fixture", folder.display());
    entries
}

/// Checks one fixture; a file is copied alone into a temporary folder so
/// that its siblings do not join its workspace.
fn check_fixture(path: &Path) -> (Option<tempfile::TempDir>, Checked) {
    if path.is_dir() {
        return (None, check_folder(path));
    }
    let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
    let bytes = std::fs::read(path).expect("a readable fixture");
    let (dir, checked) = check_files(&[(name, bytes)]);
    (Some(dir), checked)
}

fn fixture_name(path: &Path) -> String {
    let root = fixtures();
    path.strip_prefix(&root).unwrap_or(path).display().to_string()
}

#[test]
fn pass_fixtures_check_clean() {
    let mut failures = String::new();
    for path in entries("pass") {
        let (_dir, checked) = check_fixture(&path);
        assert!(
            expectations(checked.sources()).is_empty(),
            "{}: a pass fixture has a //~ marker",
            fixture_name(&path)
        );
        if let Some(report) = compare(&checked, &[]) {
            failures.push_str(&format!("{}:\n{report}", fixture_name(&path)));
        }
    }
    assert!(failures.is_empty(), "pass fixtures with diagnostics:\n{failures}");
}

#[test]
fn fail_fixtures_report_what_they_expect() {
    let mut failures = String::new();
    for path in entries("fail") {
        let (_dir, checked) = check_fixture(&path);
        let expected = expectations(checked.sources());
        assert!(
            !expected.is_empty(),
            "{}: a fail fixture needs at least one //~ marker",
            fixture_name(&path)
        );
        if let Some(report) = compare(&checked, &expected) {
            failures.push_str(&format!("{}:\n{report}", fixture_name(&path)));
        }
    }
    assert!(
        failures.is_empty(),
        "fail fixtures that differ from their markers:\n{failures}"
    );
}

#[test]
fn fail_fixtures_cover_every_code() {
    let mut covered = std::collections::BTreeSet::new();
    for path in entries("fail") {
        let (_dir, checked) = check_fixture(&path);
        covered.extend(
            expectations(checked.sources())
                .into_iter()
                .map(|expectation| expectation.code),
        );
    }
    let uncovered: Vec<&str> = CODES
        .iter()
        .map(|code| code.id)
        .filter(|id| !covered.contains(*id) && !CODES_WITHOUT_FIXTURE.contains(id))
        .collect();
    assert!(uncovered.is_empty(), "codes no fail fixture expects: {uncovered:?}");
}

#[test]
fn markers_point_at_lines() {
    // The harness itself: a marker with carets points lines up.
    let (_dir, checked) = check_files(&[(
        "a.journey".to_owned(),
        b"person maya \"Maya\" { role: \"unterminated\n} //~^ J0002\n//~ J0201 J0201\n".to_vec(),
    )]);
    let expected = expectations(checked.sources());
    let lines: Vec<(u32, &str)> = expected
        .iter()
        .map(|expectation| (expectation.line, expectation.code.as_str()))
        .collect();
    assert_eq!(lines, vec![(1, "J0002"), (3, "J0201"), (3, "J0201")]);
    let report = compare(&checked, &expected).expect("the J0201 markers match nothing");
    assert!(
        report.contains("expected but not reported: a.journey:3 J0201"),
        "{report}"
    );
}
