//! `journey fmt`: rewrite `.journey` files in the canonical layout, check
//! that they are in it (`--check`), or format standard input (`-`).

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use journey_diagnostics::Message;
use journey_fmt::FormatError;
use journey_i18n::Lang;
use journey_workspace::{LoadError, SourceMap};

use crate::Status;
use crate::cli::FmtArgs;
use crate::diagnostics::{stderr_color, write_human};
use crate::session::report_error;

/// What happened to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Unchanged,
    /// Rewritten, or listed as not formatted under `--check`.
    Changed,
    /// Not formatted because of its content: syntax errors or invalid UTF-8.
    Rejected,
    /// Not read or not written.
    IoError,
}

pub fn run(lang: Lang, args: FmtArgs) -> Status {
    if args.paths.iter().any(|path| path.as_os_str() == "-") {
        if args.paths.len() > 1 {
            report_error(lang, &Message::new("fmt-stdin-alone"));
            return Status::UsageOrIo;
        }
        return format_stdin(lang, args.check);
    }

    let files = match collect_files(&args.paths) {
        Ok(files) => files,
        Err(error) => {
            report_error(lang, &error.message());
            return Status::UsageOrIo;
        }
    };
    let outcomes: Vec<Outcome> = files.iter().map(|file| format_file(lang, file, args.check)).collect();
    summarize(lang, &outcomes, args.check)
}

/// The files named by the arguments: a folder stands for every `.journey`
/// file below it. Sorted, each once.
fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    let mut files = Vec::new();
    for path in paths {
        let metadata = fs::metadata(path).map_err(|_| LoadError::NotFound(path.clone()))?;
        if !metadata.is_dir() {
            files.push(path.clone());
            continue;
        }
        let found = journey_workspace::journey_files(path)?;
        if found.is_empty() {
            return Err(LoadError::NoJourneyFiles(path.clone()));
        }
        let in_current_folder = path.as_os_str() == ".";
        files.extend(found.iter().map(|relative| {
            if in_current_folder {
                PathBuf::from(relative)
            } else {
                path.join(relative)
            }
        }));
    }
    files.sort();
    files.dedup();
    Ok(files)
}

fn format_file(lang: Lang, path: &Path, check: bool) -> Outcome {
    let _span = tracing::debug_span!("fmt", path = %path.display()).entered();
    let display = path.display().to_string();
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            report_error(
                lang,
                &Message::new("load-io")
                    .arg("path", &display)
                    .arg("reason", error.to_string()),
            );
            return Outcome::IoError;
        }
    };
    let Some(source) = utf8(lang, &display, bytes) else {
        return Outcome::Rejected;
    };

    let formatted = match journey_fmt::format(&source) {
        Ok(formatted) => formatted,
        Err(error) => {
            report_format_error(lang, &display, &source, error);
            return Outcome::Rejected;
        }
    };
    if formatted == source {
        return Outcome::Unchanged;
    }
    if check {
        // A closed pipe (`| head`) is not an error worth reporting.
        let _ = writeln!(std::io::stdout().lock(), "{display}");
        return Outcome::Changed;
    }
    match write_atomically(path, &formatted) {
        Ok(()) => Outcome::Changed,
        Err(error) => {
            report_error(
                lang,
                &Message::new("cli-write-failed")
                    .arg("path", &display)
                    .arg("reason", error.to_string()),
            );
            Outcome::IoError
        }
    }
}

/// Formats standard input to standard output; under `--check`, writes
/// nothing and only sets the status.
fn format_stdin(lang: Lang, check: bool) -> Status {
    let display = journey_i18n::text(lang, "fmt-stdin-name");
    let mut bytes = Vec::new();
    if let Err(error) = std::io::stdin().lock().read_to_end(&mut bytes) {
        report_error(
            lang,
            &Message::new("load-io")
                .arg("path", &display)
                .arg("reason", error.to_string()),
        );
        return Status::UsageOrIo;
    }
    let Some(source) = utf8(lang, &display, bytes) else {
        return Status::Failed;
    };
    let formatted = match journey_fmt::format(&source) {
        Ok(formatted) => formatted,
        Err(error) => {
            report_format_error(lang, &display, &source, error);
            return Status::Failed;
        }
    };
    if check {
        let outcome = if formatted == source {
            Outcome::Unchanged
        } else {
            Outcome::Changed
        };
        return summarize(lang, &[outcome], true);
    }
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(formatted.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => Status::Clean,
        Err(error) => {
            report_error(
                lang,
                &Message::new("cli-write-failed")
                    .arg("path", "stdout")
                    .arg("reason", error.to_string()),
            );
            Status::UsageOrIo
        }
    }
}

fn utf8(lang: Lang, display: &str, bytes: Vec<u8>) -> Option<String> {
    match String::from_utf8(bytes) {
        Ok(source) => Some(source),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            report_error(
                lang,
                &Message::new("fmt-invalid-utf8")
                    .arg("path", display)
                    .arg("offset", offset),
            );
            None
        }
    }
}

/// Prints why a text was not formatted: its syntax errors as `journey check`
/// shows them, then one line naming the file.
fn report_format_error(lang: Lang, display: &str, source: &str, error: FormatError) {
    match error {
        FormatError::Syntax(diagnostics) => {
            let mut sources = SourceMap::default();
            sources.add(display.to_owned(), Arc::from(source));
            write_human(
                &mut std::io::stderr().lock(),
                lang,
                &sources,
                &diagnostics,
                stderr_color(),
            );
            report_error(
                lang,
                &Message::new("fmt-syntax-errors")
                    .arg("path", display)
                    .arg("count", diagnostics.len()),
            );
        }
        FormatError::ContentChanged => report_error(lang, &Message::new("fmt-content-changed").arg("path", display)),
    }
}

/// Replaces the file through a temporary file in the same folder, so an
/// interrupted write never leaves half a file. Writes through a symbolic
/// link to its target and keeps the file's permissions.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let target = fs::canonicalize(path)?;
    let folder = target.parent().unwrap_or(Path::new("."));
    let permissions = fs::metadata(&target)?.permissions();
    let mut temporary = tempfile::NamedTempFile::new_in(folder)?;
    temporary.write_all(text.as_bytes())?;
    temporary.as_file().sync_all()?;
    fs::set_permissions(temporary.path(), permissions)?;
    temporary.persist(&target).map_err(|error| error.error)?;
    Ok(())
}

/// Prints the closing line and picks the exit status.
fn summarize(lang: Lang, outcomes: &[Outcome], check: bool) -> Status {
    let count = |wanted: Outcome| outcomes.iter().filter(|&&outcome| outcome == wanted).count();
    let (changed, unchanged) = (count(Outcome::Changed), count(Outcome::Unchanged));
    let message = match (check, changed) {
        (true, 0) => Message::new("fmt-check-passed").arg("count", unchanged),
        (true, _) => Message::new("fmt-check-failed").arg("count", changed),
        (false, _) => Message::new("fmt-summary")
            .arg("changed", changed)
            .arg("unchanged", unchanged),
    };
    if changed + unchanged > 0 {
        eprintln!("{}", journey_i18n::format(lang, &message));
    }
    let rejected = count(Outcome::Rejected);
    if rejected > 0 && outcomes.len() > 1 {
        eprintln!(
            "{}",
            journey_i18n::format(lang, &Message::new("fmt-rejected").arg("count", rejected))
        );
    }

    if count(Outcome::IoError) > 0 {
        Status::UsageOrIo
    } else if rejected > 0 || (check && changed > 0) {
        Status::Failed
    } else {
        Status::Clean
    }
}
