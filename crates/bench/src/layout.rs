//! Layout of the atlas graph: Graphviz `dot` against layout-rs on the same
//! graph, one node per journey and one edge from each parent journey to
//! the journeys that zoom into it.

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use journey_model::Model;

/// The framework graph as DOT text, laid out left to right like the atlas.
pub fn atlas_dot(model: &Model) -> String {
    let mut dot = String::from("digraph atlas {\n  rankdir=LR;\n  node [shape=box];\n");
    for (index, journey) in model.journeys.iter().enumerate() {
        let label = journey.label.as_deref().unwrap_or(&journey.name).replace('"', "'");
        writeln!(dot, "  j{index} [label=\"{label}\"];").unwrap();
    }
    let graph = journey_model::framework_graph(model);
    for edge in graph.raw_edges() {
        writeln!(dot, "  j{} -> j{};", edge.source().index(), edge.target().index()).unwrap();
    }
    dot.push_str("}\n");
    dot
}

/// The outcome of a layout run.
pub enum Outcome {
    Done(Duration),
    /// Still running at the time limit, and stopped.
    TimedOut(Duration),
    Failed(String),
    /// The program is not installed.
    Missing,
}

/// Times `dot -Tsvg` on a DOT file.
pub fn time_dot(file: &Path, limit: Duration) -> Outcome {
    if Command::new("dot").arg("-V").stderr(Stdio::null()).status().is_err() {
        return Outcome::Missing;
    }
    let mut command = Command::new("dot");
    command.arg("-Tsvg").arg(file).arg("-o").arg("/dev/null");
    time_command(command, limit)
}

/// Times layout-rs on a DOT file in a child process (this program run with
/// `layout-rs FILE`), so that a layout that does not finish can be stopped.
pub fn time_layout_rs(file: &Path, optimize: bool, limit: Duration) -> Outcome {
    let mut command = match std::env::current_exe() {
        Ok(exe) => Command::new(exe),
        Err(error) => return Outcome::Failed(error.to_string()),
    };
    command.arg("layout-rs").arg(file);
    if !optimize {
        command.arg("--no-optimize");
    }
    time_command(command, limit)
}

fn time_command(mut command: Command, limit: Duration) -> Outcome {
    command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    let start = Instant::now();
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(error) => return Outcome::Failed(error.to_string()),
    };
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Outcome::Done(start.elapsed()),
            Ok(Some(status)) => return Outcome::Failed(format!("exited with {status}")),
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Outcome::TimedOut(limit);
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(error) => return Outcome::Failed(error.to_string()),
        }
    }
}

/// Lays out a DOT file with layout-rs and renders it to SVG in memory;
/// the entry point of the child process.
pub fn layout_rs(file: &Path, optimize: bool) -> Result<usize, String> {
    use layout::backends::svg::SVGWriter;
    use layout::gv::{DotParser, GraphBuilder};

    let text = std::fs::read_to_string(file).map_err(|error| error.to_string())?;
    let graph = DotParser::new(&text).process()?;
    let mut builder = GraphBuilder::new();
    builder.visit_graph(&graph);
    let mut visual = builder.get();
    let mut svg = SVGWriter::new();
    visual.do_it(false, !optimize, false, &mut svg);
    Ok(svg.finalize().len())
}
