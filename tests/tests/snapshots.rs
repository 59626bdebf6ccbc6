//! Snapshots of what users see: the terminal output of `journey check`
//! (without colour) on failing fixtures, and `model.json` of the example
//! and of a small fixture.
//!
//! The snapshots live in `tests/tests/snapshots/`. After an intended change,
//! review them with `cargo insta review`, or rerun with
//! `INSTA_UPDATE=always`. With `CI` set, insta writes nothing and a
//! difference fails the test.

use std::path::Path;

use journey_tests::{examples, fixtures, journey, text};

/// Copies one fixture (a file or a folder) into a temporary workspace, so
/// the output names only the fixture's own files.
fn copy_fixture(relative: &str) -> tempfile::TempDir {
    let source = fixtures().join(relative);
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy(&source, dir.path());
    dir
}

fn copy(source: &Path, into: &Path) {
    if source.is_file() {
        let name = source.file_name().expect("a file name");
        std::fs::copy(source, into.join(name)).expect("a copyable fixture");
        return;
    }
    for entry in std::fs::read_dir(source).expect("a readable fixture folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            let target = into.join(path.file_name().expect("a folder name"));
            std::fs::create_dir_all(&target).expect("a writable folder");
            copy(&path, &target);
        } else {
            copy(&path, into);
        }
    }
}

/// The human output of `journey check` on a fixture, with its exit status.
fn check_output(relative: &str, lang: &str) -> String {
    let dir = copy_fixture(relative);
    let output = journey(dir.path())
        .args(["--lang", lang, "check", "--today", "2026-12-01"])
        .output()
        .expect("journey runs");
    let (stdout, stderr) = text(&output);
    assert!(stdout.is_empty(), "human output goes to stderr:\n{stdout}");
    format!("exit status: {:?}\n{stderr}", output.status.code())
}

/// `model.json` as `journey build` writes it.
fn built_model(root: &Path, extra: &[&str]) -> String {
    let out = tempfile::tempdir().expect("a temporary folder");
    let output = journey(root)
        .args(["build", "--out"])
        .arg(out.path())
        .args(extra)
        .output()
        .expect("journey runs");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    std::fs::read_to_string(out.path().join("model.json")).expect("model.json was written")
}

#[test]
fn check_names_fixture() {
    insta::assert_snapshot!(check_output("check/fail/names", "en"));
}

#[test]
fn check_syntax_recovery_fixture() {
    insta::assert_snapshot!(check_output("check/fail/syntax_recovery.journey", "en"));
}

#[test]
fn check_governance_fixture_in_french() {
    insta::assert_snapshot!(check_output("check/fail/governance.journey", "fr"));
}

#[test]
fn check_settings_fixture() {
    insta::assert_snapshot!(check_output("check/fail/settings", "en"));
}

#[test]
fn northwind_model() {
    insta::assert_snapshot!(built_model(&examples().join("northwind"), &[]));
}

#[test]
fn small_fixture_model_with_spans() {
    let dir = copy_fixture("check/pass/strings_and_values.journey");
    insta::assert_snapshot!(built_model(dir.path(), &["--spans", "--today", "2026-12-01"]));
}
