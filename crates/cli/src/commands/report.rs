//! `journey report`: check the workspace and write its governance report in
//! Markdown, HTML or JSON, then fail when a `--fail-on` condition is met.
//!
//! The report is written even when a condition is met, so that a CI job can
//! post it and still fail. Errors in the atlas are shown on stderr but do
//! not stop the report: they fail the command only with `--fail-on error`,
//! or when they are an unknown name in `[report] fail_on`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use journey_diagnostics::{Message, Severity};
use journey_i18n::Lang;
use journey_report::{Condition, Format};

use crate::Status;
use crate::cli::{ReportArgs, ReportFormat};
use crate::diagnostics::{stderr_color, write_human, write_summary};
use crate::session::{self, Checked, report_error};

pub fn run(lang: Lang, args: ReportArgs) -> Status {
    let checked = match session::check(lang, &args.workspace) {
        Ok(checked) => checked,
        Err(status) => return status,
    };
    show_errors(lang, &checked);

    let format = format_of(&args);
    let report = journey_report::compute(&checked.analysis);
    let text = match format {
        Format::Markdown => journey_report::markdown(&report, lang),
        Format::Html => journey_report::html(&report, lang, &journey_report::pictures(&checked.analysis, lang)),
        Format::Json => journey_report::json(&report),
    };
    if let Err(status) = write_report(lang, args.out.as_deref(), &text) {
        return status;
    }

    let conditions = conditions(&args, &checked);
    let breaches = journey_report::evaluate(&report, &conditions);
    for breach in &breaches {
        report_error(lang, &journey_report::describe(breach, lang));
    }
    // A misspelt `fail_on` entry would silently turn a CI gate off, so it
    // fails the command; its diagnostic was shown with the other errors.
    let invalid_fail_on = checked
        .analysis
        .diagnostics
        .iter()
        .any(|diagnostic| diagnostic.message.id == "report-settings-unknown-condition");
    if breaches.is_empty() && !invalid_fail_on {
        Status::Clean
    } else {
        Status::Failed
    }
}

/// Prints the errors of the atlas and the summary line to stderr; warnings
/// and infos are counted in the summary and the report.
fn show_errors(lang: Lang, checked: &Checked) {
    let diagnostics = &checked.analysis.diagnostics;
    if diagnostics.is_empty() {
        return;
    }
    let errors: Vec<_> = diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.severity == Severity::Error)
        .cloned()
        .collect();
    let mut stderr = std::io::stderr().lock();
    write_human(&mut stderr, lang, &checked.display_sources(), &errors, stderr_color());
    write_summary(&mut stderr, lang, diagnostics, checked.workspace.files.len());
}

/// `--format`, else the extension of `--out`, else Markdown.
fn format_of(args: &ReportArgs) -> Format {
    let format = args.format.or_else(|| {
        let extension = args.out.as_deref()?.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "html" | "htm" => Some(ReportFormat::Html),
            "json" => Some(ReportFormat::Json),
            _ => None,
        }
    });
    match format.unwrap_or(ReportFormat::Md) {
        ReportFormat::Md => Format::Markdown,
        ReportFormat::Html => Format::Html,
        ReportFormat::Json => Format::Json,
    }
}

/// `--fail-on` when given, else `[report] fail_on` of journey.toml.
fn conditions(args: &ReportArgs, checked: &Checked) -> Vec<Condition> {
    let names = if args.fail_on.is_empty() {
        &checked.workspace.settings.report_fail_on
    } else {
        &args.fail_on
    };
    // Both sources accept only known names: clap checks the flag, the settings parser the file.
    names.iter().filter_map(|name| Condition::from_name(name)).collect()
}

/// Writes the report to stdout, or to `out` through a temporary file in the
/// same folder, so a failed write leaves no half-written report.
fn write_report(lang: Lang, out: Option<&Path>, text: &str) -> Result<(), Status> {
    let Some(path) = out else {
        let mut stdout = std::io::stdout().lock();
        // A closed stdout (`journey report | head`) is not an error worth reporting.
        let _ = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush());
        return Ok(());
    };
    let temporary = temporary_path(path);
    let written = fs::write(&temporary, text).and_then(|()| fs::rename(&temporary, path));
    if let Err(error) = written {
        let _ = fs::remove_file(&temporary);
        let message = Message::new("cli-write-failed")
            .arg("path", path.display().to_string())
            .arg("reason", error.to_string());
        report_error(lang, &message);
        return Err(Status::UsageOrIo);
    }
    eprintln!(
        "{}",
        journey_i18n::format(lang, &Message::new("cli-wrote").arg("path", path.display().to_string()))
    );
    Ok(())
}

fn temporary_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.journey-{}.tmp", std::process::id()))
}
