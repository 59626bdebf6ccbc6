//! Times layout-rs against Graphviz `dot` on the atlas graph of a generated
//! workspace: `cargo run --release -p journey-render --example
//! layout_compare -- JOURNEYS [SECONDS] [--star]`.
//!
//! The graph is the whole hierarchy, one box per journey at the size the
//! atlas draws it, with an edge from each parent to each child. layout-rs
//! runs as the atlas runs it (validation and crossing optimisation off) on
//! a thread that is given up after SECONDS (default 60). `dot -Tsvg` gets
//! the same graph in DOT, with boxes of the same sizes and gaps. Each side
//! keeps its best of up to five runs within a second. For scale, the example
//! also times the whole atlas drawn in columns, which never calls layout-rs.
//!
//! With `--star`, the workspace is one journey and JOURNEYS - 1 children
//! instead of a generated hierarchy: the shape of the largest atlas pages.
#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a benchmark prints its measures"
)]

use std::fmt::Write;
use std::path::Path;
use std::process::Command;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use journey_diagnostics::FileId;
use journey_i18n::Lang;
use journey_model::{Model, ParsedFile, Settings, Today, TodaySource, analyze};
use journey_render::{AtlasLayout, LayeredGraph};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let journeys: usize = args.first().and_then(|count| count.parse().ok()).unwrap_or(200);
    let limit = Duration::from_secs_f64(args.get(1).and_then(|seconds| seconds.parse().ok()).unwrap_or(60.0));

    let model = if args.iter().any(|arg| arg == "--star") {
        star(journeys)
    } else {
        generated(journeys)
    };
    let graph = journey_render::atlas_graph(&model, Lang::En);
    println!("{} boxes", graph.len());
    let columns = best_of(|| {
        let started = Instant::now();
        journey_render::atlas_pages_with(&model, Lang::En, AtlasLayout::Columns);
        Ok(started.elapsed())
    });
    if let Ok(time) = columns {
        println!("atlas in columns: {}", millis(time));
    }

    let dot = time_dot(&graph);
    match &dot {
        Ok(time) => println!("dot -Tsvg: {}", millis(*time)),
        Err(reason) => println!("dot -Tsvg: {reason}"),
    }
    let ours = time_layout_rs(graph, limit);
    match (&ours, &dot) {
        (Ok(ours), Ok(dot)) => {
            println!("layout-rs: {}", millis(*ours));
            println!("layout-rs / dot: {:.2}", ours.as_secs_f64() / dot.as_secs_f64());
        }
        (Ok(ours), Err(_)) => println!("layout-rs: {}", millis(*ours)),
        (Err(reason), _) => println!("layout-rs: {reason}"),
    }
    // A layout thread past the limit cannot be stopped: leave without it.
    std::process::exit(0);
}

/// Generates and checks a workspace of `journeys` journeys.
fn generated(journeys: usize) -> Model {
    let generated = journey_gen::generate(&journey_gen::Config::journeys(7, journeys));
    let files: Vec<ParsedFile> = generated
        .journey_files()
        .enumerate()
        .map(|(index, file)| ParsedFile::new(FileId(index as u32), file.path.clone(), file.text.as_str()))
        .collect();
    analyze(&files, &Settings::default(), today()).model
}

/// Builds a workspace of one journey with `journeys - 1` children zooming
/// into its four stages in turn.
fn star(journeys: usize) -> Model {
    let mut text = String::from(
        "journey root \"Customer lifecycle\" { stage a \"Discover\"  stage b \"Join\"  stage c \"Use\"  stage d \"Leave\" }\n",
    );
    for index in 1..journeys {
        let stage = ["a", "b", "c", "d"][index % 4];
        let _ = writeln!(
            text,
            "journey child{index} \"Child journey {index}\" {{ parent: root.{stage}  stage s \"Start\"  stage t \"Finish\" }}"
        );
    }
    let file = ParsedFile::new(FileId(0), "star.journey", text.as_str());
    analyze(&[file], &Settings::default(), today()).model
}

fn today() -> Today {
    Today {
        date: time::macros::date!(2026 - 12 - 01),
        source: TodaySource::Flag,
    }
}

/// Times `dot -Tsvg` on the graph, returning the best run or why dot
/// could not run.
fn time_dot(graph: &LayeredGraph) -> Result<Duration, String> {
    let path = std::env::temp_dir().join(format!("layout_compare_{}.dot", std::process::id()));
    std::fs::write(&path, graph.dot()).map_err(|error| format!("cannot write {}: {error}", path.display()))?;
    let result = best_of(|| run_dot(&path));
    let _ = std::fs::remove_file(&path);
    result
}

fn run_dot(path: &Path) -> Result<Duration, String> {
    let started = Instant::now();
    let output = Command::new("dot").arg("-Tsvg").arg(path).output().map_err(|error| {
        format!("cannot run dot ({error}); install Graphviz, for example `apt-get install graphviz`")
    })?;
    let elapsed = started.elapsed();
    if !output.status.success() {
        return Err(format!("dot failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(elapsed)
}

/// Lays the graph out with layout-rs on its own thread, giving up after
/// `limit`.
fn time_layout_rs(graph: LayeredGraph, limit: Duration) -> Result<Duration, String> {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let result = best_of(|| {
            let started = Instant::now();
            let placed = graph.lay_out();
            placed
                .map(|_| started.elapsed())
                .map_err(|_| "layout-rs panicked".to_owned())
        });
        let _ = send.send(result);
    });
    receive
        .recv_timeout(limit)
        .unwrap_or_else(|_| Err(format!("did not finish in {} s", limit.as_secs_f64())))
}

/// Runs `run` up to five times while the runs stay within a second, and
/// keeps the fastest.
fn best_of(mut run: impl FnMut() -> Result<Duration, String>) -> Result<Duration, String> {
    let mut best = run()?;
    let mut total = best;
    for _ in 0..4 {
        if total > Duration::from_secs(1) {
            break;
        }
        let time = run()?;
        total += time;
        best = best.min(time);
    }
    Ok(best)
}

fn millis(time: Duration) -> String {
    format!("{:.1} ms", time.as_secs_f64() * 1000.0)
}
