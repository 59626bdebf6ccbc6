//! Runs one phase on a workspace folder many times, for a profiler:
//! `perf record target/release/examples/profile check target/bench/lines-100k 5`
//! or the same under `valgrind --tool=callgrind`. Phases: lex, parse,
//! check, json, keystroke.
#![allow(clippy::print_stderr, reason = "a developer tool")]

use std::path::PathBuf;

use journey_bench::phases::{self, Loaded};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(phase), Some(root)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: profile lex|parse|check|json|keystroke FOLDER [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.get(3).and_then(|runs| runs.parse().ok()).unwrap_or(1);
    let loaded = Loaded::read(&PathBuf::from(root)).unwrap_or_else(|error| {
        eprintln!("error: {error}");
        std::process::exit(2);
    });
    let parsed = loaded.parse_all();
    let analysis = phases::check(&parsed);
    let sources = loaded.sources();
    for _ in 0..runs {
        let size = match phase.as_str() {
            "lex" => loaded
                .files
                .iter()
                .map(|(_, text)| journey_syntax::lexer::lex(text).len())
                .sum(),
            "parse" => loaded.parse_all().len(),
            "check" => phases::check(&parsed).diagnostics.len(),
            "json" => {
                let export = journey_export::export(&analysis, &sources, journey_export::Options { spans: false });
                journey_export::to_json(&export).len()
            }
            "keystroke" => phases::keystroke(&loaded, 1).as_micros() as usize,
            other => {
                eprintln!("error: unknown phase `{other}`");
                std::process::exit(2);
            }
        };
        std::hint::black_box(size);
    }
}
