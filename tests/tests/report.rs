//! `journey report` and the report files of `journey build`, run through
//! the real binary on the bundled examples and on small workspaces.

use std::fs;
use std::path::Path;

use journey_tests::{examples, journey, text};

fn northwind() -> std::path::PathBuf {
    examples().join("northwind")
}

/// Writes a workspace with one journey that has no owner and an overdue review.
fn neglected(settings: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let atlas = r#"
person ana "Ana"
journey home "Home" {
  status: mapped
  reviewed: 2026-01-31
  review: monthly
  stage visit "Visit" { step look "Look around" { emotion: -1  pain slow "Slow page" } }
}
journey owned "Owned" { parent: home.visit  owner: @ana  stage a "A" { step b "B" } }
"#;
    fs::write(dir.path().join("atlas.journey"), atlas).expect("the fixture is written");
    let mut toml = String::from("today = \"2026-03-15\"\n");
    if let Some(settings) = settings {
        toml.push_str(settings);
    }
    fs::write(dir.path().join("journey.toml"), toml).expect("the settings are written");
    dir
}

fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let output = journey(dir).args(args).output().expect("journey runs");
    let (stdout, stderr) = text(&output);
    (output.status.code(), stdout, stderr)
}

#[test]
fn markdown_on_stdout_by_default() {
    let (code, stdout, stderr) = run(&northwind(), &["report"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.starts_with("# Journey governance report: Northwind Bank\n"),
        "{stdout}"
    );
    assert!(stdout.contains("Figures as of 2026-12-01 (date set in journey.toml)."));
    assert!(stdout.contains("## Current vs future state"));
}

#[test]
fn french_with_lang_flag_and_environment() {
    let (_, flag, _) = run(&northwind(), &["report", "--lang", "fr"]);
    assert!(
        flag.starts_with("# Rapport de gouvernance des parcours\u{a0}: Northwind Bank\n"),
        "{flag}"
    );
    let output = journey(&northwind())
        .env("JOURNEY_LANG", "fr")
        .arg("report")
        .output()
        .expect("journey runs");
    assert_eq!(text(&output).0, flag, "JOURNEY_LANG chooses the same language");
}

#[test]
fn today_flag_moves_the_reviews() {
    let (code, stdout, _) = run(&northwind(), &["report", "--today", "2027-03-01"]);
    assert_eq!(code, Some(0));
    assert!(
        stdout.contains("Figures as of 2027-03-01 (date set with --today)."),
        "{stdout}"
    );
    assert!(stdout.contains("### Overdue reviews"), "{stdout}");
}

#[test]
fn json_format_is_data() {
    let (code, stdout, _) = run(&northwind(), &["report", "--format", "json"]);
    assert_eq!(code, Some(0));
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("JSON on stdout");
    assert_eq!(report["schema_version"], "1.0");
    assert_eq!(report["today"]["date"], "2026-12-01");
    assert_eq!(report["today"]["source"], "settings");
    assert_eq!(report["opportunities"]["ranked"][0]["opportunity"]["id"], "checklist");
    assert_eq!(report["opportunities"]["ranked"][0]["score"], 3.0);
}

#[test]
fn out_file_picks_format_from_extension() {
    let out = tempfile::tempdir().expect("a temporary folder");
    let path = out.path().join("governance.html");
    let (code, stdout, stderr) = run(&northwind(), &["report", "--out", path.to_str().expect("UTF-8 path")]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.is_empty(), "the report goes to the file only");
    assert!(stderr.contains("wrote "), "{stderr}");
    let html = fs::read_to_string(&path).expect("the report is written");
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"en\">"), "{}", &html[..80]);
    assert!(html.contains("<svg"), "the maps are inline");
    let leftovers: Vec<_> = fs::read_dir(out.path()).expect("readable").collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
}

#[test]
fn unwritable_out_is_an_io_error() {
    let (code, _, stderr) = run(&northwind(), &["report", "--out", "/nonexistent-folder/report.md"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("cannot write /nonexistent-folder/report.md"),
        "{stderr}"
    );
}

#[test]
fn fail_on_names_the_condition() {
    let dir = neglected(None);
    let (code, stdout, stderr) = run(dir.path(), &["report", "--fail-on", "overdue,no-owner"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stdout.starts_with("# Journey governance report"),
        "the report is still written"
    );
    assert!(
        stderr.contains("error: fail-on condition `overdue` met: 1 review is overdue (home)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: fail-on condition `no-owner` met: 1 journey has no owner (home)"),
        "{stderr}"
    );
}

#[test]
fn fail_on_repeated_flag() {
    let dir = neglected(None);
    let (code, _, stderr) = run(
        dir.path(),
        &[
            "report",
            "--fail-on",
            "pain-without-opportunity",
            "--fail-on",
            "unowned-committee",
        ],
    );
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("`pain-without-opportunity` met: 1 pain point has no opportunity (home: Slow page)"),
        "{stderr}"
    );
    assert!(!stderr.contains("unowned-committee` met"), "{stderr}");
}

#[test]
fn fail_on_unmet_condition_passes() {
    let (code, _, stderr) = run(&northwind(), &["report", "--fail-on", "overdue,no-owner,error,warning"]);
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn fail_on_unknown_condition_is_usage_error() {
    let (code, _, stderr) = run(&northwind(), &["report", "--fail-on", "overdu"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("overdu"), "{stderr}");
    assert!(
        stderr.contains("possible values"),
        "clap lists the conditions: {stderr}"
    );
}

#[test]
fn fail_on_from_settings_and_flag_replaces_it() {
    let dir = neglected(Some("[report]\nfail_on = [\"no-owner\"]\n"));
    let (code, _, stderr) = run(dir.path(), &["report"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("`no-owner` met"), "{stderr}");
    let (code, _, stderr) = run(dir.path(), &["report", "--fail-on", "unowned-committee"]);
    assert_eq!(code, Some(0), "the flag replaces journey.toml: {stderr}");
}

#[test]
fn misspelt_fail_on_in_settings_fails() {
    let dir = neglected(Some("[report]\nfail_on = [\"no-ownr\"]\n"));
    let (code, stdout, stderr) = run(dir.path(), &["report"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stdout.starts_with("# Journey governance report"));
    assert!(stderr.contains("unknown report condition `no-ownr`"), "{stderr}");
    assert!(
        stderr.contains("journey.toml:3:12"),
        "the error points at the value: {stderr}"
    );
}

#[test]
fn broken_example_still_reports() {
    let (code, stdout, stderr) = run(&examples().join("broken"), &["report"]);
    assert_eq!(
        code,
        Some(0),
        "errors fail the report only with --fail-on error: {stderr}"
    );
    assert!(
        stdout.contains("journey check"),
        "the report points at the diagnostics: {stdout}"
    );
    assert!(stderr.contains("error"), "errors are shown: {stderr}");
    let (code, _, stderr) = run(&examples().join("broken"), &["report", "--fail-on", "error"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("`error` met: the workspace has 6 errors"), "{stderr}");
}

#[test]
fn build_writes_both_reports() {
    let out = tempfile::tempdir().expect("a temporary folder");
    let output = journey(&northwind())
        .args(["build", "--out"])
        .arg(out.path())
        .output()
        .expect("journey runs");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    let markdown = fs::read_to_string(out.path().join("report.md")).expect("report.md");
    let (_, report, _) = run(&northwind(), &["report"]);
    assert_eq!(markdown, report, "build writes what `journey report` prints");
    let html = fs::read_to_string(out.path().join("report.html")).expect("report.html");
    assert!(html.contains("<h1>Journey governance report: Northwind Bank</h1>"));
}

#[test]
fn help_is_translated() {
    let (code, stdout, _) = run(&northwind(), &["--lang", "fr", "report", "--help"]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("Écrire le rapport de gouvernance"), "{stdout}");
    assert!(stdout.contains("--fail-on"), "{stdout}");
}
