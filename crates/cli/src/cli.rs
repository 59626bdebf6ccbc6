//! The command-line grammar. Help texts are set from the message catalogue
//! at startup (see `localize`), so the strings here are only fallbacks.

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use journey_i18n::Lang;

#[derive(Debug, Parser)]
#[command(name = "journey", version, about = "Customer journeys as code")]
pub struct Cli {
    /// Language of messages: en or fr.
    #[arg(long, global = true, value_name = "LANG")]
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
}

/// Builds the clap command with help texts from the catalogue of `lang`:
/// the about text of command `x` is message `cli-x-about`, and the help of
/// its argument `y` is `cli-x-y` (or `cli-y` for shared arguments).
pub fn localized_command(lang: Lang) -> clap::Command {
    let command = Cli::command();
    localize(command, lang, "journey")
}

fn localize(mut command: clap::Command, lang: Lang, prefix: &str) -> clap::Command {
    let about_id = format!("cli-{prefix}-about");
    if journey_i18n::has_message(lang, &about_id) {
        command = command.about(journey_i18n::text(lang, &about_id));
    }
    let argument_ids: Vec<String> = command.get_arguments().map(|argument| argument.get_id().to_string()).collect();
    for id in argument_ids {
        let specific = format!("cli-{prefix}-{id}");
        let shared = format!("cli-{id}");
        let message = [specific, shared].into_iter().find(|message| journey_i18n::has_message(lang, message));
        if let Some(message) = message {
            let help = journey_i18n::text(lang, &message);
            command = command.mut_arg(id, |argument| argument.help(help));
        }
    }
    let names: Vec<String> = command.get_subcommands().map(|sub| sub.get_name().to_owned()).collect();
    for name in names {
        command = command.mut_subcommand(name.clone(), |sub| localize(sub, lang, &name));
    }
    command
}
