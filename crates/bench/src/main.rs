//! `journey-bench`: the benchmark program. It generates workspaces of 1k to
//! 1M lines and times every phase of the compiler in this process. It times
//! the real `journey check`, `journey build` and `journey lsp` against `cat`
//! of the same files, lays out the atlas with Graphviz and layout-rs, and
//! prints the figures as Markdown.
#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a developer tool that prints its figures"
)]

use journey_bench::{layout, report, suite};

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "journey-bench",
    about = "Benchmarks the journey compiler on generated workspaces"
)]
struct Args {
    #[command(subcommand)]
    command: Option<Inner>,

    /// Only the smallest size, one run each: a quick check that the benchmark still works.
    #[arg(long)]
    quick: bool,

    /// Sizes in lines, comma separated.
    #[arg(long, value_delimiter = ',', default_value = "1k,10k,100k,1m")]
    sizes: Vec<String>,

    /// Folder for the generated workspaces and build outputs.
    #[arg(long, default_value = "target/bench")]
    work: PathBuf,

    /// The `journey` binary; by default the one next to this program.
    #[arg(long)]
    journey: Option<PathBuf>,

    /// Replace the results section of this Markdown file (between the
    /// `<!-- results:begin -->` and `<!-- results:end -->` markers).
    #[arg(long)]
    update: Option<PathBuf>,

    /// Seed of the generated workspaces.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

#[derive(Debug, Subcommand)]
enum Inner {
    /// Lays out a DOT file with layout-rs (run by the benchmark in a child process).
    #[command(name = "layout-rs")]
    LayoutRs {
        file: PathBuf,
        #[arg(long)]
        no_optimize: bool,
    },
}

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(Inner::LayoutRs { file, no_optimize }) = &args.command {
        return match layout::layout_rs(file, !no_optimize) {
            Ok(_) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("error: layout-rs failed on {}: {error}", file.display());
                ExitCode::FAILURE
            }
        };
    }
    let plan = match suite::Plan::new(
        args.quick,
        &args.sizes,
        args.work.clone(),
        args.journey.clone(),
        args.seed,
    ) {
        Ok(plan) => plan,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let results = match suite::run(&plan) {
        Ok(results) => results,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let markdown = report::markdown(&results);
    println!("{markdown}");
    let failures = results.failures();
    for failure in &failures {
        eprintln!("error: {failure}");
    }
    if !failures.is_empty() {
        return ExitCode::FAILURE;
    }
    if let Some(path) = &args.update {
        if let Err(error) = report::update(path, &markdown) {
            eprintln!("error: cannot update {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        eprintln!("updated {}", path.display());
    }
    ExitCode::SUCCESS
}
