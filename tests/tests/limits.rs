//! The documented limits (`docs/limits.md`), through the real binary: each
//! gives a diagnostic or a clear error, never a crash, a hang or exhausted
//! memory, and nothing outside the workspace root is read.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use journey_tests::{journey, text};

/// Far more than any of these checks needs, even in a debug build; a check
/// that still runs then has hung.
const DEADLINE: Duration = Duration::from_secs(120);

fn workspace(files: &[(&str, Vec<u8>)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, bytes) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().expect("a parent")).expect("a writable folder");
        fs::write(path, bytes).expect("a writable file");
    }
    dir
}

/// Runs `journey check --format json` and fails the test if it runs past [`DEADLINE`].
fn check(dir: &Path) -> Output {
    let mut child = journey(dir)
        .args(["check", "--format", "json", "."])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the journey binary runs");
    // Read both pipes while waiting, so that a large output cannot block the child.
    let stdout = read_in_background(child.stdout.take().expect("piped stdout"));
    let stderr = read_in_background(child.stderr.take().expect("piped stderr"));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("the child can be waited for") {
            break status;
        }
        if started.elapsed() > DEADLINE {
            child.kill().expect("the child can be stopped");
            panic!("journey check still ran after {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: stdout.join().expect("stdout is read"),
        stderr: stderr.join().expect("stderr is read"),
    }
}

fn read_in_background(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        pipe.read_to_end(&mut bytes).expect("the pipe can be read");
        bytes
    })
}

/// The codes of the JSON diagnostics, sorted.
fn codes(output: &Output) -> Vec<String> {
    let (stdout, stderr) = text(output);
    let json: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|error| panic!("invalid JSON ({error}): {stdout}\n{stderr}"));
    let mut codes: Vec<String> = json
        .as_array()
        .expect("a list")
        .iter()
        .map(|diagnostic| diagnostic["code"].as_str().unwrap().to_owned())
        .collect();
    codes.sort();
    codes
}

fn status(output: &Output) -> i32 {
    output
        .status
        .code()
        .unwrap_or_else(|| panic!("journey was killed by a signal: {output:?}"))
}

#[test]
fn deep_braces_are_an_error() {
    let depth = 100_000;
    let source = format!("journey a \"A\" {}{}", "{".repeat(depth), "}".repeat(depth));
    let output = check(workspace(&[("a.journey", source.into_bytes())]).path());
    assert_eq!(status(&output), 1);
    assert!(codes(&output).contains(&"J0005".to_owned()), "{:?}", codes(&output));
}

#[test]
fn deep_lists_are_an_error() {
    let depth = 100_000;
    let source = format!(
        "journey a \"A\" {{ persona: {}x{} }}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let output = check(workspace(&[("a.journey", source.into_bytes())]).path());
    assert_eq!(status(&output), 1);
    assert!(codes(&output).contains(&"J0005".to_owned()), "{:?}", codes(&output));
}

#[test]
fn unclosed_braces_are_an_error() {
    let source = format!("journey a \"A\" {}", "{".repeat(100_000));
    let output = check(workspace(&[("a.journey", source.into_bytes())]).path());
    assert_eq!(status(&output), 1);
    assert!(codes(&output).contains(&"J0005".to_owned()), "{:?}", codes(&output));
}

#[test]
fn large_file_is_skipped_and_the_rest_checked() {
    let limit = journey_workspace::MAX_FILE_BYTES as usize;
    let large = b"// padding\n".repeat(limit / 11 + 1);
    let other = b"journey b \"B\" { owner: @nobody }\n".to_vec();
    let output = check(workspace(&[("large.journey", large), ("other.journey", other)]).path());
    assert_eq!(status(&output), 1);
    let codes = codes(&output);
    assert!(codes.contains(&"J0008".to_owned()), "{codes:?}");
    assert!(
        codes.contains(&"J0201".to_owned()),
        "the other file is still checked: {codes:?}"
    );
}

#[test]
fn too_many_files_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    for index in 0..=journey_workspace::MAX_FILES {
        fs::write(dir.path().join(format!("{index}.journey")), "").unwrap();
    }
    let output = journey(dir.path()).args(["check", "."]).output().unwrap();
    assert_eq!(status(&output), 2);
    let (_, stderr) = text(&output);
    assert!(
        stderr.contains(&format!("more than the {} allowed", journey_workspace::MAX_FILES)),
        "{stderr}"
    );
}

#[test]
fn long_label_and_name_are_errors() {
    let label = "x".repeat(journey_model::MAX_LABEL_CHARS + 1);
    let name = "n".repeat(journey_model::MAX_NAME_CHARS + 1);
    let source = format!(
        "person maya \"{label}\"\nperson {name} \"Omar\"\njourney j \"J\" {{ owner: @maya  stage s {{ step t }} }}\njourney k \"K\" {{ owner: @{name}  stage s {{ step t }} }}\n"
    );
    let output = check(workspace(&[("a.journey", source.into_bytes())]).path());
    assert_eq!(status(&output), 1);
    assert_eq!(codes(&output), vec!["J0010", "J0010"]);
}

#[test]
fn huge_misspelt_name_does_not_hang() {
    let name = "a".repeat(300_000);
    let source = format!("person {name} \"A\"\njourney j \"J\" {{ owner: @{name}b  stage s {{ step t }} }}\n");
    let output = check(workspace(&[("a.journey", source.into_bytes())]).path());
    assert_eq!(status(&output), 1);
    assert!(codes(&output).contains(&"J0201".to_owned()), "{:?}", codes(&output));
}

#[cfg(unix)]
#[test]
fn links_out_of_the_root_are_not_followed() {
    let outside = workspace(&[
        ("secret/broken.journey", b"journey {{{ this is not read".to_vec()),
        ("broken.journey", b"$$$".to_vec()),
        ("journey.toml", b"not = [valid".to_vec()),
    ]);
    let root = workspace(&[(
        "a.journey",
        b"person maya \"Maya\"\njourney j \"J\" { owner: @maya  stage s { step t } }\n".to_vec(),
    )]);
    std::os::unix::fs::symlink(outside.path().join("secret"), root.path().join("linked_folder")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("broken.journey"),
        root.path().join("linked.journey"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path().join("journey.toml"), root.path().join("journey.toml")).unwrap();
    let output = check(root.path());
    assert_eq!(codes(&output), Vec::<String>::new());
    assert_eq!(status(&output), 0);
}
