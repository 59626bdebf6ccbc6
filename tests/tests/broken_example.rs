//! `examples/broken` shows the mistakes teams make most often. This test
//! keeps its diagnostics equal to the list in `examples/README.md`.

use journey_tests::{examples, journey, text};

/// Every diagnostic of the example: file, line and code.
const EXPECTED: &[(&str, u64, &str)] = &[
    // The step `upload` lacks its `}`: the journey and the stage around it
    // stay open, and the next stage lands inside the step.
    ("journeys/claims.journey", 2, "J0003"),
    ("journeys/claims.journey", 5, "J0201"),
    ("journeys/claims.journey", 10, "J0003"),
    ("journeys/claims.journey", 13, "J0201"),
    ("journeys/claims.journey", 15, "J0506"),
    ("journeys/claims.journey", 22, "J0101"),
    ("journeys/lifecycle.journey", 6, "J0505"),
    ("journeys/renewal.journey", 5, "J0301"),
    ("people.journey", 19, "J0204"),
    // `csat` is used only inside the stage lost to the missing brace.
    ("people.journey", 21, "J0204"),
];

#[test]
fn broken_example_reports_its_mistakes() {
    let output = journey(&examples().join("broken"))
        .args(["check", "--format", "json"])
        .output()
        .expect("journey runs");
    assert_eq!(output.status.code(), Some(1), "{}", text(&output).1);
    let diagnostics: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    let found: Vec<(String, u64, String)> = diagnostics
        .as_array()
        .expect("a JSON array")
        .iter()
        .map(|diagnostic| {
            let file = diagnostic["file"].as_str().expect("a file").to_owned();
            let line = diagnostic["line"].as_u64().expect("a line");
            (file, line, diagnostic["code"].as_str().expect("a code").to_owned())
        })
        .collect();
    let expected: Vec<(String, u64, String)> = EXPECTED
        .iter()
        .map(|(file, line, code)| ((*file).to_owned(), *line, (*code).to_owned()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn broken_example_suggests_the_owner() {
    let output = journey(&examples().join("broken"))
        .arg("check")
        .output()
        .expect("journey runs");
    let (_, stderr) = text(&output);
    assert!(stderr.contains("unknown person `omra`"), "{stderr}");
    assert!(stderr.contains("did you mean `omar`?"), "{stderr}");
    assert!(
        stderr.ends_with("6 errors, 3 warnings, 1 info in 4 files\n"),
        "{stderr}"
    );
}

#[test]
fn broken_example_does_not_build() {
    let out = tempfile::tempdir().expect("a temporary folder");
    let output = journey(&examples().join("broken"))
        .args(["build", "--out"])
        .arg(out.path())
        .output()
        .expect("journey runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(!out.path().join("model.json").exists());
}
