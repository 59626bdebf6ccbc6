//! Replays every input saved in `fuzz/regressions/<target>/` through the
//! oracle of that fuzz target. Each file is an input that once crashed or
//! failed an oracle; the fix keeps it passing.

use std::path::{Path, PathBuf};

fn regressions(target: &str) -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/regressions")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && !is_hidden(path))
        .collect();
    paths.sort();
    paths
}

fn replay(target: &str, oracle: fn(&[u8])) -> usize {
    let paths = regressions(target);
    for path in &paths {
        let data = std::fs::read(path).unwrap();
        let outcome = std::panic::catch_unwind(|| oracle(&data));
        assert!(outcome.is_ok(), "{} fails again", path.display());
    }
    paths.len()
}

#[test]
fn parse_regressions() {
    replay("parse", journey_robust::parse_bytes);
}

#[test]
fn check_regressions() {
    replay("check", journey_robust::check_files);
}

#[test]
fn format_regressions() {
    replay("format", journey_robust::format_is_idempotent);
}

#[test]
fn edit_regressions() {
    replay("edits", journey_robust::edit_session);
}

#[test]
fn regression_folder_is_found() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions");
    assert!(folder.is_dir(), "{} is missing", folder.display());
}

/// `.gitkeep` and other hidden files are not inputs.
fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| name.starts_with('.'))
}
