//! The figures as Markdown, and the update of the results section of
//! `docs/performance.md`.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Duration;

use crate::layout::Outcome;
use crate::suite::{Results, SizeResult};
use crate::timing::{millis, throughput};

const BEGIN: &str = "<!-- results:begin -->";
const END: &str = "<!-- results:end -->";

pub fn markdown(results: &Results) -> String {
    let mut out = String::new();
    writeln!(out, "Machine: {}.", results.machine.describe()).unwrap();
    if results.quick {
        writeln!(
            out,
            "\nQuick run: smallest size, one run each; the figures are not meaningful."
        )
        .unwrap();
    }
    workspaces(&mut out, &results.sizes);
    library(&mut out, &results.sizes);
    programs(&mut out, &results.sizes);
    keystroke(&mut out, results);
    atlas(&mut out, results);
    if !results.quick {
        targets(&mut out, results);
    }
    out
}

fn workspaces(out: &mut String, sizes: &[SizeResult]) {
    out.push_str("\n### Generated workspaces\n\n| size | lines | files | journeys | MB |\n|---|--:|--:|--:|--:|\n");
    for size in sizes {
        let mb = size.bytes as f64 / 1e6;
        writeln!(
            out,
            "| {} | {} | {} | {} | {mb:.2} |",
            size.name, size.lines, size.files, size.journeys
        )
        .unwrap();
    }
}

fn library(out: &mut String, sizes: &[SizeResult]) {
    out.push_str("\n### Library phases (in process, fastest run)\n\n");
    out.push_str("Parse includes lexing; check is name resolution, the framework graph and every check, after parsing. The atlas is `atlas.svg` with its pages; the maps are every journey map and blueprint; the report is the Markdown governance report.\n\n");
    out.push_str("| size | lex ms | parse ms | check ms | JSON ms | atlas SVG ms | maps SVG ms | report ms | parse MB/s | check MB/s |\n");
    out.push_str("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for size in sizes {
        let phases = &size.phases;
        writeln!(
            out,
            "| {} | {:.1} | {:.1} | {:.1} | {:.1} | {:.1} | {:.0} | {:.1} | {:.0} | {:.0} |",
            size.name,
            millis(phases.lex),
            millis(phases.parse),
            millis(phases.check),
            millis(phases.json),
            millis(phases.atlas),
            millis(phases.maps),
            millis(phases.report),
            throughput(size.bytes, phases.parse),
            throughput(size.bytes, phases.check),
        )
        .unwrap();
    }
}

fn programs(out: &mut String, sizes: &[SizeResult]) {
    out.push_str("\n### Whole commands (wall time of the process, fastest run)\n\n");
    out.push_str("`× cat` is the time over `cat` of the same files, the floor of reading them. Peak memory is the maximum resident set size, and `× source` its ratio to the bytes of the `.journey` files. `journey build` writes every output: `model.json`, a map per journey, the blueprints, the atlas and the report.\n\n");
    out.push_str("| size | cat ms | check ms | × cat | check MB/s | check peak MB | × source | build ms | × cat | build peak MB | × source |\n");
    out.push_str("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for size in sizes {
        let cat = size.cat.wall.as_secs_f64();
        writeln!(
            out,
            "| {} | {:.1} | {:.1} | {:.1} | {:.0} | {} | {} | {:.1} | {:.1} | {} | {} |",
            size.name,
            millis(size.cat.wall),
            millis(size.check.wall),
            size.check.wall.as_secs_f64() / cat,
            throughput(size.bytes, size.check.wall),
            megabytes(size.check.peak_bytes),
            ratio(size.check.peak_bytes, size.bytes),
            millis(size.build.wall),
            size.build.wall.as_secs_f64() / cat,
            megabytes(size.build.peak_bytes),
            ratio(size.build.peak_bytes, size.bytes),
        )
        .unwrap();
    }
}

fn megabytes(bytes: Option<u64>) -> String {
    bytes.map_or("n/a".to_owned(), |bytes| format!("{:.1}", bytes as f64 / 1e6))
}

fn ratio(bytes: Option<u64>, source: usize) -> String {
    bytes.map_or("n/a".to_owned(), |bytes| format!("{:.1}", bytes as f64 / source as f64))
}

fn keystroke(out: &mut String, results: &Results) {
    let keystroke = &results.keystroke;
    writeln!(out, "\n### A keystroke in a file of {} lines\n", keystroke.lines).unwrap();
    out.push_str("Each keystroke adds or removes one letter of an `owner:` reference, so that the diagnostics change and the server publishes them.\n\n");
    out.push_str("| what | time |\n|---|--:|\n");
    writeln!(
        out,
        "| re-parse the whole file and re-check the workspace, in process | {:.1} ms |",
        millis(keystroke.in_process)
    )
    .unwrap();
    writeln!(
        out,
        "| the editor's document model: re-parse the edited declaration and re-check the workspace, in process | {:.1} ms |",
        millis(keystroke.in_editor)
    )
    .unwrap();
    match &keystroke.server {
        Ok(latencies) => {
            let count = latencies.sorted.len();
            writeln!(
                out,
                "| `journey lsp`: `didChange` to `publishDiagnostics`, median of {count} | {:.1} ms |",
                millis(latencies.median())
            )
            .unwrap();
            writeln!(
                out,
                "| `journey lsp`: 95th percentile | {:.1} ms |",
                millis(latencies.p95())
            )
            .unwrap();
            writeln!(out, "| `journey lsp`: slowest | {:.1} ms |", millis(latencies.max())).unwrap();
            writeln!(
                out,
                "| `journey lsp`: `didOpen` to the first diagnostics | {:.1} ms |",
                millis(latencies.first)
            )
            .unwrap();
        }
        Err(error) => writeln!(out, "| `journey lsp` | failed: {error} |").unwrap(),
    }
}

fn atlas(out: &mut String, results: &Results) {
    let atlas = &results.atlas;
    writeln!(
        out,
        "\n### Atlas of {} journeys ({} lines)\n",
        atlas.journeys, atlas.lines
    )
    .unwrap();
    out.push_str("| what | time |\n|---|--:|\n");
    writeln!(out, "| parse and check, in process | {:.0} ms |", millis(atlas.check)).unwrap();
    writeln!(
        out,
        "| draw `atlas.svg` and its pages, in process | {:.0} ms |",
        millis(atlas.svg)
    )
    .unwrap();
    writeln!(
        out,
        "| `journey build`: every output (maps, blueprints, atlas, report, JSON) | {:.0} ms |",
        millis(atlas.build.wall)
    )
    .unwrap();
    writeln!(
        out,
        "| layout of the framework graph, Graphviz `dot -Tsvg` | {} |",
        outcome(&atlas.dot)
    )
    .unwrap();
    writeln!(
        out,
        "| same graph, layout-rs 0.1.3 with its defaults | {} |",
        outcome(&atlas.layout_rs)
    )
    .unwrap();
    writeln!(
        out,
        "| same graph, layout-rs 0.1.3 without crossing optimisation | {} |",
        outcome(&atlas.layout_rs_no_optimize)
    )
    .unwrap();
}

fn outcome(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Done(duration) => format!("{:.0} ms", millis(*duration)),
        Outcome::TimedOut(limit) => format!("stopped after {} s", limit.as_secs()),
        Outcome::Failed(reason) => format!("failed: {reason}"),
        Outcome::Missing => "not installed".to_owned(),
    }
}

fn targets(out: &mut String, results: &Results) {
    out.push_str("\n### Targets\n\n| target | measured | met |\n|---|--:|:-:|\n");
    let size = |lines: usize| {
        results
            .sizes
            .iter()
            .find(|size| size.lines >= lines && size.lines < lines * 11 / 10)
    };
    if let Some(size) = size(100_000) {
        row(
            out,
            "`journey check` of 100,000 lines under 1 s",
            format!("{:.0} ms", millis(size.check.wall)),
            size.check.wall < Duration::from_secs(1),
        );
    }
    if let Ok(latencies) = &results.keystroke.server {
        let target = format!(
            "diagnostics after a keystroke in a file of {} lines under 20 ms (95th percentile)",
            results.keystroke.lines
        );
        row(
            out,
            &target,
            format!("{:.1} ms", millis(latencies.p95())),
            latencies.p95() < Duration::from_millis(20),
        );
    }
    for size in results.sizes.iter().filter(|size| size.lines >= 100_000) {
        if let Some(peak) = size.check.peak_bytes {
            let ratio = peak as f64 / size.bytes as f64;
            row(
                out,
                &format!(
                    "peak memory of `journey check` on {} lines at most 10 × the source",
                    size.name
                ),
                format!("{ratio:.1} ×"),
                ratio <= 10.0,
            );
        }
    }
    let atlas = &results.atlas;
    let total = atlas.check + atlas.svg;
    let target = format!(
        "atlas SVG of {} journeys, parse and check included, under 1 s",
        atlas.journeys
    );
    row(
        out,
        &target,
        format!("{:.0} ms", millis(total)),
        total < Duration::from_secs(1),
    );
}

fn row(out: &mut String, target: &str, measured: String, met: bool) {
    writeln!(
        out,
        "| {target} | {measured} | {} |",
        if met { "yes" } else { "**no**" }
    )
    .unwrap();
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
