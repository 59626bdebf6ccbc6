//! The atlas: the framework hierarchy, L0 journeys at the top, each journey
//! a box in the colours of its mapping status, edges from a parent's stage
//! to the journeys that zoom into it, and a legend.
//!
//! Small atlases fit on one page, `atlas.svg`. A page shows whole levels
//! while they fit [`forest::PAGE_BUDGET`] journeys. The journeys on its
//! last level whose children did not fit link to their own page,
//! `atlas/<journey>.svg`, which links back. Each page is laid out in
//! linear time (see [`page`]), so a thousand journeys take milliseconds.

mod forest;
mod node;
mod page;

use journey_i18n::Lang;
use journey_model::{JourneyId, Model};

use crate::svg::{Anchor, Paint, Svg};
use crate::text::{Font, width, wrap};
use crate::theme::{self, MARGIN};
use crate::url::segment;
use crate::words::{Words, n, s};

pub use forest::PAGE_BUDGET;
use forest::{Forest, PagePlan};
use page::Links;

/// One page of the atlas and where it goes in the output folder.
#[derive(Debug, Clone, PartialEq)]
pub struct AtlasPage {
    /// `atlas.svg`, or `atlas/<journey>.svg`.
    pub path: String,
    /// The journey the page is about; `None` for the overview.
    pub root: Option<JourneyId>,
    pub svg: String,
}

/// Draws every page of the atlas, the overview first.
pub fn atlas_pages(model: &Model, lang: Lang) -> Vec<AtlasPage> {
    let _span = tracing::debug_span!("atlas", journeys = model.journeys.len()).entered();
    let words = Words::new(lang);
    let forest = Forest::new(model);
    let plans = forest::plan(&forest);
    let paged: Vec<JourneyId> = plans.iter().filter_map(|plan| plan.root).collect();
    plans
        .iter()
        .map(|plan| {
            let svg = draw(model, &forest, &plans, plan, words, &paged);
            AtlasPage {
                path: page_path(model, plan.root),
                root: plan.root,
                svg,
            }
        })
        .collect()
}

/// Draws the overview page of the atlas: the whole hierarchy when it fits.
pub fn atlas_svg(model: &Model, lang: Lang) -> String {
    atlas_pages(model, lang).swap_remove(0).svg
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
) -> String {
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
    let layout = page::layout(model, forest, plan, words, &links);

    let title = page_title(model, plan, words);
    let mut on_page: Vec<JourneyId> = layout.nodes.keys().copied().collect();
    on_page.sort();
    let counts = status_counts(model, &on_page);
    let total = match plan.root {
        None => model.journeys.len(),
        Some(root) => 1 + forest.descendants(root),
    };
    let content_width = layout.width.max(720.0);
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
    y = draw_legend(&mut svg, words, &counts, content_width, y + 8.0);
    layout.draw(&mut svg, MARGIN, y + 16.0);
    svg.finish(content_width + 2.0 * MARGIN, y + 16.0 + layout.height + MARGIN, &title)
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
/// then the edge. Entries wrap onto more rows.
fn draw_legend(
    svg: &mut Svg,
    words: Words,
    counts: &[(Option<&'static str>, usize)],
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
    entries.push((words.get("legend-zooms"), Sample::Edge));
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
    Edge,
}

impl Sample {
    fn draw(&self, svg: &mut Svg, x: f64, y: f64) {
        match self {
            Sample::Status(status) => {
                svg.rect(x, y, SWATCH.0, SWATCH.1, theme::status(*status).rounded(3.0).width(1.5))
            }
            Sample::Edge => {
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
