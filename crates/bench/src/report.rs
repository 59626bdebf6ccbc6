//! The figures as Markdown, and the update of the results section of
//! `docs/performance.md`.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Duration;

use crate::layout::Outcome;
use crate::suite::{Results, SizeResult};
use crate::timing::{Measured, millis, throughput};

const BEGIN: &str = "<!-- results:begin -->";
const END: &str = "<!-- results:end -->";

pub fn markdown(results: &Results) -> String {
    let mut out = String::new();
    writeln!(out, "Machine: {}.", results.machine.describe()).unwrap();
    if results.quick {
        writeln!(out, "\nQuick run: smallest size, one run each; the figures are not meaningful.").unwrap();
    }
    workspaces(&mut out, &results.sizes);
    library(&mut out, &results.sizes);
    programs(&mut out, &results.sizes);
    atlas(&mut out, results);
    targets(&mut out, results);
    out
}

fn workspaces(out: &mut String, sizes: &[SizeResult]) {
    out.push_str("\n### Generated workspaces\n\n| size | lines | files | journeys | MB |\n|---|--:|--:|--:|--:|\n");
    for size in sizes {
        let mb = size.bytes as f64 / 1e6;
        writeln!(out, "| {} | {} | {} | {} | {mb:.2} |", size.name, size.lines, size.files, size.journeys).unwrap();
    }
}

fn library(out: &mut String, sizes: &[SizeResult]) {
    out.push_str("\n### Library phases (in process, fastest run)\n\n");
    out.push_str("Parse includes lexing; check is name resolution, the framework graph and every check, after parsing.\n\n");
    out.push_str("| size | lex ms | parse ms | check ms | JSON ms | parse MB/s | check MB/s |\n|---|--:|--:|--:|--:|--:|--:|\n");
    for size in sizes {
        let phases = &size.phases;
        writeln!(
            out,
            "| {} | {:.1} | {:.1} | {:.1} | {:.1} | {:.0} | {:.0} |",
            size.name,
            millis(phases.lex),
            millis(phases.parse),
            millis(phases.check),
            millis(phases.json),
            throughput(size.bytes, phases.parse),
            throughput(size.bytes, phases.check),
        )
        .unwrap();
    }
}

fn programs(out: &mut String, sizes: &[SizeResult]) {
    out.push_str("\n### Whole commands (wall time of the process, fastest run)\n\n");
    out.push_str("`× cat` is the time over `cat` of the same files, the floor of reading them. Peak memory is the maximum resident set size, and `× source` its ratio to the bytes of the `.journey` files.\n\n");
    out.push_str("| size | cat ms | check ms | × cat | check MB/s | build ms | × cat | peak MB | × source |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for size in sizes {
        let cat = size.cat.wall.as_secs_f64();
        let peak = size.check.peak_bytes.max(size.build.peak_bytes);
        writeln!(
            out,
            "| {} | {:.1} | {:.1} | {:.1} | {:.0} | {:.1} | {:.1} | {} | {} |",
            size.name,
            millis(size.cat.wall),
            millis(size.check.wall),
            size.check.wall.as_secs_f64() / cat,
            throughput(size.bytes, size.check.wall),
            millis(size.build.wall),
            size.build.wall.as_secs_f64() / cat,
            peak.map_or("n/a".to_owned(), |bytes| format!("{:.1}", bytes as f64 / 1e6)),
            peak.map_or("n/a".to_owned(), |bytes| format!("{:.1}", bytes as f64 / size.bytes as f64)),
        )
        .unwrap();
    }
}

fn atlas(out: &mut String, results: &Results) {
    let atlas = &results.atlas;
    writeln!(out, "\n### Atlas of {} journeys ({} lines)\n", atlas.journeys, atlas.lines).unwrap();
    out.push_str("| what | time |\n|---|--:|\n");
    writeln!(out, "| `journey build` | {:.0} ms |", millis(atlas.build.wall)).unwrap();
    writeln!(out, "| layout of the framework graph, Graphviz `dot -Tsvg` | {} |", outcome(&atlas.dot)).unwrap();
    writeln!(out, "| same graph, layout-rs 0.1.3 with its defaults | {} |", outcome(&atlas.layout_rs)).unwrap();
    writeln!(out, "| same graph, layout-rs 0.1.3 without crossing optimisation | {} |", outcome(&atlas.layout_rs_no_optimize)).unwrap();
}

fn outcome(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Done(duration) => format!("{:.0} ms", millis(*duration)),
        Outcome::TimedOut(limit) => format!("stopped after {} s", limit.as_secs()),
        Outcome::Failed(reason) => format!("failed: {reason}"),
    }
}

fn targets(out: &mut String, results: &Results) {
    out.push_str("\n### Targets\n\n| target | measured | met |\n|---|--:|:-:|\n");
    let size = |lines: usize| results.sizes.iter().find(|size| size.lines >= lines && size.lines < lines * 11 / 10);
    if let Some(size) = size(100_000) {
        row(out, "`journey check` of 100,000 lines under 1 s", format!("{:.0} ms", millis(size.check.wall)), size.check.wall < Duration::from_secs(1));
    }
    if let Some(keystroke) = results.keystroke {
        row(out, "re-check after a keystroke in 10,000 lines under 20 ms (in process)", format!("{:.1} ms", millis(keystroke)), keystroke < Duration::from_millis(20));
    }
    for size in results.sizes.iter().filter(|size| size.lines >= 100_000) {
        if let Some(peak) = size.check.peak_bytes {
            let ratio = peak as f64 / size.bytes as f64;
            row(out, &format!("peak memory of `journey check` on {} lines at most 10 × the source", size.name), format!("{ratio:.1} ×"), ratio <= 10.0);
        }
    }
    let build: &Measured = &results.atlas.build;
    row(out, &format!("`journey build` of an atlas of {} journeys under 1 s", results.atlas.journeys), format!("{:.0} ms", millis(build.wall)), build.wall < Duration::from_secs(1));
}

fn row(out: &mut String, target: &str, measured: String, met: bool) {
    writeln!(out, "| {target} | {measured} | {} |", if met { "yes" } else { "**no**" }).unwrap();
}

/// Replaces the text between the markers of `path` with `markdown`.
pub fn update(path: &Path, markdown: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|error| error.to_string())?;
    let (Some(begin), Some(end)) = (text.find(BEGIN), text.find(END)) else {
        return Err(format!("the markers {BEGIN} and {END} are missing"));
    };
    if end < begin {
        return Err(format!("{END} comes before {BEGIN}"));
    }
    let updated = format!("{}{BEGIN}\n{markdown}\n{}", &text[..begin], &text[end..]);
    std::fs::write(path, updated).map_err(|error| error.to_string())
}
