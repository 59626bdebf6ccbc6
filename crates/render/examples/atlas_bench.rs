//! Measures the atlas on a generated workspace: `cargo run --release -p
//! journey-render --example atlas_bench -- [JOURNEYS] [OUT]`. Prints the
//! time of the atlas pages and of every SVG, and writes the atlas pages to
//! OUT when given.
#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a benchmark prints its measures"
)]

use std::path::Path;
use std::time::Instant;

use journey_diagnostics::FileId;
use journey_i18n::Lang;
use journey_model::{ParsedFile, Settings, Today, TodaySource, analyze};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let journeys: usize = args.first().and_then(|count| count.parse().ok()).unwrap_or(1000);
    let generated = journey_gen::generate(&journey_gen::Config::journeys(7, journeys));
    let files: Vec<ParsedFile> = generated
        .journey_files()
        .enumerate()
        .map(|(index, file)| ParsedFile::new(FileId(index as u32), file.path.clone(), file.text.as_str()))
        .collect();
    let today = Today {
        date: time::macros::date!(2026 - 12 - 01),
        source: TodaySource::Flag,
    };
    let analysis = analyze(&files, &Settings::default(), today);
    let model = &analysis.model;
    println!("{} journeys, {} lines", model.journeys.len(), generated.lines());

    let started = Instant::now();
    let pages = journey_render::atlas_pages(model, Lang::En);
    let atlas = started.elapsed();
    let bytes: usize = pages.iter().map(|page| page.svg.len()).sum();
    println!("atlas: {} pages, {} bytes, {:?}", pages.len(), bytes, atlas);

    let started = Instant::now();
    let outputs = journey_render::outputs(model, Lang::En, journey_render::Raster::None).expect("SVGs always render");
    println!("every SVG: {} files, {:?}", outputs.len(), started.elapsed());

    if let Some(out) = args.get(1) {
        for page in &pages {
            let path = Path::new(out).join(&page.path);
            std::fs::create_dir_all(path.parent().expect("pages are in folders")).expect("OUT is writable");
            std::fs::write(path, &page.svg).expect("OUT is writable");
        }
    }
}
