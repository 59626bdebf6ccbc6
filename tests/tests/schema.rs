//! `journey schema` against real output: the schema the binary prints must
//! accept the `model.json` of every example and of every pass fixture.

use std::path::{Path, PathBuf};

use journey_tests::{examples, fixtures, journey, text};

/// Examples that are broken on purpose and never build.
const BROKEN_EXAMPLES: &[&str] = &["broken"];

fn schema() -> serde_json::Value {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = journey(dir.path()).arg("schema").output().expect("journey runs");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    serde_json::from_slice(&output.stdout).expect("journey schema prints JSON")
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&schema()).expect("journey schema prints a valid JSON Schema")
}

/// Builds `root` (a workspace folder) and returns its `model.json`.
fn build(root: &Path, extra: &[&str]) -> serde_json::Value {
    let out = tempfile::tempdir().expect("a temporary folder");
    let output = journey(root)
        .args(["build", "--today", "2026-12-01", "--out"])
        .arg(out.path())
        .args(extra)
        .output()
        .expect("journey runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{} does not build:\n{}",
        root.display(),
        text(&output).1
    );
    let json = std::fs::read_to_string(out.path().join("model.json")).expect("model.json was written");
    serde_json::from_str(&json).expect("model.json is JSON")
}

fn assert_valid(validator: &jsonschema::Validator, instance: &serde_json::Value, origin: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{origin}: model.json does not match the schema:\n{}",
        errors.join("\n")
    );
}

fn folders(parent: &Path) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(parent)
        .unwrap_or_else(|error| panic!("{}: {error}", parent.display()))
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();
    folders
}

#[test]
fn schema_declares_its_draft_and_version_field() {
    let schema = schema();
    assert!(
        schema["$schema"]
            .as_str()
            .is_some_and(|uri| uri.contains("json-schema.org")),
        "{schema}"
    );
    assert!(schema["properties"]["schema_version"].is_object(), "{schema}");
}

#[test]
fn every_example_matches_the_schema() {
    let validator = validator();
    let mut checked = 0;
    for example in folders(&examples()) {
        let name = example
            .file_name()
            .expect("a folder name")
            .to_string_lossy()
            .into_owned();
        if BROKEN_EXAMPLES.contains(&name.as_str()) {
            continue;
        }
        for extra in [&[][..], &["--spans"][..]] {
            assert_valid(
                &validator,
                &build(&example, extra),
                &format!("examples/{name} {extra:?}"),
            );
        }
        checked += 1;
    }
    assert!(checked >= 1, "no example was validated");
}

#[test]
fn pass_fixtures_match_the_schema() {
    let validator = validator();
    let pass = fixtures().join("check/pass");
    for entry in std::fs::read_dir(&pass)
        .expect("a readable folder")
        .map(|entry| entry.expect("an entry").path())
    {
        // A file fixture is built alone, from a folder of its own.
        let dir = tempfile::tempdir().expect("a temporary folder");
        let root = if entry.is_dir() {
            entry.clone()
        } else {
            std::fs::copy(&entry, dir.path().join(entry.file_name().expect("a file name"))).expect("a copyable file");
            dir.path().to_path_buf()
        };
        assert_valid(&validator, &build(&root, &["--spans"]), &entry.display().to_string());
    }
}

#[test]
fn schema_rejects_a_wrong_model() {
    // The validation above can fail: a model with a wrongly typed field is rejected.
    let validator = validator();
    let mut model = build(&examples().join("northwind"), &[]);
    model["journeys"][0]["stages"] = serde_json::Value::String("not a list".to_owned());
    assert!(!validator.is_valid(&model));
}
