//! A journey in the atlas, Graphviz-record style: a box in the colours of
//! its mapping status with its title (linking to its map), level and status
//! tags, owner, and a row of stage cells that child journeys hang from.

use journey_model::{Journey, Model};

use crate::card::draw_lines;
use crate::items;
use crate::names;
use crate::svg::{Paint, Svg};
use crate::text::{Font, width, wrap};
use crate::theme::{self, TagStyle};
use crate::words::{Words, n, s};

const PAD: f64 = 10.0;
const MIN_WIDTH: f64 = 190.0;
const MAX_TITLE_WIDTH: f64 = 260.0;
const CELL_MIN: f64 = 56.0;
const CELL_MAX: f64 = 120.0;
const CELL_PAD: f64 = 5.0;
const TAG_HEIGHT: f64 = 17.0;
/// Journeys with more stages show only those that children zoom into.
const MAX_STAGES: usize = 8;
const TITLE: Font = Font::bold(13.0);

/// A measured journey box.
pub struct Node {
    pub width: f64,
    pub height: f64,
    title: Vec<String>,
    href: String,
    tags: Vec<(String, TagStyle, f64)>,
    lines: Vec<(Vec<String>, &'static str, Option<String>)>,
    /// Stage cells: stage index (`None` for the "more stages" cell), label
    /// lines, left offset and width.
    cells: Vec<Cell>,
    cells_height: f64,
    paint: Paint,
}

struct Cell {
    stage: Option<usize>,
    lines: Vec<String>,
    x: f64,
    width: f64,
}

/// The context of a node: the link to its map, the link to the page of its
/// children when they are on another page, and the stages they use.
pub struct NodeContext<'a> {
    pub href: String,
    pub more: Option<(usize, String)>,
    pub used_stages: &'a [usize],
}

impl Node {
    pub fn new(model: &Model, journey: &Journey, words: Words, context: NodeContext) -> Node {
        let label = names::labelled(&journey.label, &journey.name);
        let mut cells = stage_cells(journey, context.used_stages, words);
        let cells_width: f64 = cells.iter().map(|cell| cell.width).sum();
        let title_width = width(&label, TITLE) + 2.0 * PAD;
        let node_width = title_width.clamp(MIN_WIDTH, MAX_TITLE_WIDTH).max(cells_width).ceil();
        spread(&mut cells, node_width);
        let inner = node_width - 2.0 * PAD;
        let title = wrap(&label, TITLE, inner);
        let tags = tags(journey, words, inner);
        let lines = lines(model, journey, words, inner, context.more);
        let cells_height = cells
            .iter()
            .map(|cell| cell.lines.len())
            .max()
            .map_or(0.0, |count| count as f64 * theme::SMALL.line_height() + 2.0 * CELL_PAD);
        let mut node = Node {
            width: node_width,
            height: 0.0,
            title,
            href: context.href,
            tags,
            lines,
            cells,
            cells_height,
            paint: theme::status(journey.status.as_deref()),
        };
        node.height = node.body_height() + node.cells_height;
        node
    }

    fn body_height(&self) -> f64 {
        let title = self.title.len() as f64 * TITLE.line_height();
        let lines: f64 = self
            .lines
            .iter()
            .map(|(lines, _, _)| lines.len() as f64 * theme::SMALL.line_height())
            .sum();
        PAD + title + 4.0 + TAG_HEIGHT + 4.0 + lines + PAD
    }

    /// Returns the x of the middle of a stage's cell, where edges to
    /// children start.
    pub fn port(&self, stage: usize) -> Option<f64> {
        let cell = self.cells.iter().find(|cell| cell.stage == Some(stage))?;
        Some(cell.x + cell.width / 2.0)
    }

    pub fn draw(&self, svg: &mut Svg, x: f64, y: f64, id: &str) {
        svg.open_group(Some(id));
        svg.rect(x, y, self.width, self.height, self.paint.rounded(6.0).width(1.5));

        let mut top = y + PAD;
        svg.open_link(&self.href);
        draw_lines(svg, x + PAD, top, &self.title, TITLE, theme::INK, None);
        svg.close_link();
        top += self.title.len() as f64 * TITLE.line_height() + 4.0;

        self.draw_tags(svg, x + PAD, top);
        top += TAG_HEIGHT + 4.0;

        for (lines, color, href) in &self.lines {
            draw_lines(svg, x + PAD, top, lines, theme::SMALL, color, href.as_deref());
            top += lines.len() as f64 * theme::SMALL.line_height();
        }
        svg.close_group();
        self.draw_cells(svg, x, y + self.height - self.cells_height);
    }

    fn draw_tags(&self, svg: &mut Svg, left: f64, top: f64) {
        let mut x = left;
        for (text, style, tag_width) in &self.tags {
            svg.open_group(None);
            svg.rect(x, top, *tag_width, TAG_HEIGHT, Paint::fill(style.fill).rounded(3.0));
            let line = std::slice::from_ref(text);
            draw_lines(svg, x + 6.0, top + 1.5, line, theme::TAG, style.text, None);
            svg.close_group();
            x += tag_width + 4.0;
        }
    }

    fn draw_cells(&self, svg: &mut Svg, x: f64, top: f64) {
        for cell in &self.cells {
            let id = svg.fresh("cell");
            svg.open_group(Some(&id));
            svg.rect(
                x + cell.x,
                top,
                cell.width,
                self.cells_height,
                Paint::outlined("#ffffff", self.paint.stroke.unwrap_or(theme::RULE)),
            );
            draw_lines(
                svg,
                x + cell.x + CELL_PAD,
                top + CELL_PAD,
                &cell.lines,
                theme::SMALL,
                theme::INK,
                None,
            );
            svg.close_group();
        }
    }
}

/// Measures the stage cells at their natural widths.
fn stage_cells(journey: &Journey, used: &[usize], words: Words) -> Vec<Cell> {
    let shown: Vec<usize> = if journey.stages.len() <= MAX_STAGES {
        (0..journey.stages.len()).collect()
    } else {
        (0..journey.stages.len()).filter(|stage| used.contains(stage)).collect()
    };
    let mut labels: Vec<(Option<usize>, String)> = shown
        .iter()
        .map(|index| {
            let stage = &journey.stages[*index];
            (Some(*index), names::labelled(&stage.label, &stage.name))
        })
        .collect();
    let hidden = journey.stages.len() - shown.len();
    if hidden > 0 {
        labels.push((
            None,
            words.with("render-atlas-stages-hidden", &[("count", n(hidden as f64))]),
        ));
    }
    let mut x = 0.0;
    labels
        .into_iter()
        .map(|(stage, label)| {
            let natural = width(&label, theme::SMALL) + 2.0 * CELL_PAD + 1.0;
            let cell_width = natural.clamp(CELL_MIN, CELL_MAX).ceil();
            let cell = Cell {
                stage,
                lines: wrap(&label, theme::SMALL, cell_width - 2.0 * CELL_PAD),
                x,
                width: cell_width,
            };
            x += cell_width;
            cell
        })
        .collect()
}

/// Widens the cells to fill the node, keeping their proportions.
fn spread(cells: &mut [Cell], node_width: f64) {
    let total: f64 = cells.iter().map(|cell| cell.width).sum();
    if cells.is_empty() || total >= node_width {
        return;
    }
    let extra = (node_width - total) / cells.len() as f64;
    let mut x = 0.0;
    for cell in cells.iter_mut() {
        cell.width += extra;
        cell.x = x;
        x += cell.width;
    }
}

fn tags(journey: &Journey, words: Words, inner: f64) -> Vec<(String, TagStyle, f64)> {
    let mut tags = Vec::new();
    if let Some(level) = journey.level {
        tags.push((words.with("render-level", &[("level", n(level))]), theme::NEUTRAL));
    }
    tags.push(items::status_tag(words, journey.status.as_deref()));
    let mut room = inner;
    tags.into_iter()
        .filter_map(|(text, style)| {
            let tag_width = width(&text, theme::TAG) + 12.0;
            room -= tag_width + 4.0;
            (room >= -4.0).then_some((text, style, tag_width))
        })
        .collect()
}

/// Owner, overdue review, the step the journey zooms into, and the link to
/// the page of its children.
fn lines(
    model: &Model,
    journey: &Journey,
    words: Words,
    inner: f64,
    more: Option<(usize, String)>,
) -> Vec<(Vec<String>, &'static str, Option<String>)> {
    let mut lines = Vec::new();
    let mut push = |text: String, color: &'static str, href: Option<String>| {
        lines.push((wrap(&text, theme::SMALL, inner), color, href))
    };
    match journey.owner {
        Some(owner) => push(
            words.with("render-owner", &[("person", s(names::person(model, owner)))]),
            theme::INK,
            None,
        ),
        None => push(words.get("no-owner"), theme::WARNING, None),
    }
    if let Some(days) = journey.overdue_days {
        push(
            words.with("render-overdue", &[("days", n(days as f64))]),
            theme::WARNING,
            None,
        );
    }
    if let Some(step) = journey.parent.and_then(|anchor| {
        let parent = &model.journeys[anchor.journey.index()];
        parent.stages.get(anchor.stage)?.steps.get(anchor.step?)
    }) {
        push(
            words.with(
                "render-atlas-step",
                &[("step", s(names::labelled(&step.label, &step.name)))],
            ),
            theme::MUTED,
            None,
        );
    }
    if let Some(current) = journey.future_of {
        let current = &model.journeys[current.index()];
        push(
            words.with(
                "render-future-of",
                &[("journey", s(names::labelled(&current.label, &current.name)))],
            ),
            theme::MUTED,
            None,
        );
    }
    if let Some((count, href)) = more {
        push(
            words.with("render-atlas-more", &[("count", n(count as f64))]),
            theme::LINK,
            Some(href),
        );
    }
    lines
}
