//! The SVG of a small workspace, as snapshots: a change to the drawing
//! shows up here as a diff to review.

mod common;

use journey_i18n::Lang;
use journey_model::JourneyId;

#[test]
fn journey_map() {
    let model = common::fixture("small.journey");
    insta::assert_snapshot!(journey_render::journey_map_svg(&model, JourneyId(1), Lang::En));
}

#[test]
fn blueprint() {
    let model = common::fixture("small.journey");
    insta::assert_snapshot!(
        journey_render::blueprint_svg(&model, JourneyId(1), Lang::En).expect("sign up has a backstage lane")
    );
}

#[test]
fn atlas() {
    let model = common::fixture("small.journey");
    insta::assert_snapshot!(journey_render::atlas_svg(&model, Lang::En));
}

#[test]
fn atlas_in_french() {
    let model = common::fixture("small.journey");
    insta::assert_snapshot!(journey_render::atlas_svg(&model, Lang::Fr));
}
