//! Renders every picture of a workspace folder into an output folder,
//! without the CLI: `cargo run -p journey-render --example render --
//! WORKSPACE OUT [--png] [--fr]`.
#![allow(clippy::print_stdout, clippy::print_stderr, reason = "an example prints what it did")]

use std::path::Path;
use std::time::Instant;

use journey_i18n::Lang;
use journey_model::{Today, TodaySource, analyze_texts};
use journey_render::{Raster, outputs};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [workspace, out, ..] = args.as_slice() else {
        eprintln!("usage: render WORKSPACE OUT [--png] [--fr]");
        std::process::exit(2);
    };
    let raster = if args.iter().any(|arg| arg == "--png") {
        Raster::Png
    } else {
        Raster::None
    };
    let lang = if args.iter().any(|arg| arg == "--fr") {
        Lang::Fr
    } else {
        Lang::En
    };
    let workspace = journey_workspace::load(Path::new(workspace)).expect("the workspace loads");
    let date = workspace.settings.today.unwrap_or(time::macros::date!(2026 - 12 - 01));
    let analysis = analyze_texts(
        &workspace.files,
        &workspace.settings,
        Today {
            date,
            source: TodaySource::Settings,
        },
    );
    let started = Instant::now();
    let files = outputs(&analysis.model, lang, raster).expect("every picture renders");
    println!("rendered {} files in {:?}", files.len(), started.elapsed());
    for file in files {
        let path = Path::new(out).join(&file.path);
        std::fs::create_dir_all(path.parent().expect("outputs are in folders")).expect("the output folder is writable");
        std::fs::write(&path, &file.bytes).expect("the output folder is writable");
    }
}
