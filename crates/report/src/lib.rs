//! Governance reports of a checked atlas: who owns what, which reviews are
//! overdue, where the frictions are, which opportunities to take first, how
//! far KPIs are from target, and what each future state changes.
//!
//! [`compute`] turns an [`Analysis`] into a [`Report`], plain data that
//! `--format json` serialises as it is. The layout then localises it into a
//! small document model, which [`markdown`] writes for pull-request comments
//! and [`html`] writes as one self-contained page for committee meetings.
//! [`evaluate`] checks the `--fail-on` conditions against a report.
//!
//! This crate does no IO and never prints: the CLI reads the workspace,
//! chooses the language and writes the result.

mod conditions;
mod data;
mod document;
mod html;
mod layout;
mod markdown;
mod text;

use journey_i18n::Lang;
use journey_model::{Analysis, JourneyId};

pub use conditions::{Breach, Condition, MAX_EXAMPLES, describe, evaluate};
pub use data::*;
pub use html::{Map, Pictures};

/// The output formats of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Json,
}

/// Writes the report as GitHub-flavoured Markdown.
pub fn markdown(report: &Report, lang: Lang) -> String {
    markdown::write(&layout::document(report, lang))
}

/// Writes the report as a self-contained HTML page with the given pictures.
pub fn html(report: &Report, lang: Lang, pictures: &Pictures) -> String {
    html::write(&layout::document(report, lang), pictures)
}

/// Writes the report data as pretty JSON with a final newline.
pub fn json(report: &Report) -> String {
    let mut json = serde_json::to_string_pretty(report).expect("report types always serialise");
    json.push('\n');
    json
}

/// Computes the report of an analysis and writes it in `format`.
pub fn render(analysis: &Analysis, format: Format, lang: Lang) -> String {
    let report = compute(analysis);
    match format {
        Format::Markdown => markdown(&report, lang),
        Format::Html => html(&report, lang, &pictures(analysis, lang)),
        Format::Json => json(&report),
    }
}

/// Draws the pictures of the HTML report with `journey-render`: the atlas
/// graph and the map of every journey, L0 journeys first.
pub fn pictures(analysis: &Analysis, lang: Lang) -> Pictures {
    let model = &analysis.model;
    let mut journeys: Vec<JourneyId> = (0..model.journeys.len()).map(|index| JourneyId(index as u32)).collect();
    journeys.sort_by_key(|id| {
        let level = model.journeys[id.index()].level;
        (level.is_none(), level, *id)
    });
    let maps = journeys
        .into_iter()
        .map(|id| {
            let journey = &model.journeys[id.index()];
            Map {
                journey: Named {
                    id: journey.name.to_string(),
                    label: journey.label.as_deref().map(str::to_owned),
                },
                svg: journey_render::journey_map_svg(model, id, lang),
            }
        })
        .collect();
    let atlas = (!model.journeys.is_empty()).then(|| journey_render::atlas_svg(model, lang));
    Pictures { atlas, maps }
}
