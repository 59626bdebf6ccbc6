//! Helpers for the end-to-end tests in `tests/tests/`: finding the real
//! `journey` binary and the fixture folders.
//!
//! `cargo test --workspace` builds the binary before it runs any test,
//! because `crates/cli` has integration tests of its own (cargo builds a
//! package's binaries only for those), so it sits in `target/<profile>/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The path of the `journey` binary built by the same `cargo test` run.
pub fn journey_bin() -> PathBuf {
    let exe = std::env::current_exe().expect("the test executable has a path");
    // target/<profile>/deps/<test> → target/<profile>/journey
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("tests run from target/<profile>/deps");
    let bin = profile_dir.join(format!("journey{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.exists(),
        "{} is missing: run the tests with `cargo test --workspace`, which builds it for the CLI's own tests",
        bin.display()
    );
    bin
}

/// A `journey` command with a fixed language and no colour, run in `dir`.
pub fn journey(dir: &Path) -> Command {
    let mut command = Command::new(journey_bin());
    command
        .current_dir(dir)
        .env("JOURNEY_LANG", "en")
        .env("NO_COLOR", "1")
        .env_remove("JOURNEY_LOG");
    command
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is inside the repository")
        .to_path_buf()
}

pub fn fixtures() -> PathBuf {
    repo_root().join("tests/fixtures")
}

pub fn examples() -> PathBuf {
    repo_root().join("examples")
}

/// Stdout and stderr as text, for assertions.
pub fn text(output: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
