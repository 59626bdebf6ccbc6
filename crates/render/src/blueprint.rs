//! The service blueprint: physical evidence, customer actions (the steps),
//! frontstage, backstage and support processes, separated by the lines of
//! interaction, visibility and internal interaction.

use journey_i18n::Lang;
use journey_model::{Journey, JourneyId, Lane, Model, Step};

use crate::card::Card;
use crate::grid::{CardLane, Grid};
use crate::header::{Header, StageRows};
use crate::items;
use crate::map::{Row, draw_page};
use crate::names;
use crate::svg::{Anchor, Paint, Svg};
use crate::theme::{self, CardStyle, MARGIN};
use crate::words::{Words, s};

const LINE_HEIGHT: f64 = 30.0;

/// Draws the service blueprint of a journey; returns `None` when no step
/// has blueprint lanes.
pub fn blueprint_svg(model: &Model, journey: JourneyId, lang: Lang) -> Option<String> {
    let journey = &model.journeys[journey.index()];
    if !journey.has_blueprint() {
        return None;
    }
    let words = Words::new(lang);
    let grid = Grid::new(journey);
    let name = names::labelled(&journey.label, &journey.name);
    let title = words.with("render-blueprint-title", &[("journey", s(name))]);
    let header = Header::new(model, journey, words, &title, grid.page_width());
    let rows = rows(model, journey, &grid, words);
    Some(draw_page(
        &format!("blueprint-{}", journey.name),
        &title,
        &grid,
        &header,
        &StageRows::new(journey, &grid),
        &rows,
    ))
}

fn rows(model: &Model, journey: &Journey, grid: &Grid, words: Words) -> Vec<Box<dyn Row>> {
    let lane = |lane: Lane, style: CardStyle, title: &str| {
        let per_step = move |step: &Step, width: f64| -> Vec<Card> {
            step.lanes
                .iter()
                .filter(|item| item.lane == lane)
                .map(|item| items::lane_item(model, item, style, width))
                .collect()
        };
        let cards = CardLane::build(journey, grid, words.get(title), per_step, |_, _| Vec::new());
        Box::new(cards.unwrap_or_else(|| CardLane::empty(words.get(title)))) as Box<dyn Row>
    };
    let customer = CardLane::build(
        journey,
        grid,
        words.get("lane-customer"),
        |step, width| vec![items::step(step, width)],
        |_, _| Vec::new(),
    )
    .unwrap_or_else(|| CardLane::empty(words.get("lane-customer")));
    vec![
        lane(Lane::Evidence, theme::EVIDENCE, "lane-evidence"),
        Box::new(customer),
        Box::new(Divider {
            label: words.get("line-interaction"),
            dash: None,
        }),
        lane(Lane::Frontstage, theme::FRONTSTAGE, "lane-frontstage"),
        Box::new(Divider {
            label: words.get("line-visibility"),
            dash: Some("10 5"),
        }),
        lane(Lane::Backstage, theme::BACKSTAGE, "lane-backstage"),
        Box::new(Divider {
            label: words.get("line-internal"),
            dash: Some("3 4"),
        }),
        lane(Lane::Support, theme::SUPPORT, "lane-support"),
    ]
}

impl Row for CardLane {
    fn height(&self) -> f64 {
        CardLane::height(self)
    }

    fn draw(&self, svg: &mut Svg, grid: &Grid, top: f64, index: usize) {
        CardLane::draw(self, svg, grid, top, index % 2 == 1);
    }
}

/// One of the three blueprint lines, labelled at its left end.
struct Divider {
    label: String,
    dash: Option<&'static str>,
}

impl Row for Divider {
    fn height(&self) -> f64 {
        LINE_HEIGHT
    }

    fn draw(&self, svg: &mut Svg, grid: &Grid, top: f64, _index: usize) {
        let y = top + LINE_HEIGHT - 8.0;
        let paint = Paint::outlined("none", theme::INK).width(2.0);
        let paint = match self.dash {
            Some(dash) => paint.dashed(dash),
            None => paint,
        };
        svg.line((MARGIN, y), (grid.left() + grid.columns_width(), y), paint);
        svg.text(
            MARGIN + 4.0,
            y - 7.0,
            Anchor::Start,
            theme::SMALL,
            theme::INK,
            &self.label,
        );
    }
}
