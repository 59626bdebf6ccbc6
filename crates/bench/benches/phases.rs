//! Divan benchmarks of the library phases on a generated workspace of
//! 10,000 lines: `cargo bench -p journey-bench`.

use std::sync::LazyLock;

use journey_bench::phases::Loaded;
use journey_model::ParsedFile;

/// A 10,000-line workspace generated in memory with seed 1.
static WORKSPACE: LazyLock<Loaded> = LazyLock::new(|| {
    let generated = journey_gen::generate(&journey_gen::Config::lines(1, 10_000));
    let files: Vec<(String, std::sync::Arc<str>)> = generated
        .journey_files()
        .map(|file| (file.path.clone(), std::sync::Arc::from(file.text.as_str())))
        .collect();
    let bytes = files.iter().map(|(_, text)| text.len()).sum();
    let lines = files.iter().map(|(_, text)| text.lines().count()).sum();
    Loaded { files, bytes, lines }
});

static PARSED: LazyLock<Vec<ParsedFile>> = LazyLock::new(|| WORKSPACE.parse_all());

fn main() {
    divan::main();
}

#[divan::bench]
fn lex() -> usize {
    WORKSPACE
        .files
        .iter()
        .map(|(_, text)| journey_syntax::lexer::lex(text).len())
        .sum()
}

#[divan::bench]
fn parse() -> Vec<ParsedFile> {
    WORKSPACE.parse_all()
}

#[divan::bench]
fn check() -> usize {
    journey_bench::phases::check(&PARSED).diagnostics.len()
}

#[divan::bench]
fn json(bencher: divan::Bencher) {
    let analysis = journey_bench::phases::check(&PARSED);
    let sources = WORKSPACE.sources();
    bencher.bench(|| {
        let export = journey_export::export(&analysis, &sources, journey_export::Options { spans: false });
        journey_export::to_json(&export).len()
    });
}

#[divan::bench]
fn keystroke() -> std::time::Duration {
    journey_bench::phases::keystroke(&WORKSPACE, 1)
}

#[divan::bench]
fn keystroke_in_editor() -> std::time::Duration {
    journey_bench::phases::keystroke_in_editor(&WORKSPACE, 1)
}
