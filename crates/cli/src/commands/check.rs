//! `journey check`: print the diagnostics of a workspace.

use std::io::Write;

use journey_diagnostics::CODES;
use journey_i18n::Lang;

use crate::Status;
use crate::cli::{CheckArgs, DiagnosticFormat};
use crate::commands::ci;
use crate::diagnostics::{stderr_color, write_human, write_json, write_summary};
use crate::session;

pub fn run(lang: Lang, args: CheckArgs) -> Status {
    if args.list_codes {
        list_codes(lang);
        return Status::Clean;
    }
    let checked = match session::check(lang, &args.workspace) {
        Ok(checked) => checked,
        Err(status) => return status,
    };
    let diagnostics = &checked.analysis.diagnostics;
    match args.format {
        DiagnosticFormat::Human => {
            let mut stderr = std::io::stderr().lock();
            write_human(
                &mut stderr,
                lang,
                &checked.display_sources(),
                diagnostics,
                stderr_color(),
            );
            write_summary(&mut stderr, lang, diagnostics, checked.workspace.files.len());
        }
        DiagnosticFormat::Json => write_json(
            &mut std::io::stdout().lock(),
            lang,
            &checked.display_sources(),
            diagnostics,
        ),
        DiagnosticFormat::Sarif => ci::write_sarif(lang, &checked),
        DiagnosticFormat::Github => ci::write_github(lang, &checked),
    }
    checked.status(args.deny)
}

fn list_codes(lang: Lang) {
    let mut stdout = std::io::stdout().lock();
    for code in CODES {
        let summary = journey_i18n::text(lang, &code.summary_id());
        let lint = if code.lint { "lint" } else { "" };
        let line = format!(
            "{}  {:<28} {:<8} {lint:<4}  {summary}",
            code.id,
            code.name,
            code.default_severity.as_str()
        );
        // A closed pipe (`| head`) ends the listing quietly.
        if writeln!(stdout, "{line}").is_err() {
            return;
        }
    }
}
