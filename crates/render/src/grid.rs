//! The grid of a journey map: one column per step, grouped by stage (a
//! stage without steps still gets a column), after a column of lane titles.
//! Lanes of cards are laid out and drawn on it.

use std::ops::Range;

use journey_model::{Journey, Stage, Step};

use crate::card::Card;
use crate::svg::{Paint, Svg};
use crate::text::wrap;
use crate::theme::{self, CARD_GAP, CELL_PAD, MARGIN};

pub const LANE_HEAD_WIDTH: f64 = 150.0;
const COLUMN_WIDTH: f64 = 200.0;
/// Narrow journeys get wider columns, so the header has room.
const MIN_COLUMNS_WIDTH: f64 = 760.0;
const MIN_LANE_HEIGHT: f64 = 44.0;

pub struct Grid {
    /// For each stage, the range of its columns.
    stages: Vec<Range<usize>>,
    columns: usize,
    column_width: f64,
}

impl Grid {
    pub fn new(journey: &Journey) -> Grid {
        let mut stages = Vec::new();
        let mut columns = 0;
        for stage in &journey.stages {
            let count = stage.steps.len().max(1);
            stages.push(columns..columns + count);
            columns += count;
        }
        let column_width = if columns == 0 {
            0.0
        } else {
            COLUMN_WIDTH.max(MIN_COLUMNS_WIDTH / columns as f64).floor()
        };
        Grid {
            stages,
            columns,
            column_width,
        }
    }

    pub fn left(&self) -> f64 {
        MARGIN + LANE_HEAD_WIDTH
    }

    pub fn columns_width(&self) -> f64 {
        self.columns as f64 * self.column_width
    }

    /// Returns the width of the whole picture.
    pub fn page_width(&self) -> f64 {
        2.0 * MARGIN + LANE_HEAD_WIDTH + self.columns_width().max(MIN_COLUMNS_WIDTH)
    }

    pub fn column_width(&self) -> f64 {
        self.column_width
    }

    pub fn column_x(&self, column: usize) -> f64 {
        self.left() + column as f64 * self.column_width
    }

    pub fn stage_columns(&self, stage: usize) -> Range<usize> {
        self.stages[stage].clone()
    }

    /// Returns the left edge and width of a stage's columns.
    pub fn stage_box(&self, stage: usize) -> (f64, f64) {
        let columns = &self.stages[stage];
        (self.column_x(columns.start), columns.len() as f64 * self.column_width)
    }

    /// Returns the width of a card inside one column.
    pub fn card_width(&self) -> f64 {
        self.column_width - 2.0 * CELL_PAD
    }

    /// Draws the background of a lane: its title cell and the column rules.
    pub fn draw_lane_frame(&self, svg: &mut Svg, top: f64, height: f64, title: &str, shaded: bool) {
        let background = if shaded { theme::ROW_ALT } else { Paint::fill("#ffffff") };
        svg.rect(self.left(), top, self.columns_width(), height, background);
        let id = svg.fresh("lane");
        svg.open_group(Some(&id));
        svg.rect(MARGIN, top, LANE_HEAD_WIDTH, height, theme::LANE_HEAD);
        let lines = wrap(title, theme::BODY_BOLD, LANE_HEAD_WIDTH - 2.0 * CELL_PAD);
        crate::card::draw_lines(
            svg,
            MARGIN + CELL_PAD,
            top + CELL_PAD,
            &lines,
            theme::BODY_BOLD,
            theme::INK,
            None,
        );
        svg.close_group();
        self.draw_rules(svg, top, height);
    }

    fn draw_rules(&self, svg: &mut Svg, top: f64, height: f64) {
        let stage_starts: Vec<usize> = self.stages.iter().map(|range| range.start).collect();
        for column in 1..self.columns {
            let x = self.column_x(column);
            let color = if stage_starts.contains(&column) {
                theme::RULE
            } else {
                theme::GRID
            };
            svg.line((x, top), (x, top + height), Paint::outlined("none", color));
        }
        let bottom = top + height;
        svg.line(
            (MARGIN, bottom),
            (self.left() + self.columns_width(), bottom),
            Paint::outlined("none", theme::GRID),
        );
    }
}

/// A lane of cards: for each stage, the cards of each of its steps in the
/// step's column, then the stage's own cards across all its columns.
pub struct CardLane {
    pub title: String,
    cells: Vec<Cell>,
}

struct Cell {
    columns: Vec<Vec<Card>>,
    spanning: Vec<Card>,
}

impl Cell {
    fn height(&self) -> f64 {
        let columns = self.columns.iter().map(|cards| stack_height(cards)).fold(0.0, f64::max);
        let spanning = stack_height(&self.spanning);
        if columns > 0.0 && spanning > 0.0 {
            columns + CARD_GAP + spanning
        } else {
            columns + spanning
        }
    }

    fn is_empty(&self) -> bool {
        self.spanning.is_empty() && self.columns.iter().all(Vec::is_empty)
    }
}

fn stack_height(cards: &[Card]) -> f64 {
    let heights: f64 = cards.iter().map(Card::height).sum();
    heights + cards.len().saturating_sub(1) as f64 * CARD_GAP
}

impl CardLane {
    /// Builds a lane with no cards, for blueprints, which show every lane.
    pub fn empty(title: String) -> CardLane {
        CardLane {
            title,
            cells: Vec::new(),
        }
    }

    /// Builds a lane from the cards of each step (at column width) and of
    /// each stage (at the width of its columns). Returns `None` when the
    /// lane is empty.
    pub fn build(
        journey: &Journey,
        grid: &Grid,
        title: String,
        per_step: impl Fn(&Step, f64) -> Vec<Card>,
        per_stage: impl Fn(&Stage, f64) -> Vec<Card>,
    ) -> Option<CardLane> {
        let cells: Vec<Cell> = journey
            .stages
            .iter()
            .enumerate()
            .map(|(index, stage)| {
                let mut columns: Vec<Vec<Card>> = stage
                    .steps
                    .iter()
                    .map(|step| per_step(step, grid.card_width()))
                    .collect();
                if columns.is_empty() {
                    columns.push(Vec::new());
                }
                let (_, width) = grid.stage_box(index);
                Cell {
                    columns,
                    spanning: per_stage(stage, width - 2.0 * CELL_PAD),
                }
            })
            .collect();
        if cells.iter().all(Cell::is_empty) {
            return None;
        }
        Some(CardLane { title, cells })
    }

    pub fn height(&self) -> f64 {
        let content = self.cells.iter().map(Cell::height).fold(0.0, f64::max);
        (content + 2.0 * CELL_PAD).max(MIN_LANE_HEIGHT)
    }

    pub fn draw(&self, svg: &mut Svg, grid: &Grid, top: f64, shaded: bool) {
        let height = self.height();
        grid.draw_lane_frame(svg, top, height, &self.title, shaded);
        for (stage, cell) in self.cells.iter().enumerate() {
            let columns = grid.stage_columns(stage);
            let mut columns_bottom: f64 = 0.0;
            for (offset, cards) in cell.columns.iter().enumerate() {
                let x = grid.column_x(columns.start + offset) + CELL_PAD;
                columns_bottom = columns_bottom.max(draw_stack(svg, cards, x, top + CELL_PAD));
            }
            let (x, _) = grid.stage_box(stage);
            let spanning_top = if columns_bottom > 0.0 {
                top + CELL_PAD + columns_bottom + CARD_GAP
            } else {
                top + CELL_PAD
            };
            draw_stack(svg, &cell.spanning, x + CELL_PAD, spanning_top);
        }
    }
}

/// Draws cards one under the other; returns the height they took.
fn draw_stack(svg: &mut Svg, cards: &[Card], x: f64, top: f64) -> f64 {
    let mut y = top;
    for card in cards {
        let id = svg.fresh("card");
        card.draw(svg, x, y, &id);
        y += card.height() + CARD_GAP;
    }
    if cards.is_empty() { 0.0 } else { y - top - CARD_GAP }
}
