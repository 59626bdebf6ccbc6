//! `journey fmt` through the real binary: rewriting files in place,
//! `--check`, standard input, files with syntax errors, and the bundled
//! examples, which must already be formatted.

use std::fs;
use std::path::Path;

use journey_tests::{examples, journey, text};

const MESSY: &str =
    "// People.\nperson   maya \"Maya\"{role:\"Lead\"}   // the lead\n\n\n\nteam t \"T\" { members: [@maya,] }\n";
const TIDY: &str =
    "// People.\nperson maya \"Maya\" { role: \"Lead\" } // the lead\n\nteam t \"T\" { members: [@maya] }\n";

fn workspace(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (path, content) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().expect("a parent folder")).expect("the folder is created");
        fs::write(path, content).expect("the file is written");
    }
    dir
}

fn read(dir: &Path, path: &str) -> String {
    fs::read_to_string(dir.join(path)).expect("the file is readable")
}

#[test]
fn fmt_rewrites_files_in_place() {
    let dir = workspace(&[("people.journey", MESSY), ("journeys/tidy.journey", TIDY)]);
    let output = journey(dir.path()).arg("fmt").output().unwrap();
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(stdout, "");
    assert_eq!(stderr, "1 file formatted, 1 already formatted\n");
    assert_eq!(read(dir.path(), "people.journey"), TIDY);
    assert_eq!(read(dir.path(), "journeys/tidy.journey"), TIDY);
}

#[test]
fn fmt_takes_files_and_folders() {
    let dir = workspace(&[
        ("a.journey", MESSY),
        ("sub/b.journey", MESSY),
        ("sub/deeper/c.journey", MESSY),
        ("d.journey", MESSY),
    ]);
    let output = journey(dir.path()).args(["fmt", "a.journey", "sub"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    assert_eq!(read(dir.path(), "a.journey"), TIDY);
    assert_eq!(read(dir.path(), "sub/b.journey"), TIDY);
    assert_eq!(read(dir.path(), "sub/deeper/c.journey"), TIDY);
    assert_eq!(
        read(dir.path(), "d.journey"),
        MESSY,
        "a file outside the named paths was changed"
    );
}

#[test]
fn fmt_check_lists_files_and_changes_nothing() {
    let dir = workspace(&[("people.journey", MESSY), ("tidy.journey", TIDY)]);
    let output = journey(dir.path()).args(["fmt", "--check"]).output().unwrap();
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout, "people.journey\n");
    assert_eq!(stderr, "1 file is not formatted; run `journey fmt` to format it\n");
    assert_eq!(read(dir.path(), "people.journey"), MESSY);
}

#[test]
fn fmt_check_passes_on_formatted_files() {
    let dir = workspace(&[("tidy.journey", TIDY)]);
    let output = journey(dir.path()).args(["fmt", "--check", "."]).output().unwrap();
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(stdout, "");
    assert_eq!(stderr, "1 file is formatted\n");
}

#[test]
fn fmt_reads_standard_input() {
    let dir = workspace(&[]);
    let output = journey(dir.path()).args(["fmt", "-"]).stdin_bytes(MESSY).unwrap();
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(stdout, TIDY);
    assert_eq!(stderr, "");

    let output = journey(dir.path())
        .args(["fmt", "--check", "-"])
        .stdin_bytes(MESSY)
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output).0, "");

    let output = journey(dir.path())
        .args(["fmt", "--check", "-"])
        .stdin_bytes(TIDY)
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn fmt_rejects_syntax_errors() {
    let broken = "person a \"A\" {\n  role: \"unterminated\n}\n";
    let dir = workspace(&[("broken.journey", broken), ("people.journey", MESSY)]);
    let output = journey(dir.path()).arg("fmt").output().unwrap();
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout, "");
    assert!(stderr.contains("[J0002] error: unterminated string"), "{stderr}");
    assert!(
        stderr.contains("broken.journey:2:9"),
        "the error must give the file, line and column:\n{stderr}"
    );
    assert!(
        stderr.contains(
            "error: broken.journey was not formatted because it has a syntax error; fix it and run `journey fmt` again"
        ),
        "{stderr}"
    );
    assert_eq!(
        read(dir.path(), "broken.journey"),
        broken,
        "a file with syntax errors was changed"
    );
    assert_eq!(
        read(dir.path(), "people.journey"),
        TIDY,
        "the other files are still formatted"
    );
}

#[test]
fn fmt_rejects_syntax_errors_on_standard_input() {
    let dir = workspace(&[]);
    let output = journey(dir.path())
        .args(["--lang", "fr", "fmt", "-"])
        .stdin_bytes("person a \"A\" {")
        .unwrap();
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout, "", "nothing is written when the input has errors");
    assert!(stderr.contains("<entrée standard>:1:14"), "{stderr}");
    assert!(stderr.contains("n’a pas été mis en forme"), "{stderr}");
}

#[test]
fn fmt_rejects_invalid_utf8() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bad.journey"), b"person a \"\xff\"\n").unwrap();
    let output = journey(dir.path()).args(["fmt", "bad.journey"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output)
            .1
            .contains("bad.journey was not formatted: invalid UTF-8 at byte 10"),
        "{}",
        text(&output).1
    );
}

#[test]
fn fmt_usage_errors() {
    let dir = workspace(&[("a.journey", TIDY)]);
    let output = journey(dir.path()).args(["fmt", "-", "a.journey"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).1.contains("cannot be combined with other paths"));

    let output = journey(dir.path()).args(["fmt", "missing.journey"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).1.contains("missing.journey does not exist"));

    let empty = tempfile::tempdir().unwrap();
    let output = journey(empty.path()).arg("fmt").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).1.contains("no .journey file in ."));
}

#[cfg(unix)]
#[test]
fn fmt_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = workspace(&[("a.journey", MESSY)]);
    let path = dir.path().join("a.journey");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    let output = journey(dir.path()).arg("fmt").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, ["a.journey"], "a temporary file was left behind");
}

/// Every example file is formatted, except those with syntax errors on
/// purpose (`examples/broken` shows how `journey check` reports them),
/// which `journey fmt` must reject.
#[test]
fn examples_are_formatted() {
    let output = journey(&examples()).args(["fmt", "--check", "."]).output().unwrap();
    let (stdout, stderr) = text(&output);
    assert_eq!(
        stdout, "",
        "these example files are not formatted; run `journey fmt examples`"
    );
    let rejected: Vec<&str> = stderr
        .lines()
        .filter(|line| line.starts_with("error: ") && line.contains("was not formatted"))
        .collect();
    let expected_status = if rejected.is_empty() { 0 } else { 1 };
    assert_eq!(output.status.code(), Some(expected_status), "{stderr}");
    for line in rejected {
        assert!(
            line.starts_with("error: broken/"),
            "only examples/broken may have syntax errors: {line}"
        );
    }

    let output = journey(&examples())
        .args(["fmt", "--check", "northwind"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
}

/// Writes `input` to the command's standard input and waits for it.
trait StdinBytes {
    fn stdin_bytes(&mut self, input: &str) -> std::io::Result<std::process::Output>;
}

impl StdinBytes for std::process::Command {
    fn stdin_bytes(&mut self, input: &str) -> std::io::Result<std::process::Output> {
        use std::io::Write;
        let mut child = self
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()?;
        child
            .stdin
            .take()
            .expect("stdin is piped")
            .write_all(input.as_bytes())?;
        child.wait_with_output()
    }
}
