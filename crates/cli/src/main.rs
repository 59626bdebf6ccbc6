//! The `journey` binary. This crate is the only one that prints or exits:
#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "the CLI is the one crate that prints"
)]
//! it parses arguments, picks the language, loads the workspace through
//! `journey-workspace`, and hands the results to the renderers.

mod cli;
mod commands;
mod diagnostics;
mod session;

use std::process::ExitCode;

use clap::FromArgMatches;
use journey_i18n::Lang;

use cli::{Cli, Command};

/// Exit status: success, diagnostics at the failing severity, or a usage or IO error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Clean = 0,
    Failed = 1,
    UsageOrIo = 2,
}

fn main() -> ExitCode {
    let lang = lang_from_args();
    let matches = match cli::localized_command(lang).try_get_matches() {
        Ok(matches) => matches,
        Err(error) => {
            // clap prints help and version to stdout and errors to stderr itself.
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { Status::UsageOrIo as u8 } else { 0 });
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(Status::UsageOrIo as u8);
        }
    };
    init_tracing(matches!(cli.command, Command::Lsp));
    let status = match cli.command {
        Command::Check(args) => commands::check::run(lang, args),
        Command::Build(args) => commands::build::run(lang, args),
        Command::Schema => commands::schema::run(),
        Command::Export(args) => commands::export::run(lang, args),
        Command::Import(args) => commands::import::run(lang, args),
        Command::Init(args) => commands::init::run(lang, args),
        Command::Fmt(args) => commands::fmt::run(lang, args),
        Command::Report(args) => commands::report::run(lang, args),
        Command::Lsp => commands::lsp::run(lang),
    };
    ExitCode::from(status as u8)
}

/// Reads `--lang` before clap runs, so that clap's own help is translated.
fn lang_from_args() -> Lang {
    let args: Vec<String> = std::env::args().collect();
    let flag = args.iter().enumerate().find_map(|(index, arg)| {
        if arg == "--lang" {
            args.get(index + 1).cloned()
        } else {
            arg.strip_prefix("--lang=").map(str::to_owned)
        }
    });
    let env = std::env::var("JOURNEY_LANG").ok();
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
        .or_else(sys_locale::get_locale);
    Lang::resolve(flag.as_deref(), env.as_deref(), locale.as_deref())
}

/// Logs go to stderr, with the filter that `JOURNEY_LOG` sets (for example
/// `debug`). Without it they are off, except for the language server, which
/// logs warnings and errors: editors show its stderr in their output panel.
fn init_tracing(server: bool) {
    let default = if server { "warn" } else { "off" };
    let filter = tracing_subscriber::EnvFilter::try_from_env("JOURNEY_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
}
