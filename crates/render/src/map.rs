//! The journey map: stages as columns (under their phases), and one lane
//! per kind of content — steps, touchpoints, the emotion curve, pains,
//! gains, opportunities and KPIs. Lanes with nothing in them are left out.

use journey_i18n::Lang;
use journey_model::{Journey, JourneyId, Model};

use crate::card::Card;
use crate::emotion::EmotionLane;
use crate::grid::{CardLane, Grid};
use crate::header::{Header, StageRows};
use crate::items;
use crate::names;
use crate::svg::Svg;
use crate::theme::MARGIN;
use crate::words::{Words, s};

/// A lane of the map, in drawing order.
enum Lane {
    Cards(CardLane),
    Emotion(EmotionLane),
}

impl Lane {
    fn height(&self) -> f64 {
        match self {
            Lane::Cards(lane) => lane.height(),
            Lane::Emotion(lane) => lane.height(),
        }
    }

    fn draw(&self, svg: &mut Svg, grid: &Grid, top: f64, shaded: bool) {
        match self {
            Lane::Cards(lane) => lane.draw(svg, grid, top, shaded),
            Lane::Emotion(lane) => lane.draw(svg, grid, top, shaded),
        }
    }
}

/// Draws the journey map of one journey.
pub fn journey_map_svg(model: &Model, journey: JourneyId, lang: Lang) -> String {
    let words = Words::new(lang);
    let journey = &model.journeys[journey.index()];
    let grid = Grid::new(journey);
    let name = names::labelled(&journey.label, &journey.name);
    let title = words.with("render-map-title", &[("journey", s(name.clone()))]);
    let header = Header::new(model, journey, words, &name, grid.page_width());
    let lanes = lanes(model, journey, &grid, words);
    draw_page(
        &format!("map-{}", journey.name),
        &title,
        &grid,
        &header,
        &StageRows::new(journey, &grid),
        &lanes_as_rows(lanes),
    )
}

fn lanes(model: &Model, journey: &Journey, grid: &Grid, words: Words) -> Vec<Lane> {
    let none = |_: &journey_model::Stage, _: f64| Vec::<Card>::new();
    let title = |id: &str| words.get(id);
    let lanes = [
        CardLane::build(
            journey,
            grid,
            title("lane-steps"),
            |step, width| vec![items::step(step, width)],
            none,
        )
        .map(Lane::Cards),
        CardLane::build(
            journey,
            grid,
            title("lane-touchpoints"),
            |step, width| {
                step.touchpoints
                    .iter()
                    .map(|touchpoint| items::touchpoint(model, touchpoint, width))
                    .collect()
            },
            none,
        )
        .map(Lane::Cards),
        EmotionLane::build(journey, grid, title("lane-emotion"), model.emotion_scale).map(Lane::Emotion),
        CardLane::build(
            journey,
            grid,
            title("lane-pains"),
            |step, width| {
                step.pains
                    .iter()
                    .map(|pain| items::moment(model, words, pain, true, width))
                    .collect()
            },
            |stage, width| {
                stage
                    .pains
                    .iter()
                    .map(|pain| items::moment(model, words, pain, true, width))
                    .collect()
            },
        )
        .map(Lane::Cards),
        CardLane::build(
            journey,
            grid,
            title("lane-gains"),
            |step, width| {
                step.gains
                    .iter()
                    .map(|gain| items::moment(model, words, gain, false, width))
                    .collect()
            },
            |stage, width| {
                stage
                    .gains
                    .iter()
                    .map(|gain| items::moment(model, words, gain, false, width))
                    .collect()
            },
        )
        .map(Lane::Cards),
        CardLane::build(
            journey,
            grid,
            title("lane-opportunities"),
            |step, width| {
                step.opportunities
                    .iter()
                    .map(|item| items::opportunity(model, words, item, width))
                    .collect()
            },
            |stage, width| {
                stage
                    .opportunities
                    .iter()
                    .map(|item| items::opportunity(model, words, item, width))
                    .collect()
            },
        )
        .map(Lane::Cards),
        CardLane::build(
            journey,
            grid,
            title("lane-kpis"),
            |step, width| {
                step.kpis
                    .iter()
                    .map(|value| items::kpi(model, words, value, width))
                    .collect()
            },
            |stage, width| {
                stage
                    .kpis
                    .iter()
                    .map(|value| items::kpi(model, words, value, width))
                    .collect()
            },
        )
        .map(Lane::Cards),
    ];
    lanes.into_iter().flatten().collect()
}

/// Something drawn across the grid at a given height: a lane, or a line
/// between blueprint lanes.
pub trait Row {
    fn height(&self) -> f64;
    fn draw(&self, svg: &mut Svg, grid: &Grid, top: f64, index: usize);
}

impl Row for Lane {
    fn height(&self) -> f64 {
        Lane::height(self)
    }

    fn draw(&self, svg: &mut Svg, grid: &Grid, top: f64, index: usize) {
        Lane::draw(self, svg, grid, top, index % 2 == 1);
    }
}

fn lanes_as_rows(lanes: Vec<Lane>) -> Vec<Box<dyn Row>> {
    lanes.into_iter().map(|lane| Box::new(lane) as Box<dyn Row>).collect()
}

/// Lays out and draws a header, the phase and stage rows, and the rows.
pub fn draw_page(
    prefix: &str,
    title: &str,
    grid: &Grid,
    header: &Header,
    stages: &StageRows,
    rows: &[Box<dyn Row>],
) -> String {
    let mut svg = Svg::new(prefix);
    let mut y = MARGIN;
    header.draw(&mut svg, y);
    y += header.height();
    stages.draw(&mut svg, y);
    y += stages.height();
    for (index, row) in rows.iter().enumerate() {
        row.draw(&mut svg, grid, y, index);
        y += row.height();
    }
    svg.finish(grid.page_width(), y + MARGIN, title)
}
