//! `journey export mermaid|csv`: the checked atlas in formats other tools
//! read. A workspace with errors exports nothing.

use journey_diagnostics::Message;
use journey_i18n::Lang;
use journey_interop::{CsvOptions, Delimiter};

use crate::Status;
use crate::cli::{CsvDelimiter, CsvExportArgs, ExportArgs, ExportFormat, MermaidExportArgs};
use crate::commands::output::write_text;
use crate::diagnostics::{stderr_color, write_human, write_summary};
use crate::session::{self, Checked, report_error};

pub fn run(lang: Lang, args: ExportArgs) -> Status {
    match args.format {
        ExportFormat::Mermaid(args) => mermaid(lang, &args),
        ExportFormat::Csv(args) => csv(lang, &args),
    }
}

fn mermaid(lang: Lang, args: &MermaidExportArgs) -> Status {
    let checked = match check_for_export(lang, &args.workspace) {
        Ok(checked) => checked,
        Err(status) => return status,
    };
    let model = &checked.analysis.model;
    let Some(journey) = model.journeys.iter().find(|journey| journey.name == args.journey) else {
        let names = model.journeys.iter().map(|journey| journey.name.as_str());
        let path = checked.workspace.root.display().to_string();
        let message = match journey_model::closest(&args.journey, names) {
            Some(suggestion) => Message::new("interop-unknown-journey-suggestion").arg("suggestion", suggestion),
            None => Message::new("interop-unknown-journey"),
        };
        report_error(lang, &message.arg("name", args.journey.as_str()).arg("path", path));
        return Status::UsageOrIo;
    };
    let diagram = journey_interop::mermaid::journey_to_mermaid(model, journey, lang);
    match write_text(lang, args.out.as_deref(), &diagram) {
        Ok(()) => Status::Clean,
        Err(status) => status,
    }
}

fn csv(lang: Lang, args: &CsvExportArgs) -> Status {
    let checked = match check_for_export(lang, &args.workspace) {
        Ok(checked) => checked,
        Err(status) => return status,
    };
    let delimiter = match args.delimiter {
        CsvDelimiter::Comma => Delimiter::Comma,
        CsvDelimiter::Semicolon => Delimiter::Semicolon,
        CsvDelimiter::Tab => Delimiter::Tab,
    };
    let options = CsvOptions {
        delimiter,
        byte_order_mark: args.bom,
    };
    let model = &checked.analysis.model;
    let table = if args.steps {
        journey_interop::steps_csv(model, options)
    } else {
        journey_interop::atlas_csv(model, options)
    };
    match write_text(lang, args.out.as_deref(), &table) {
        Ok(()) => Status::Clean,
        Err(status) => status,
    }
}

/// Checks the workspace; with errors, prints them and stops the export.
/// Warnings are left to `journey check`, so an export stays quiet in CI.
fn check_for_export(lang: Lang, workspace: &crate::cli::WorkspaceArgs) -> Result<Checked, Status> {
    let checked = session::check(lang, workspace)?;
    let status = checked.status(None);
    if status == Status::Clean {
        return Ok(checked);
    }
    let diagnostics = &checked.analysis.diagnostics;
    let mut stderr = std::io::stderr().lock();
    write_human(
        &mut stderr,
        lang,
        &checked.display_sources(),
        diagnostics,
        stderr_color(),
    );
    write_summary(&mut stderr, lang, diagnostics, checked.workspace.files.len());
    drop(stderr);
    report_error(lang, &Message::new("interop-export-failed"));
    Err(status)
}
