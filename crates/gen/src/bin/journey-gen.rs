//! `journey-gen`: writes a generated workspace to a folder.
#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a developer tool that reports what it wrote"
)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use journey_gen::{Config, Detail, Size, generate};

/// Writes a seeded, realistic journey workspace. The same arguments always
/// write the same bytes.
#[derive(Debug, Parser)]
#[command(name = "journey-gen")]
struct Args {
    /// Folder to write; created if missing. Existing files of the same names are replaced.
    #[arg(long)]
    out: PathBuf,

    /// Lines to generate, with an optional k or m suffix: 1k, 10k, 100k, 1m.
    #[arg(long, value_parser = parse_count, conflicts_with = "journeys")]
    lines: Option<usize>,

    /// Generate exactly this many journeys, in outline (the atlas shape).
    #[arg(long, value_parser = parse_count)]
    journeys: Option<usize>,

    /// Seed of the random choices.
    #[arg(long, default_value_t = 1)]
    seed: u64,

    /// Share of journeys, from 0 to 1, that get one deliberate mistake.
    #[arg(long, default_value_t = 0.0)]
    faults: f64,
}

fn parse_count(text: &str) -> Result<usize, String> {
    let lower = text.to_ascii_lowercase();
    let (digits, factor) = match lower.as_bytes().last() {
        Some(b'k') => (&lower[..lower.len() - 1], 1_000),
        Some(b'm') => (&lower[..lower.len() - 1], 1_000_000),
        _ => (lower.as_str(), 1),
    };
    digits
        .parse::<usize>()
        .map(|count| count * factor)
        .map_err(|_| format!("invalid count `{text}`: expected a number such as 500, 10k or 1m"))
}

fn main() -> ExitCode {
    let args = Args::parse();
    if !(0.0..=1.0).contains(&args.faults) {
        eprintln!("error: --faults must be between 0 and 1, got {}", args.faults);
        return ExitCode::from(2);
    }
    let (size, detail) = match (args.lines, args.journeys) {
        (_, Some(journeys)) => (Size::Journeys(journeys), Detail::Outline),
        (Some(lines), None) => (Size::Lines(lines), Detail::Full),
        (None, None) => (Size::Lines(10_000), Detail::Full),
    };
    let workspace = generate(&Config {
        seed: args.seed,
        size,
        detail,
        fault_rate: args.faults,
    });
    if let Err(error) = workspace.write_to(&args.out) {
        eprintln!("error: cannot write {}: {error}", args.out.display());
        return ExitCode::from(2);
    }
    println!(
        "wrote {} journeys, {} lines, {} bytes in {} files to {}",
        workspace.journeys,
        workspace.lines(),
        workspace.bytes(),
        workspace.files.len(),
        args.out.display()
    );
    ExitCode::SUCCESS
}
