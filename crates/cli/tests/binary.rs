//! Smoke tests of the `journey` binary itself. Having an integration test
//! here also makes `cargo test --workspace` build the binary before any test
//! runs, which the end-to-end tests in `tests/` rely on.

use std::process::Command;

fn journey() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_journey"));
    command.env("JOURNEY_LANG", "en").env("NO_COLOR", "1");
    command
}

#[test]
fn version_names_the_tool() {
    let output = journey().arg("--version").output().expect("the binary runs");
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("journey "), "unexpected version line: {stdout}");
}

#[test]
fn unknown_command_is_a_usage_error() {
    let output = journey().arg("no-such-command").output().expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn invalid_language_is_rejected() {
    let output = journey()
        .args(["--lang", "de", "schema"])
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
}
