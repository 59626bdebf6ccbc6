//! `.journey` → Mermaid → `.journey` keeps stages, steps and scores, on the
//! bundled example atlas and on hand-written edge cases.

mod common;

use journey_i18n::Lang;
use journey_interop::mermaid::{ImportOptions, InputKind, import, journey_to_mermaid};
use journey_model::{Journey, Model, Settings};

/// The stages of a journey as (label, [(step label, emotion)]).
type Shape = Vec<(String, Vec<(String, Option<f64>)>)>;

fn shape(journey: &Journey) -> Shape {
    journey
        .stages
        .iter()
        .map(|stage| {
            let label = stage.label.as_deref().unwrap_or(&stage.name).to_owned();
            let steps = stage
                .steps
                .iter()
                .map(|step| (step.label.as_deref().unwrap_or(&step.name).to_owned(), step.emotion))
                .collect();
            (label, steps)
        })
        .collect()
}

/// Mermaid needs a score on every task, so a step without emotion is
/// exported with the neutral 3 and comes back with the scale's middle.
fn neutral_when_missing(shape: Shape, (min, max): (f64, f64)) -> Shape {
    let neutral = (min + max) / 2.0;
    shape
        .into_iter()
        .map(|(stage, steps)| {
            (
                stage,
                steps
                    .into_iter()
                    .map(|(step, emotion)| (step, emotion.or(Some(neutral))))
                    .collect(),
            )
        })
        .collect()
}

/// Exports `journey`, imports the diagram back with the same scale, checks
/// the result and returns its only journey's shape.
fn round_trip(model: &Model, journey: &Journey, settings: &Settings) -> (String, Shape) {
    let diagram = journey_to_mermaid(model, journey, Lang::En);
    let mut options = ImportOptions::new(Lang::En, "diagram.mmd", "diagram");
    options.emotion_scale = model.emotion_scale;
    let imported = import(&diagram, InputKind::Mermaid, &options).expect("the export is a journey diagram");
    let checked = common::check_with(&[("imported.journey", &imported.source)], settings);
    let errors: Vec<String> = common::describe(&checked)
        .into_iter()
        .filter(|line| !line.contains("J0509"))
        .collect();
    assert!(
        errors.is_empty(),
        "{}:\n{diagram}\n{}\n{errors:#?}",
        journey.name,
        imported.source
    );
    let journeys = &checked.analysis.model.journeys;
    assert_eq!(journeys.len(), 1);
    (diagram, shape(&journeys[0]))
}

#[test]
fn example_atlas_round_trips() {
    let root = common::repo_root().join("examples/northwind");
    let workspace = journey_workspace::load(&root).expect("the example loads");
    let analysis = journey_model::analyze_texts(&workspace.files, &workspace.settings, common::today());
    let model = &analysis.model;
    assert!(model.journeys.len() >= 5);
    for journey in &model.journeys {
        let (diagram, back) = round_trip(model, journey, &workspace.settings);
        assert_eq!(
            back,
            neutral_when_missing(shape(journey), model.emotion_scale),
            "{}:\n{diagram}",
            journey.name
        );
        let title = journey.label.as_deref().unwrap();
        assert!(diagram.contains(&format!("title {title}")), "{diagram}");
    }
}

#[test]
fn other_scales_and_awkward_labels_round_trip() {
    let source = r#"
person p "P"
persona traveller "Traveller"
journey trip "Trip" {
  owner: @p
  persona: traveller
  stage plan "Journey planning" {
    step deeds "Title deeds" { emotion: 2.5 }
    step low "Lowest" { emotion: 0 }
    step high "Section highest" { emotion: 10 }
  }
  stage go "Go" {
    step ride "Ride the train" { emotion: 7.5 }
  }
}
"#;
    let settings = Settings {
        emotion_min: 0.0,
        emotion_max: 10.0,
        ..Settings::default()
    };
    let checked = common::check_with(&[("trip.journey", source)], &settings);
    assert!(
        common::describe(&checked).is_empty(),
        "{:#?}",
        common::describe(&checked)
    );
    let model = &checked.analysis.model;
    let (diagram, back) = round_trip(model, &model.journeys[0], &settings);
    assert_eq!(back, shape(&model.journeys[0]), "{diagram}");
    assert!(diagram.contains("Ride the train: 4: Traveller"), "{diagram}");
    assert!(diagram.contains("\u{2060}Title deeds"), "{diagram}");
}

#[test]
fn export_lists_what_mermaid_cannot_show() {
    let root = common::repo_root().join("examples/northwind");
    let workspace = journey_workspace::load(&root).unwrap();
    let analysis = journey_model::analyze_texts(&workspace.files, &workspace.settings, common::today());
    let journey = analysis
        .model
        .journeys
        .iter()
        .find(|journey| journey.name == "open_account")
        .unwrap();
    let diagram = journey_to_mermaid(&analysis.model, journey, Lang::En);
    assert!(diagram.starts_with("journey\n"), "{diagram}");
    let note = diagram
        .lines()
        .find(|line| line.contains("Mermaid cannot show"))
        .expect("a note lists what is left out");
    assert!(note.trim_start().starts_with("%%"), "{note}");
    for part in ["touchpoints", "pain point", "KPIs", "blueprint entries"] {
        assert!(note.contains(part), "{part} missing from {note}");
    }
}
