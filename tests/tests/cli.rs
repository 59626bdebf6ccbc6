//! The real `journey` binary: exit codes, output formats, languages, bad
//! input and the guarantees of `journey build`.

use std::fs;
use std::path::Path;
use std::process::Output;

use journey_tests::{examples, fixtures, journey, text};

/// Creates a temporary workspace containing `files` (name and bytes).
fn workspace(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, bytes) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("a writable folder");
        }
        fs::write(path, bytes).expect("a writable file");
    }
    dir
}

fn run(dir: &Path, args: &[&str]) -> Output {
    journey(dir).args(args).output().expect("the journey binary runs")
}

fn status(output: &Output) -> i32 {
    output
        .status
        .code()
        .unwrap_or_else(|| panic!("journey was killed by a signal: {output:?}"))
}

const CLEAN: &[u8] = b"person maya \"Maya\"\njourney a \"A\" {\n  owner: @maya\n  stage s \"S\" { step x \"X\" }\n}\n";
/// Only a warning: the journey has no owner.
const WARNING_ONLY: &[u8] = b"journey a \"A\" {\n  stage s \"S\" { step x \"X\" }\n}\n";
/// One error: the owner of `a` is misspelled.
const ERROR: &[u8] = b"person omar \"Omar\"\njourney a \"A\" {\n  owner: @omra\n  stage s \"S\" { step x \"X\" }\n}\njourney b \"B\" { owner: @omar  stage s \"S\" { step x \"X\" } }\n";

#[test]
fn check_exit_codes() {
    let clean = workspace(&[("a.journey", CLEAN)]);
    let warning = workspace(&[("a.journey", WARNING_ONLY)]);
    let error = workspace(&[("a.journey", ERROR)]);
    assert_eq!(status(&run(clean.path(), &["check"])), 0);
    assert_eq!(status(&run(warning.path(), &["check"])), 0);
    assert_eq!(status(&run(error.path(), &["check"])), 1);
    assert_eq!(status(&run(clean.path(), &["check", "--no-such-flag"])), 2);
}

#[test]
fn check_summary_counts() {
    let error = workspace(&[("a.journey", ERROR)]);
    let (_, stderr) = text(&run(error.path(), &["check"]));
    assert!(stderr.contains("[J0201] error: unknown person `omra`"), "{stderr}");
    assert!(stderr.contains("did you mean `omar`?"), "{stderr}");
    assert!(stderr.ends_with("1 error, 0 warnings, 0 infos in 1 file\n"), "{stderr}");
}

#[test]
fn deny_warnings_fails_on_warnings() {
    let warning = workspace(&[("a.journey", WARNING_ONLY)]);
    assert_eq!(status(&run(warning.path(), &["check", "--deny", "warnings"])), 1);
    let clean = workspace(&[("a.journey", CLEAN)]);
    assert_eq!(status(&run(clean.path(), &["check", "--deny", "warnings"])), 0);
}

#[test]
fn lint_levels_from_settings() {
    let denied = workspace(&[
        ("a.journey", WARNING_ONLY),
        ("journey.toml", b"[lints]\nmissing_owner = \"error\"\n"),
    ]);
    let output = run(denied.path(), &["check"]);
    assert_eq!(status(&output), 1);
    assert!(text(&output).1.contains("[J0501] error"), "{}", text(&output).1);

    let allowed = workspace(&[
        ("a.journey", WARNING_ONLY),
        ("journey.toml", b"[lints]\nJ0501 = \"allow\"\n"),
    ]);
    let output = run(allowed.path(), &["check", "--deny", "warnings"]);
    assert_eq!(status(&output), 0);
    assert!(!text(&output).1.contains("J0501"), "{}", text(&output).1);
}

#[test]
fn json_format_is_parseable() {
    let error = workspace(&[("a.journey", ERROR)]);
    let output = run(error.path(), &["check", "--format", "json"]);
    assert_eq!(status(&output), 1);
    let (stdout, _) = text(&output);
    let diagnostics: serde_json::Value = serde_json::from_str(&stdout).expect("stdout is JSON");
    let diagnostics = diagnostics.as_array().expect("a JSON array");
    assert_eq!(diagnostics.len(), 1, "{stdout}");
    let first = &diagnostics[0];
    assert_eq!(first["code"], "J0201");
    assert_eq!(first["name"], "unknown_reference");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["message"], "unknown person `omra`");
    assert_eq!(first["file"], "a.journey");
    assert_eq!((first["line"].as_u64(), first["column"].as_u64()), (Some(3), Some(11)));
    assert_eq!(first["fix"]["edits"][0]["replacement"], "omar");
}

#[test]
fn lang_flag_gives_french() {
    let error = workspace(&[("a.journey", ERROR)]);
    let (_, stderr) = text(&run(error.path(), &["--lang", "fr", "check"]));
    assert!(
        stderr.contains("aucune déclaration de type personne ne s’appelle `omra`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 erreur, 0 avertissement, 0 info dans 1 fichier"),
        "{stderr}"
    );
}

#[test]
fn journey_lang_variable_gives_french() {
    let error = workspace(&[("a.journey", ERROR)]);
    let output = journey(error.path())
        .env("JOURNEY_LANG", "fr_FR.UTF-8")
        .arg("check")
        .output()
        .expect("journey runs");
    assert!(
        text(&output).1.contains("vouliez-vous dire `omar`\u{a0}?"),
        "{}",
        text(&output).1
    );

    // The flag wins over the variable.
    let output = journey(error.path())
        .env("JOURNEY_LANG", "fr")
        .args(["--lang", "en", "check"])
        .output()
        .expect("journey runs");
    assert!(text(&output).1.contains("unknown person `omra`"), "{}", text(&output).1);
}

#[test]
fn french_json_messages() {
    let error = workspace(&[("a.journey", ERROR)]);
    let (stdout, _) = text(&run(error.path(), &["--lang", "fr", "check", "--format", "json"]));
    let diagnostics: serde_json::Value = serde_json::from_str(&stdout).expect("stdout is JSON");
    assert_eq!(
        diagnostics[0]["message"],
        "aucune déclaration de type personne ne s’appelle `omra`"
    );
}

#[test]
fn missing_path_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = run(dir.path(), &["check", "no/such/folder"]);
    assert_eq!(status(&output), 2);
    assert_eq!(text(&output).1, "error: no/such/folder does not exist\n");
}

#[test]
fn folder_without_journey_files() {
    let dir = workspace(&[("notes.txt", b"nothing here")]);
    let output = run(dir.path(), &["check"]);
    assert_eq!(status(&output), 2);
    assert!(text(&output).1.contains("no .journey file in ."), "{}", text(&output).1);
}

#[test]
fn invalid_utf8_names_file_and_offset() {
    let dir = workspace(&[("people.journey", b"person chloe \"Chlo\xE9\"\n")]);
    let output = run(dir.path(), &["check"]);
    assert_eq!(status(&output), 1);
    let (_, stderr) = text(&output);
    assert!(stderr.contains("[J0006] error: invalid UTF-8 at byte 18"), "{stderr}");
    assert!(stderr.contains("people.journey:1:19"), "{stderr}");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let source = format!("journey a \"A\" {}{}\n", "{".repeat(10_000), "}".repeat(10_000));
    let dir = workspace(&[("deep.journey", source.as_bytes())]);
    let output = run(dir.path(), &["check"]);
    assert_eq!(status(&output), 1);
    assert!(
        text(&output).1.contains("[J0005] error: nesting deeper than 32 levels"),
        "{}",
        text(&output).1
    );

    let unclosed = "stage x { ".repeat(10_000);
    let dir = workspace(&[("deep.journey", unclosed.as_bytes())]);
    assert_eq!(status(&run(dir.path(), &["check"])), 1);
}

#[test]
fn file_over_the_size_limit() {
    let limit = 16 * 1024 * 1024;
    let mut big = b"// padding\n".repeat(limit / 11 + 1);
    big.truncate(limit + 1);
    let dir = workspace(&[("big.journey", &big), ("a.journey", CLEAN)]);
    let output = run(dir.path(), &["check"]);
    assert_eq!(status(&output), 1);
    let (_, stderr) = text(&output);
    assert!(
        stderr.contains("[J0008] error: the file is 16777217 bytes, more than the 16777216 bytes allowed"),
        "{stderr}"
    );
    assert!(stderr.contains("big.journey"), "{stderr}");
}

#[test]
fn invalid_today_is_a_usage_error() {
    let clean = workspace(&[("a.journey", CLEAN)]);
    for value in ["2026-02-30", "yesterday", "2026-1-1"] {
        let output = run(clean.path(), &["check", "--today", value]);
        assert_eq!(status(&output), 2, "--today {value}");
        let expected = format!("error: invalid --today `{value}`: write the date as YYYY-MM-DD\n");
        assert_eq!(text(&output).1, expected);
    }
}

#[test]
fn today_flag_drives_overdue_reviews() {
    let source = b"person maya \"Maya\"\njourney a \"A\" {\n  owner: @maya\n  review: monthly\n  reviewed: 2028-01-31\n  stage s \"S\" { step x \"X\" }\n}\n";
    let dir = workspace(&[("a.journey", source)]);
    // Due on 29 February 2028, a leap day.
    let (_, on_time) = text(&run(dir.path(), &["check", "--today", "2028-02-29"]));
    assert!(!on_time.contains("J0505"), "{on_time}");
    let (_, late) = text(&run(dir.path(), &["check", "--today", "2028-03-01"]));
    assert!(late.contains("the review of `a` is 1 day overdue: last reviewed 2028-01-31, due 2028-02-29 (monthly); today is 2028-03-01 (from the --today flag)"), "{late}");
}

#[test]
fn failed_build_writes_nothing() {
    let dir = workspace(&[("a.journey", ERROR)]);
    let out = dir.path().join("out");
    let output = run(dir.path(), &["build", "--out", "out"]);
    assert_eq!(status(&output), 1);
    assert!(text(&output).1.contains("no output was written"), "{}", text(&output).1);
    assert!(!out.join("model.json").exists());
    let leftovers: Vec<_> = fs::read_dir(&out)
        .map(|entries| entries.flatten().map(|entry| entry.path()).collect())
        .unwrap_or_default();
    assert!(leftovers.is_empty(), "the failed build left {leftovers:?}");
}

#[test]
fn failed_build_keeps_previous_outputs() {
    let dir = workspace(&[("a.journey", CLEAN)]);
    assert_eq!(
        status(&run(dir.path(), &["build", "--out", "out", "--today", "2026-12-01"])),
        0
    );
    let before = fs::read(dir.path().join("out/model.json")).expect("the first build wrote model.json");
    fs::write(dir.path().join("a.journey"), ERROR).expect("a writable file");
    assert_eq!(
        status(&run(dir.path(), &["build", "--out", "out", "--today", "2026-12-01"])),
        1
    );
    assert_eq!(
        fs::read(dir.path().join("out/model.json")).expect("model.json is still there"),
        before
    );
}

#[test]
fn build_is_deterministic() {
    let out = tempfile::tempdir().expect("a temporary folder");
    let northwind = examples().join("northwind");
    let mut models = Vec::new();
    for run_index in 0..2 {
        let folder = out.path().join(run_index.to_string());
        let output = journey(&northwind)
            .args(["build", "--out"])
            .arg(&folder)
            .output()
            .expect("journey runs");
        assert_eq!(status(&output), 0, "{}", text(&output).1);
        models.push(fs::read(folder.join("model.json")).expect("model.json was written"));
    }
    assert!(models[0] == models[1], "two builds of the same input differ");
}

#[test]
fn spans_flag_adds_source_positions() {
    let dir = workspace(&[("a.journey", CLEAN)]);
    assert_eq!(
        status(&run(dir.path(), &["build", "--out", "plain", "--today", "2026-12-01"])),
        0
    );
    assert_eq!(
        status(&run(
            dir.path(),
            &["build", "--out", "spans", "--spans", "--today", "2026-12-01"]
        )),
        0
    );
    let read = |folder: &str| -> serde_json::Value {
        let text = fs::read_to_string(dir.path().join(folder).join("model.json")).expect("model.json was written");
        serde_json::from_str(&text).expect("model.json is JSON")
    };
    let plain = read("plain");
    let spans = read("spans");
    assert!(plain["journeys"][0].get("span").is_none(), "{plain}");
    let span = &spans["journeys"][0]["span"];
    assert_eq!(span["file"], "a.journey");
    // The whole declaration, from its keyword to its closing brace.
    assert_eq!(
        (span["line"].as_u64(), span["column"].as_u64()),
        (Some(2), Some(1)),
        "{span}"
    );
    assert_eq!(
        (span["end_line"].as_u64(), span["end_column"].as_u64()),
        (Some(5), Some(2)),
        "{span}"
    );
    assert_eq!(spans["persons"][0]["span"]["line"], 1);
}

#[test]
fn list_codes_lists_every_code() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = run(dir.path(), &["check", "--list-codes"]);
    assert_eq!(status(&output), 0);
    let (stdout, _) = text(&output);
    for code in journey_diagnostics::CODES {
        assert!(stdout.contains(code.id), "{} is not listed:\n{stdout}", code.id);
        assert!(stdout.contains(code.name), "{} is not listed:\n{stdout}", code.name);
    }
    let (french, _) = text(&run(dir.path(), &["--lang", "fr", "check", "--list-codes"]));
    assert!(french.contains("Un parcours sans propriétaire."), "{french}");
}

#[test]
fn french_help() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = run(dir.path(), &["--lang", "fr", "check", "--help"]);
    assert_eq!(status(&output), 0);
    let (stdout, _) = text(&output);
    assert!(
        stdout.contains("Vérifier un espace de travail et afficher ses diagnostics"),
        "{stdout}"
    );
    assert!(stdout.contains("Échouer aussi sur les avertissements"), "{stdout}");
}

#[test]
fn check_accepts_a_file_inside_the_workspace() {
    // A file path checks its whole folder, so cross-file names resolve.
    let dir = fixtures().join("check/pass/full_language");
    let output = journey(&dir)
        .args(["check", "journeys/../people.journey"])
        .output()
        .expect("journey runs");
    assert_eq!(status(&output), 0, "{}", text(&output).1);
}
