//! Running the model on source texts, for the integration tests of this crate.

#![allow(dead_code, reason = "each test file uses a different part of this module")]

use journey_diagnostics::FileId;
use journey_model::date::parse_date;
use journey_model::{Analysis, ParsedFile, Settings, Today, TodaySource, analyze};

/// Checks `files` (path and text) with default settings, as of `today`.
pub fn analyze_on(today: &str, files: &[(&str, &str)]) -> Analysis {
    let parsed: Vec<ParsedFile> = files
        .iter()
        .enumerate()
        .map(|(index, (path, text))| ParsedFile::new(FileId(index as u32), *path, *text))
        .collect();
    let today = Today {
        date: parse_date(today).expect("a valid date"),
        source: TodaySource::Flag,
    };
    analyze(&parsed, &Settings::default(), today)
}

/// Checks one file as of 2026-12-01.
pub fn analyze_one(text: &str) -> Analysis {
    analyze_on("2026-12-01", &[("main.journey", text)])
}

/// The codes reported, in order.
pub fn codes(analysis: &Analysis) -> Vec<&'static str> {
    analysis
        .diagnostics
        .iter()
        .map(|diagnostic| diagnostic.code.id)
        .collect()
}

/// The diagnostics with `code`, as the source text under their primary span.
pub fn spans_of<'a>(analysis: &Analysis, text: &'a str, code: &str) -> Vec<&'a str> {
    analysis
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.code.id == code)
        .map(|diagnostic| &text[diagnostic.primary.at.span.range()])
        .collect()
}
