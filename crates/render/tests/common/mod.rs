//! Helpers shared by the render tests: checked models from fixture folders
//! and from the Northwind example, and every picture of a model.
#![allow(dead_code, reason = "each test file uses its own part of the helpers")]

use std::path::{Path, PathBuf};

use journey_diagnostics::FileId;
use journey_i18n::Lang;
use journey_model::{JourneyId, Model, ParsedFile, Settings, Today, TodaySource, analyze, analyze_texts};
use journey_render::AtlasLayout;

pub fn today() -> Today {
    Today {
        date: time::macros::date!(2026 - 12 - 01),
        source: TodaySource::Flag,
    }
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The checked model of one fixture file under `tests/fixtures`.
pub fn fixture(name: &str) -> Model {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    let text = std::fs::read_to_string(&path).expect("the fixture exists");
    model_of(&text)
}

pub fn model_of(text: &str) -> Model {
    let file = ParsedFile::new(FileId(0), "fixture.journey", text);
    let analysis = analyze(&[file], &Settings::default(), today());
    let errors: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.severity == journey_diagnostics::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "the fixture has errors: {errors:#?}");
    analysis.model
}

/// The checked model of the bundled Northwind example.
pub fn northwind() -> Model {
    let workspace = journey_workspace::load(&repo().join("examples/northwind")).expect("the example loads");
    analyze_texts(&workspace.files, &workspace.settings, today()).model
}

/// Every SVG of a model, by name: maps, blueprints, and atlas pages with
/// the default layout and again in columns, so that the checks cover both.
pub fn pictures(model: &Model, lang: Lang) -> Vec<(String, String)> {
    let mut pictures = Vec::new();
    for (index, journey) in model.journeys.iter().enumerate() {
        let id = JourneyId(index as u32);
        pictures.push((
            format!("map {}", journey.name),
            journey_render::journey_map_svg(model, id, lang),
        ));
        if let Some(svg) = journey_render::blueprint_svg(model, id, lang) {
            pictures.push((format!("blueprint {}", journey.name), svg));
        }
    }
    for page in journey_render::atlas_pages(model, lang) {
        pictures.push((format!("{} ({:?})", page.path, page.layout), page.svg));
    }
    for page in journey_render::atlas_pages_with(model, lang, AtlasLayout::Columns) {
        pictures.push((format!("{} (forced Columns)", page.path), page.svg));
    }
    pictures
}

/// Every model the tests draw: the example and the fixtures.
pub fn all_models() -> Vec<(&'static str, Model)> {
    vec![
        ("northwind", northwind()),
        ("long", fixture("long.journey")),
        ("hostile", fixture("hostile.journey")),
        ("small", fixture("small.journey")),
    ]
}
