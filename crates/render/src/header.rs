//! The header of journey maps and blueprints: title, facts about the
//! journey as tags, its description and its journey-level KPIs. Below it
//! come the phase and stage rows, above the lanes.

use journey_model::{Journey, Model};

use crate::card::{Card, draw_lines};
use crate::grid::Grid;
use crate::items;
use crate::names;
use crate::svg::Svg;
use crate::text::wrap;
use crate::theme::{self, CARD_GAP, CELL_PAD, MARGIN, TagStyle};
use crate::words::{Words, n, s};

const KPI_WIDTH: f64 = 230.0;
const ROW_GAP: f64 = 16.0;

/// The header card and the KPI cards under it, laid out for a page width.
pub struct Header {
    card: Card,
    kpis: Vec<Card>,
    kpis_per_row: usize,
}

impl Header {
    pub fn new(model: &Model, journey: &Journey, words: Words, title: &str, page_width: f64) -> Header {
        let width = page_width - 2.0 * MARGIN;
        let mut card = Card::new(width, theme::PLAIN);
        card.text(title, theme::TITLE, theme::INK);
        card.tags(&facts(model, journey, words), None);
        if let Some(description) = &journey.description {
            card.text(description, theme::BODY, theme::MUTED);
        }
        let kpis = journey
            .kpis
            .iter()
            .map(|value| items::kpi(model, words, value, KPI_WIDTH))
            .collect();
        let kpis_per_row = ((width - 2.0 * CELL_PAD + CARD_GAP) / (KPI_WIDTH + CARD_GAP))
            .floor()
            .max(1.0) as usize;
        Header {
            card,
            kpis,
            kpis_per_row,
        }
    }

    pub fn height(&self) -> f64 {
        let rows: f64 = self
            .kpis
            .chunks(self.kpis_per_row)
            .map(|row| row.iter().map(Card::height).fold(0.0, f64::max) + CARD_GAP)
            .sum();
        self.card.height() + rows + ROW_GAP
    }

    pub fn draw(&self, svg: &mut Svg, top: f64) {
        self.card.draw(svg, MARGIN, top, "header");
        let mut y = top + self.card.height();
        for row in self.kpis.chunks(self.kpis_per_row) {
            for (index, card) in row.iter().enumerate() {
                let id = svg.fresh("kpi");
                card.draw(svg, MARGIN + CELL_PAD + index as f64 * (KPI_WIDTH + CARD_GAP), y, &id);
            }
            y += row.iter().map(Card::height).fold(0.0, f64::max) + CARD_GAP;
        }
    }
}

/// Lists the journey's facts as tags: level, status, owner, committee,
/// personas, review and framework links.
fn facts(model: &Model, journey: &Journey, words: Words) -> Vec<(String, TagStyle)> {
    let mut tags = Vec::new();
    if let Some(level) = journey.level {
        tags.push((words.with("render-level", &[("level", n(level))]), theme::NEUTRAL));
    }
    tags.push(items::status_tag(words, journey.status.as_deref()));
    match journey.owner {
        Some(owner) => tags.push((
            words.with("render-owner", &[("person", s(names::person(model, owner)))]),
            theme::NEUTRAL,
        )),
        None => tags.push((words.get("no-owner"), theme::OVERDUE)),
    }
    if let Some(committee) = journey.committee {
        tags.push((
            words.with(
                "render-committee",
                &[("committee", s(names::committee(model, committee)))],
            ),
            theme::NEUTRAL,
        ));
    }
    for persona in &journey.personas {
        tags.push((
            words.with("render-persona", &[("persona", s(names::persona(model, *persona)))]),
            theme::NEUTRAL,
        ));
    }
    if let Some(reviewed) = journey.reviewed {
        tags.push((
            words.with("render-reviewed", &[("date", s(reviewed.to_string()))]),
            theme::NEUTRAL,
        ));
    }
    if let Some(days) = journey.overdue_days {
        tags.push((
            words.with("render-overdue", &[("days", n(days as f64))]),
            theme::OVERDUE,
        ));
    }
    if let Some(anchor) = journey.parent {
        let parent = &model.journeys[anchor.journey.index()];
        let stage = &parent.stages[anchor.stage];
        let args = [
            ("journey", s(names::labelled(&parent.label, &parent.name))),
            ("stage", s(names::labelled(&stage.label, &stage.name))),
        ];
        tags.push((words.with("render-parent", &args), theme::NEUTRAL));
    }
    if let Some(current) = journey.future_of {
        let current = &model.journeys[current.index()];
        tags.push((
            words.with(
                "render-future-of",
                &[("journey", s(names::labelled(&current.label, &current.name)))],
            ),
            theme::NEUTRAL,
        ));
    }
    tags
}

/// The phase row (when the journey declares phases) and the stage row.
pub struct StageRows {
    phases: Vec<Band>,
    stages: Vec<Band>,
    phase_height: f64,
    stage_height: f64,
}

/// A labelled band over a range of columns.
struct Band {
    x: f64,
    width: f64,
    title: Vec<String>,
    detail: Vec<String>,
}

const BAND_PAD: f64 = 8.0;

impl Band {
    fn new(x: f64, width: f64, title: &str, detail: Option<&str>, title_font: crate::text::Font) -> Band {
        let inner = width - 2.0 * BAND_PAD;
        let title = wrap(title, title_font, inner);
        let detail = detail.map(|text| wrap(text, theme::SMALL, inner)).unwrap_or_default();
        Band {
            x,
            width,
            title,
            detail,
        }
    }

    fn height(&self, title_font: crate::text::Font) -> f64 {
        let detail = if self.detail.is_empty() {
            0.0
        } else {
            2.0 + self.detail.len() as f64 * theme::SMALL.line_height()
        };
        self.title.len() as f64 * title_font.line_height() + detail + 2.0 * BAND_PAD
    }
}

const PHASE_FONT: crate::text::Font = theme::BODY_BOLD;
const STAGE_FONT: crate::text::Font = theme::HEADING;

impl StageRows {
    pub fn new(journey: &Journey, grid: &Grid) -> StageRows {
        let phases: Vec<Band> = journey
            .phases
            .iter()
            .filter_map(|phase| {
                let first = *phase.stages.iter().min()?;
                let last = *phase.stages.iter().max()?;
                let (x, _) = grid.stage_box(first);
                let (last_x, last_width) = grid.stage_box(last);
                Some(Band::new(
                    x,
                    last_x + last_width - x,
                    &names::labelled(&phase.label, &phase.name),
                    phase.description.as_deref(),
                    PHASE_FONT,
                ))
            })
            .collect();
        let stages: Vec<Band> = journey
            .stages
            .iter()
            .enumerate()
            .map(|(index, stage)| {
                let (x, width) = grid.stage_box(index);
                Band::new(
                    x,
                    width,
                    &names::labelled(&stage.label, &stage.name),
                    stage.description.as_deref(),
                    STAGE_FONT,
                )
            })
            .collect();
        let phase_height = phases.iter().map(|band| band.height(PHASE_FONT)).fold(0.0, f64::max);
        let stage_height = stages.iter().map(|band| band.height(STAGE_FONT)).fold(0.0, f64::max);
        StageRows {
            phases,
            stages,
            phase_height,
            stage_height,
        }
    }

    pub fn height(&self) -> f64 {
        let phases = if self.phases.is_empty() {
            0.0
        } else {
            self.phase_height + 2.0
        };
        phases + self.stage_height
    }

    pub fn draw(&self, svg: &mut Svg, top: f64) {
        let mut y = top;
        if !self.phases.is_empty() {
            for band in &self.phases {
                draw_band(
                    svg,
                    band,
                    y,
                    self.phase_height,
                    theme::PHASE_HEAD,
                    PHASE_FONT,
                    theme::INK,
                    theme::MUTED,
                );
            }
            y += self.phase_height + 2.0;
        }
        for band in &self.stages {
            draw_band(
                svg,
                band,
                y,
                self.stage_height,
                theme::STAGE_HEAD,
                STAGE_FONT,
                theme::ON_DARK,
                theme::ON_DARK_MUTED,
            );
        }
    }
}

#[allow(clippy::too_many_arguments, reason = "a band is drawn from its parts in one place")]
fn draw_band(
    svg: &mut Svg,
    band: &Band,
    top: f64,
    height: f64,
    paint: crate::svg::Paint,
    font: crate::text::Font,
    color: &str,
    detail_color: &str,
) {
    let id = svg.fresh("band");
    svg.open_group(Some(&id));
    svg.rect(band.x + 1.0, top, band.width - 2.0, height, paint.rounded(4.0));
    draw_lines(svg, band.x + BAND_PAD, top + BAND_PAD, &band.title, font, color, None);
    let detail_top = top + BAND_PAD + band.title.len() as f64 * font.line_height() + 2.0;
    draw_lines(
        svg,
        band.x + BAND_PAD,
        detail_top,
        &band.detail,
        theme::SMALL,
        detail_color,
        None,
    );
    svg.close_group();
}
