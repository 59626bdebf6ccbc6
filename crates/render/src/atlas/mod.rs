//! The atlas: the framework hierarchy, L0 journeys at the top, each journey
//! a box in the colours of its mapping status, edges from a parent's stage
//! to the journeys that zoom into it, and a legend.
//!
//! Small atlases fit on one page, `atlas.svg`. A page shows whole levels
//! while they fit [`forest::PAGE_BUDGET`] journeys. The journeys on its
//! last level whose children did not fit link to their own page,
//! `atlas/<journey>.svg`, which links back.
//!
//! A page of at most [`GRAPH_LIMIT`] journeys that fits [`GRAPH_WIDTH`]
//! pixels is laid out by layout-rs as a layered graph, each level a row
//! (see [`graph`]). Larger and wider pages, and every page with
//! [`AtlasLayout::Columns`], are laid out in columns under the stages (see
//! [`page`]), in linear time.

mod forest;
mod graph;
mod node;
mod page;
mod shown;

use std::collections::HashMap;

use journey_i18n::Lang;
use journey_model::{JourneyId, Model};

use node::Node;

use crate::svg::{Anchor, Paint, Svg, num};
use crate::text::{Font, width, wrap};
use crate::theme::{self, MARGIN};
use crate::url::segment;
use crate::words::{Words, n, s};

pub use forest::PAGE_BUDGET;
use forest::{Forest, PagePlan};
pub use graph::{GRAPH_LIMIT, GRAPH_WIDTH, LayeredGraph, LayoutFailed, Placement};
use shown::Links;

/// The layout of the pages of the atlas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AtlasLayout {
    /// A layered graph by layout-rs for pages of up to [`GRAPH_LIMIT`]
    /// journeys that fit [`GRAPH_WIDTH`] pixels, columns for the others.
    #[default]
    Graph,
    /// Columns under the stages for every page.
    Columns,
}

/// One page of the atlas and where it goes in the output folder.
#[derive(Debug, Clone, PartialEq)]
pub struct AtlasPage {
    /// `atlas.svg`, or `atlas/<journey>.svg`.
    pub path: String,
    /// The journey the page is about; `None` for the overview.
    pub root: Option<JourneyId>,
    /// The layout the page was drawn with: [`AtlasLayout::Graph`] only when
    /// layout-rs placed its journeys.
    pub layout: AtlasLayout,
    pub svg: String,
}

/// Draws every page of the atlas, the overview first, with the default
/// layout.
pub fn atlas_pages(model: &Model, lang: Lang) -> Vec<AtlasPage> {
    atlas_pages_with(model, lang, AtlasLayout::default())
}

/// Draws every page of the atlas, the overview first.
pub fn atlas_pages_with(model: &Model, lang: Lang, layout: AtlasLayout) -> Vec<AtlasPage> {
    let _span = tracing::debug_span!("atlas", journeys = model.journeys.len()).entered();
    let words = Words::new(lang);
    let forest = Forest::new(model);
    let plans = forest::plan(&forest);
    let paged: Vec<JourneyId> = plans.iter().filter_map(|plan| plan.root).collect();
    plans
        .iter()
        .map(|plan| {
            let (svg, used) = draw(model, &forest, &plans, plan, words, &paged, layout);
            AtlasPage {
                path: page_path(model, plan.root),
                root: plan.root,
                layout: used,
                svg,
            }
        })
        .collect()
}

/// Draws the overview page of the atlas: the whole hierarchy when it fits.
pub fn atlas_svg(model: &Model, lang: Lang) -> String {
    atlas_pages(model, lang).swap_remove(0).svg
}

/// Builds the whole hierarchy as one layered graph with the atlas's boxes,
/// to measure layout-rs against Graphviz (`examples/layout_compare.rs`).
pub fn atlas_graph(model: &Model, lang: Lang) -> LayeredGraph {
    let forest = Forest::new(model);
    let plan = PagePlan {
        root: None,
        roots: forest.roots.clone(),
        depth: usize::MAX,
        parent: None,
    };
    let journey_link = |id: JourneyId| format!("journeys/{}.svg", segment(&model.journeys[id.index()].name));
    let links = Links {
        journey: &journey_link,
        page: &|_| None,
    };
    let nodes = shown::boxes(model, &forest, &plan, Words::new(lang), &links);
    graph::whole(model, &forest, &nodes)
}

/// A page laid out one way or the other.
enum Drawing {
    Graph(graph::Layout),
    Columns(page::Layout),
}

impl Drawing {
    fn new(
        model: &Model,
        forest: &Forest,
        plan: &PagePlan,
        nodes: HashMap<JourneyId, Node>,
        layout: AtlasLayout,
    ) -> Self {
        if layout == AtlasLayout::Columns {
            return Drawing::Columns(page::layout(model, forest, plan, nodes));
        }
        match graph::layout(model, forest, plan, nodes) {
            Ok(layout) => Drawing::Graph(layout),
            Err(nodes) => Drawing::Columns(page::layout(model, forest, plan, nodes)),
        }
    }

    fn kind(&self) -> AtlasLayout {
        match self {
            Drawing::Graph(_) => AtlasLayout::Graph,
            Drawing::Columns(_) => AtlasLayout::Columns,
        }
    }

    fn journeys(&self) -> Vec<JourneyId> {
        let mut ids: Vec<JourneyId> = match self {
            Drawing::Graph(layout) => layout.nodes.keys().copied().collect(),
            Drawing::Columns(layout) => layout.nodes.keys().copied().collect(),
        };
        ids.sort();
        ids
    }

    fn size(&self) -> (f64, f64) {
        match self {
            Drawing::Graph(layout) => (layout.width, layout.height),
            Drawing::Columns(layout) => (layout.width, layout.height),
        }
    }

    fn draw(&self, svg: &mut Svg, left: f64, top: f64) {
        match self {
            Drawing::Graph(layout) => layout.draw(svg, left, top),
            Drawing::Columns(layout) => layout.draw(svg, left, top),
        }
    }
}

fn page_path(model: &Model, root: Option<JourneyId>) -> String {
    match root {
        None => "atlas.svg".to_owned(),
        Some(id) => format!("atlas/{}.svg", model.journeys[id.index()].name),
    }
}

fn draw(
    model: &Model,
    forest: &Forest,
    plans: &[PagePlan],
    plan: &PagePlan,
    words: Words,
    paged: &[JourneyId],
    layout: AtlasLayout,
) -> (String, AtlasLayout) {
    let up = if plan.root.is_some() { "../" } else { "" };
    let journey_link = |id: JourneyId| format!("{up}journeys/{}.svg", segment(&model.journeys[id.index()].name));
    let page_link = |id: JourneyId| {
        let name = segment(&model.journeys[id.index()].name);
        paged.contains(&id).then(|| {
            if plan.root.is_some() {
                format!("{name}.svg")
            } else {
                format!("atlas/{name}.svg")
            }
        })
    };
    let links = Links {
        journey: &journey_link,
        page: &page_link,
    };
    let nodes = shown::boxes(model, forest, plan, words, &links);
    let drawing = Drawing::new(model, forest, plan, nodes, layout);
    let (width, height) = drawing.size();

    let title = page_title(model, plan, words);
    let counts = status_counts(model, &drawing.journeys());
    let total = match plan.root {
        None => model.journeys.len(),
        Some(root) => 1 + forest.descendants(root),
    };
    let content_width = width.max(720.0);
    let mut svg = Svg::new(&match plan.root {
        None => "atlas".to_owned(),
        Some(id) => format!("atlas-{}", model.journeys[id.index()].name),
    });
    let mut y = MARGIN;
    if let Some(parent) = plan.parent {
        let href = match plans[parent].root {
            None => "../atlas.svg".to_owned(),
            Some(id) => format!("{}.svg", segment(&model.journeys[id.index()].name)),
        };
        svg.open_link(&href);
        svg.text(
            MARGIN,
            y + 12.0,
            Anchor::Start,
            theme::BODY,
            theme::LINK,
            &words.get("atlas-back"),
        );
        svg.close_link();
        y += 24.0;
    }
    y = draw_heading(
        &mut svg,
        &title,
        &words.with("render-atlas-summary", &[("journeys", n(total as f64))]),
        content_width,
        y,
    );
    y = draw_legend(&mut svg, words, &counts, drawing.kind(), content_width, y + 8.0);
    drawing.draw(&mut svg, MARGIN, y + 16.0);
    let svg = svg.finish(content_width + 2.0 * MARGIN, y + 16.0 + height + MARGIN, &title);
    (svg, drawing.kind())
}

fn page_title(model: &Model, plan: &PagePlan, words: Words) -> String {
    match (
        plan.root,
        model.workspace.as_ref().and_then(|workspace| workspace.label.clone()),
    ) {
        (Some(id), _) => {
            let journey = &model.journeys[id.index()];
            words.with(
                "render-atlas-page-title",
                &[("journey", s(crate::names::labelled(&journey.label, &journey.name)))],
            )
        }
        (None, Some(workspace)) => words.with("render-atlas-title-of", &[("workspace", s(workspace))]),
        (None, None) => words.get("atlas-title"),
    }
}

/// Counts the journeys of the page with each status, in legend order.
fn status_counts(model: &Model, journeys: &[JourneyId]) -> Vec<(Option<&'static str>, usize)> {
    theme::STATUSES
        .iter()
        .map(|status| {
            let count = journeys
                .iter()
                .filter(|id| model.journeys[id.index()].status.as_deref() == *status)
                .count();
            (*status, count)
        })
        .collect()
}

fn draw_heading(svg: &mut Svg, title: &str, summary: &str, width: f64, top: f64) -> f64 {
    let mut y = top;
    for line in wrap(title, theme::TITLE, width) {
        svg.text(
            MARGIN,
            y + theme::TITLE.baseline(),
            Anchor::Start,
            theme::TITLE,
            theme::INK,
            &line,
        );
        y += theme::TITLE.line_height();
    }
    for line in wrap(summary, theme::BODY, width) {
        svg.text(
            MARGIN,
            y + theme::BODY.baseline(),
            Anchor::Start,
            theme::BODY,
            theme::MUTED,
            &line,
        );
        y += theme::BODY.line_height();
    }
    y
}

const SWATCH: (f64, f64) = (26.0, 16.0);
const LEGEND_FONT: Font = theme::SMALL;

/// Draws the legend: a swatch and the name of each status with its count,
/// then the edge as the page draws it. Entries wrap onto more rows.
fn draw_legend(
    svg: &mut Svg,
    words: Words,
    counts: &[(Option<&'static str>, usize)],
    layout: AtlasLayout,
    width_limit: f64,
    top: f64,
) -> f64 {
    let mut entries: Vec<(String, Sample)> = counts
        .iter()
        .map(|(status, count)| {
            (
                format!("{} ({count})", words.keyword("status", status.unwrap_or("none"))),
                Sample::Status(*status),
            )
        })
        .collect();
    entries.push((words.get("legend-zooms"), Sample::Edge(layout)));
    let heading = words.get("legend");
    svg.text(
        MARGIN,
        top + theme::BODY_BOLD.baseline(),
        Anchor::Start,
        theme::BODY_BOLD,
        theme::INK,
        &heading,
    );
    let start = MARGIN + width(&heading, theme::BODY_BOLD) + 16.0;
    let (mut x, mut y) = (start, top);
    for (label, sample) in entries {
        let entry_width = SWATCH.0 + 6.0 + width(&label, LEGEND_FONT) + 18.0;
        if x > start && x + entry_width > MARGIN + width_limit {
            (x, y) = (start, y + 24.0);
        }
        sample.draw(svg, x, y);
        svg.text(
            x + SWATCH.0 + 6.0,
            y + 12.0,
            Anchor::Start,
            LEGEND_FONT,
            theme::INK,
            &label,
        );
        x += entry_width;
    }
    y + 24.0
}

enum Sample {
    Status(Option<&'static str>),
    Edge(AtlasLayout),
}

impl Sample {
    fn draw(&self, svg: &mut Svg, x: f64, y: f64) {
        match self {
            Sample::Status(status) => {
                svg.rect(x, y, SWATCH.0, SWATCH.1, theme::status(*status).rounded(3.0).width(1.5))
            }
            Sample::Edge(AtlasLayout::Graph) => {
                let data = format!(
                    "M{} {} C{} {} {} {} {} {}",
                    num(x + 6.0),
                    num(y),
                    num(x + 6.0),
                    num(y + 5.0),
                    num(x + 18.0),
                    num(y + 4.0),
                    num(x + 18.0),
                    num(y + 9.0)
                );
                svg.path(&data, Paint::outlined("none", page::EDGE).width(1.5));
                page::arrowhead_down(svg, (x + 18.0, y + 16.0));
            }
            Sample::Edge(AtlasLayout::Columns) => {
                svg.line(
                    (x, y + 8.0),
                    (x + SWATCH.0 - 6.0, y + 8.0),
                    Paint::outlined("none", page::EDGE).width(1.5),
                );
                page::arrowhead(svg, (x + SWATCH.0, y + 8.0));
            }
        }
    }
}
