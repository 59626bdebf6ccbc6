//! The interoperability commands through the real binary: `check --format
//! sarif|github`, `export mermaid|csv`, `import mermaid` and `init`.

use std::path::Path;

use journey_tests::{examples, journey, repo_root, text};

const BROKEN: &str = r#"person maya "Maya"
journey trip "Trip, 100%" {
  owner: @mayaa
  stage go "Go" {
    step pay "Pay" { emotion: 1 }
  }
}
"#;

/// Creates a git repository (a bare `.git` folder is enough) with a workspace in `docs/atlas`.
fn repository_with_workspace(source: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let repository = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(repository.path().join(".git")).unwrap();
    let workspace = repository.path().join("docs/atlas");
    std::fs::create_dir_all(&workspace).unwrap();
    std::fs::write(workspace.join("trip.journey"), source).unwrap();
    (repository, workspace)
}

fn sarif_validator() -> jsonschema::Validator {
    let path = repo_root().join("crates/interop/tests/data/sarif-schema-2.1.0.json");
    let text = std::fs::read_to_string(path).unwrap();
    // The official file has a stray `]` in its two `language` patterns that
    // Rust's regex engines reject; escaping it keeps the meaning.
    let text = text.replace(
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$""#,
    );
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

#[test]
fn check_sarif_is_valid_and_repository_relative() {
    let (_repository, workspace) = repository_with_workspace(BROKEN);
    let output = journey(&workspace)
        .args(["check", "--format", "sarif"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", text(&output).1);
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).expect("SARIF on stdout");
    let errors: Vec<String> = sarif_validator()
        .iter_errors(&log)
        .map(|error| error.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let results = log["runs"][0]["results"].as_array().unwrap();
    let unknown = results
        .iter()
        .find(|result| result["ruleId"] == "J0201")
        .expect("the unknown person");
    let location = &unknown["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "docs/atlas/trip.journey");
    assert_eq!(location["region"]["startLine"], 3);
    assert_eq!(location["region"]["startColumn"], 11);
}

#[test]
fn check_sarif_without_repository_uses_workspace_paths() {
    let workspace = tempfile::tempdir().unwrap();
    std::fs::write(workspace.path().join("trip.journey"), BROKEN).unwrap();
    let output = journey(workspace.path())
        .args(["check", "--format", "sarif", "."])
        .output()
        .unwrap();
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let uri = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    assert_eq!(uri, "trip.journey");
}

#[test]
fn check_github_annotates_lines() {
    let (repository, _) = repository_with_workspace(BROKEN);
    let output = journey(repository.path())
        .args(["check", "--format", "github", "docs/atlas"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let (stdout, stderr) = text(&output);
    let annotation = stdout
        .lines()
        .find(|line| line.contains("J0201"))
        .expect("the unknown person is annotated");
    assert!(
        annotation.starts_with(
            "::error file=docs/atlas/trip.journey,line=3,col=11,endLine=3,endColumn=16,title=J0201 unknown_reference::"
        ),
        "{annotation}"
    );
    assert!(annotation.contains("%0Ahelp: did you mean `maya`?"), "{annotation}");
    assert!(
        stdout.lines().all(|line| line.starts_with("::")),
        "only workflow commands on stdout:\n{stdout}"
    );
    assert!(stderr.contains("1 error"), "{stderr}");
}

#[test]
fn check_github_clean_prints_no_command() {
    let output = journey(&examples().join("northwind"))
        .args(["check", "--format", "github"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    assert!(output.stdout.is_empty());
}

#[test]
fn export_mermaid_writes_a_diagram() {
    let output = journey(&examples().join("northwind"))
        .args(["export", "mermaid", "open_account"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    let (stdout, _) = text(&output);
    assert!(stdout.starts_with("journey\n"), "{stdout}");
    assert!(stdout.contains("  title Open an account\n"), "{stdout}");
    assert!(
        stdout.contains("  section Apply\n    Fill in the application: 2: Newcomer to the country\n"),
        "{stdout}"
    );
    assert!(stdout.contains("%% Mermaid cannot show"), "{stdout}");
}

#[test]
fn export_mermaid_to_a_file() {
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("diagrams/open_account.mmd");
    let northwind = examples().join("northwind");
    let output = journey(&northwind)
        .args(["export", "mermaid", "open_account", "."])
        .arg("--out")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    assert!(output.stdout.is_empty());
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("journey\n"));
}

#[test]
fn export_mermaid_unknown_journey_suggests() {
    let output = journey(&examples().join("northwind"))
        .args(["export", "mermaid", "open_acount"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let (stdout, stderr) = text(&output);
    assert!(stdout.is_empty());
    assert!(stderr.contains("did you mean `open_account`?"), "{stderr}");
}

#[test]
fn export_refuses_a_workspace_with_errors() {
    let (_repository, workspace) = repository_with_workspace(BROKEN);
    let output = journey(&workspace).args(["export", "csv"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(text(&output).1.contains("nothing was written"));
}

fn csv_records(bytes: &[u8]) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(bytes);
    reader
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn export_csv_atlas_and_steps() {
    let northwind = examples().join("northwind");
    let output = journey(&northwind).args(["export", "csv"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    let rows = csv_records(&output.stdout);
    assert_eq!(rows[0][..4], ["id", "title", "level", "parent"]);
    let open_account = rows
        .iter()
        .find(|row| row[0] == "open_account")
        .expect("a row per journey");
    assert_eq!(
        open_account[1..5],
        ["Open an account", "1", "lifecycle.join", "Omar Haddad"]
    );
    let facets = &open_account[7];
    assert!(facets.contains("Department: Retail banking"), "{facets}");

    let output = journey(&northwind).args(["export", "csv", "--steps"]).output().unwrap();
    let rows = csv_records(&output.stdout);
    assert_eq!(rows[0][0], "journey");
    let fill = rows
        .iter()
        .find(|row| row[0] == "open_account" && row[3] == "fill_form")
        .expect("a row per step");
    assert_eq!(fill[5], "Online form");
    assert_eq!(fill[7], "-1");
    assert_eq!(fill[8], "Asked for the same address twice");
}

const DIAGRAMS: &str = "# Journeys\n\n```mermaid\njourney\n  title Book a trip\n  section Plan\n    Compare offers: 3: Traveller\n    Pay: 7: Traveller\n```\n";

#[test]
fn import_mermaid_writes_a_clean_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.md"), DIAGRAMS).unwrap();
    let output = journey(dir.path())
        .args(["import", "mermaid", "notes.md", "--out", "atlas/trip.journey"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    let (_, stderr) = text(&output);
    assert!(
        stderr.contains("notes.md:8:5: warning: task `Pay`: the score 7"),
        "{stderr}"
    );
    assert!(stderr.contains("wrote 1 journey to atlas/trip.journey"), "{stderr}");

    let check = journey(dir.path()).args(["check", "atlas"]).output().unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", text(&check).1);
    assert!(
        text(&check).1.contains("0 errors, 0 warnings, 0 infos"),
        "{}",
        text(&check).1
    );

    let again = journey(dir.path())
        .args(["import", "mermaid", "notes.md", "--out", "atlas/trip.journey"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again).1.contains("--force"));
    let forced = journey(dir.path())
        .args([
            "import",
            "mermaid",
            "notes.md",
            "--out",
            "atlas/trip.journey",
            "--force",
        ])
        .output()
        .unwrap();
    assert_eq!(forced.status.code(), Some(0), "{}", text(&forced).1);
}

#[test]
fn import_mermaid_joins_an_existing_workspace() {
    let dir = tempfile::tempdir().unwrap();
    copy_folder(&examples().join("northwind"), &dir.path().join("atlas"));
    let diagram = "journey\n  title Open an account\n  section Apply\n    Fill the form: 2: Newcomer to the country\n";
    std::fs::write(dir.path().join("open.mmd"), diagram).unwrap();
    let output = journey(dir.path())
        .args([
            "import",
            "mermaid",
            "open.mmd",
            "--out",
            "atlas/journeys/imported.journey",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    let source = std::fs::read_to_string(dir.path().join("atlas/journeys/imported.journey")).unwrap();
    assert!(source.contains("owner: @maya"), "the workspace lead owns it:\n{source}");
    assert!(
        source.contains("persona: newcomer"),
        "the existing persona is reused:\n{source}"
    );
    assert!(!source.contains("person "), "no placeholder person:\n{source}");

    let check = journey(dir.path()).args(["check", "atlas"]).output().unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", text(&check).1);
}

#[test]
fn import_mermaid_without_diagram_fails() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("flow.mmd"), "flowchart LR\n  a --> b\n").unwrap();
    let output = journey(dir.path())
        .args(["import", "mermaid", "flow.mmd"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(
        text(&output).1.contains("no Mermaid journey diagram in flow.mmd"),
        "{}",
        text(&output).1
    );

    let missing = journey(dir.path())
        .args(["import", "mermaid", "missing.mmd"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing).1.contains("missing.mmd"));
}

#[test]
fn import_mermaid_to_stdout() {
    let fixture = repo_root().join("crates/interop/tests/fixtures/mermaid/basic.mmd");
    let output = journey(&repo_root())
        .arg("import")
        .arg("mermaid")
        .arg(&fixture)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    let (stdout, _) = text(&output);
    assert!(
        stdout.contains("journey my_working_day \"My working day\" {"),
        "{stdout}"
    );
    assert!(stdout.contains("step make_tea \"Make tea\" { emotion: 2 }"), "{stdout}");
}

#[test]
fn init_scaffolds_a_clean_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let output = journey(dir.path()).args(["init", "atlas"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    for file in [
        "journey.toml",
        "people.journey",
        "journeys/lifecycle.journey",
        "journeys/sign_up.journey",
    ] {
        assert!(dir.path().join("atlas").join(file).is_file(), "{file} missing");
    }
    let check = journey(dir.path()).args(["check", "atlas"]).output().unwrap();
    assert_eq!(check.status.code(), Some(0));
    assert!(
        text(&check).1.contains("0 errors, 0 warnings, 0 infos"),
        "{}",
        text(&check).1
    );
}

#[test]
fn init_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("people.journey"), "// mine\n").unwrap();
    let output = journey(dir.path()).args(["init"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let (_, stderr) = text(&output);
    assert!(stderr.contains("people.journey"), "{stderr}");
    assert!(!dir.path().join("journey.toml").exists(), "nothing is written");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("people.journey")).unwrap(),
        "// mine\n"
    );
}

#[test]
fn init_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let output = journey(dir.path())
        .args(["--lang", "fr", "init", "atlas"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    let people = std::fs::read_to_string(dir.path().join("atlas/people.journey")).unwrap();
    assert!(people.contains("Responsable parcours"), "{people}");
    let check = journey(dir.path()).args(["check", "atlas"]).output().unwrap();
    assert!(
        text(&check).1.contains("0 errors, 0 warnings, 0 infos"),
        "{}",
        text(&check).1
    );
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
