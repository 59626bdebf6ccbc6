//! Sends keystrokes to `journey lsp` in one file and prints the latencies,
//! for a profiler attached to the server:
//! `perf record -g target/release/examples/keystrokes target/release/journey target/bench/keystroke 300`.
#![allow(clippy::print_stdout, clippy::print_stderr, reason = "a developer tool")]

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(journey), Some(root)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: keystrokes JOURNEY_BINARY FOLDER [KEYSTROKES]");
        std::process::exit(2);
    };
    let count: usize = args.get(3).and_then(|count| count.parse().ok()).unwrap_or(60);
    let root = PathBuf::from(root);
    let file = root.join("all.journey");
    match journey_bench::lsp::keystrokes(&PathBuf::from(journey), &root, &file, count) {
        Ok(latencies) => println!(
            "median {:.1} ms, p95 {:.1} ms, max {:.1} ms, first {:.1} ms",
            latencies.median().as_secs_f64() * 1000.0,
            latencies.p95().as_secs_f64() * 1000.0,
            latencies.max().as_secs_f64() * 1000.0,
            latencies.first.as_secs_f64() * 1000.0
        ),
        Err(error) => {
            eprintln!("error: {error}");
            std::process::exit(1);
        }
    }
}
