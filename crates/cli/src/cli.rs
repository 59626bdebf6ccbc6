//! The command-line grammar. Help texts are set from the message catalogue
//! at startup (see `localize`), so the strings here are only fallbacks.

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use journey_i18n::Lang;

#[derive(Debug, Parser)]
#[command(name = "journey", version, about = "Customer journeys as code")]
pub struct Cli {
    /// Language of messages: en or fr.
    #[arg(long, global = true, value_name = "LANG", value_parser = ["en", "fr"])]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a workspace and print its diagnostics.
    Check(CheckArgs),
    /// Check a workspace and write its outputs.
    Build(BuildArgs),
    /// Print the JSON Schema of model.json.
    Schema,
    /// Export the atlas in a format other tools read.
    Export(ExportArgs),
    /// Convert diagrams from other tools into .journey files.
    Import(ImportArgs),
    /// Create a small commented workspace that checks clean.
    Init(InitArgs),
    /// Format .journey files in the canonical layout.
    Fmt(FmtArgs),
    /// Write the governance report of a workspace.
    Report(ReportArgs),
    /// Run the language server on standard input and output.
    Lsp,
}

/// Options shared by the commands that check a workspace.
#[derive(Debug, Args)]
pub struct WorkspaceArgs {
    /// Workspace folder, or a file inside it.
    #[arg(default_value = ".")]
    pub path: PathBuf,

    /// Date used for overdue reviews, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagnosticFormat {
    Human,
    Json,
    /// SARIF 2.1.0, for code-scanning services.
    Sarif,
    /// GitHub Actions workflow commands, shown as annotations.
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    Warnings,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArgs,

    /// Output format of the diagnostics.
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
    pub format: DiagnosticFormat,

    /// Fail on warnings too.
    #[arg(long, value_enum)]
    pub deny: Option<Deny>,

    /// List every diagnostic code and exit.
    #[arg(long)]
    pub list_codes: bool,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArgs,

    /// Output folder.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,

    /// Add source positions to model.json.
    #[arg(long)]
    pub spans: bool,

    /// Fail on warnings too.
    #[arg(long, value_enum)]
    pub deny: Option<Deny>,

    /// Also write a PNG beside each SVG.
    #[arg(long)]
    pub png: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    #[value(alias = "markdown")]
    Md,
    Html,
    Json,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArgs,

    /// Report format (default: from the --out extension, else md).
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,

    /// Output file (default: standard output).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Conditions that make the command exit with status 1.
    #[arg(
        long = "fail-on",
        value_name = "CONDITION",
        value_delimiter = ',',
        value_parser = clap::builder::PossibleValuesParser::new(journey_model::settings::FAIL_ON_CONDITIONS)
    )]
    pub fail_on: Vec<String>,
}

#[derive(Debug, Args)]
pub struct FmtArgs {
    /// Files or folders to format; `-` reads standard input.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// List the files that are not formatted, change nothing.
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub format: ExportFormat,
}

#[derive(Debug, Subcommand)]
pub enum ExportFormat {
    /// Write one journey as a Mermaid journey diagram.
    Mermaid(MermaidExportArgs),
    /// Write the atlas as CSV.
    Csv(CsvExportArgs),
}

#[derive(Debug, Args)]
pub struct MermaidExportArgs {
    /// Name of the journey to export.
    pub journey: String,

    #[command(flatten)]
    pub workspace: WorkspaceArgs,

    /// File to write (default: standard output).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CsvExportArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArgs,

    /// One row per step instead of one row per journey.
    #[arg(long)]
    pub steps: bool,

    /// File to write (default: standard output).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Start with a UTF-8 byte order mark.
    #[arg(long)]
    pub bom: bool,

    /// Field separator.
    #[arg(long, value_enum, default_value_t = CsvDelimiter::Comma)]
    pub delimiter: CsvDelimiter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvDelimiter {
    Comma,
    Semicolon,
    Tab,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub format: ImportFormat,
}

#[derive(Debug, Subcommand)]
pub enum ImportFormat {
    /// Convert Mermaid journey diagrams into a .journey file.
    Mermaid(MermaidImportArgs),
}

#[derive(Debug, Args)]
pub struct MermaidImportArgs {
    /// Mermaid (.mmd) or Markdown (.md) file to read.
    pub file: PathBuf,

    /// .journey file to write (default: standard output).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder to create the workspace in.
    #[arg(default_value = ".")]
    pub dir: PathBuf,
}

/// Builds the clap command with help texts from the catalogue of `lang`:
/// the about text of command `x` is message `cli-x-about`, and the help of
/// its argument `y` is `cli-x-y` (or `cli-y` for shared arguments). A nested
/// command `z` of `x` uses the prefix `x-z`.
pub fn localized_command(lang: Lang) -> clap::Command {
    let command = Cli::command();
    localize(command, lang, "journey")
}

fn localize(mut command: clap::Command, lang: Lang, prefix: &str) -> clap::Command {
    let about_id = format!("cli-{prefix}-about");
    if journey_i18n::has_message(lang, &about_id) {
        command = command.about(journey_i18n::text(lang, &about_id));
    }
    let argument_ids: Vec<String> = command
        .get_arguments()
        .map(|argument| argument.get_id().to_string())
        .collect();
    for id in argument_ids {
        let specific = format!("cli-{prefix}-{id}");
        let shared = format!("cli-{id}");
        let message = [specific, shared]
            .into_iter()
            .find(|message| journey_i18n::has_message(lang, message));
        if let Some(message) = message {
            let help = journey_i18n::text(lang, &message);
            command = command.mut_arg(id, |argument| argument.help(help));
        }
    }
    let names: Vec<String> = command.get_subcommands().map(|sub| sub.get_name().to_owned()).collect();
    for name in names {
        // Nested subcommands take their parent's prefix: `cli-export-mermaid-about`.
        let sub_prefix = if prefix == "journey" {
            name.clone()
        } else {
            format!("{prefix}-{name}")
        };
        command = command.mut_subcommand(name.clone(), |sub| localize(sub, lang, &sub_prefix));
    }
    command
}
