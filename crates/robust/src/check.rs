//! Checking a workspace of one to three files and a `journey.toml`: no
//! panic, and every diagnostic span inside its file.

use journey_diagnostics::FileId;
use journey_model::{ParsedFile, Settings, Today, TodaySource, analyze, date::parse_date};

use crate::spans::assert_diagnostic;

/// The byte that separates the files of a fuzz input.
pub const FILE_SEPARATOR: u8 = 0;

/// Splits `data` at NUL bytes into up to three `.journey` files and, when a
/// fourth part is present, the text of `journey.toml`, then checks them as
/// one workspace.
pub fn check_files(data: &[u8]) {
    let mut parts = data.splitn(4, |byte| *byte == FILE_SEPARATOR);
    let texts: Vec<String> = parts.by_ref().take(3).map(crate::text_of).collect();
    let settings_text = parts.next().map(crate::text_of);

    let settings_id = FileId(texts.len() as u32);
    let (settings, settings_diagnostics) = match &settings_text {
        Some(text) => Settings::parse(settings_id, text),
        None => (Settings::default(), Vec::new()),
    };
    let files: Vec<ParsedFile> = texts
        .iter()
        .enumerate()
        .map(|(index, text)| ParsedFile::new(FileId(index as u32), format!("file{index}.journey"), text.as_str()))
        .collect();
    let today = Today {
        date: parse_date("2026-12-01").expect("a valid date"),
        source: TodaySource::Settings,
    };
    let analysis = analyze(&files, &settings, today);

    let text_of = |file: FileId| match texts.get(file.0 as usize) {
        Some(text) => Some(text.as_str()),
        None if file == settings_id => settings_text.as_deref(),
        None => None,
    };
    for diagnostic in analysis.diagnostics.iter().chain(&settings_diagnostics) {
        assert_diagnostic(diagnostic, &text_of);
    }
    for reference in &analysis.model.references {
        let text = text_of(reference.at.file).expect("a reference in a known file");
        crate::spans::assert_in_text(reference.at.span, text, "reference");
    }
}
