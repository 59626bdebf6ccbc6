//! Lays the report data out as a localised [`Document`]: which sections,
//! headings, tables and notes to show. A section with nothing to say is
//! left out.

mod atlas;
mod improvement;

use journey_diagnostics::Message;
use journey_i18n::Lang;
use journey_model::schema::{SEVERITIES, STATUSES};

use crate::data::{Named, Place, Report};
use crate::document::{Badge, Document, Figure, Inline, Section};
use crate::text::Text;

/// Lays out the whole report in `lang`.
pub fn document(report: &Report, lang: Lang) -> Document {
    let text = Text { lang };
    let sections: Vec<Section> = [
        atlas::overview(report, text),
        atlas::ownership(report, text),
        atlas::refinement(report, text),
        improvement::experience(report, text),
        improvement::opportunities(report, text),
        improvement::kpis(report, text),
        improvement::future_states(report, text),
    ]
    .into_iter()
    .flatten()
    .collect();
    Document {
        lang,
        title: title(report, text),
        intro: intro(report, text),
        figures: figures(report, text),
        sections,
        footer: text.get("report-footer"),
        contents: text.get("report-contents"),
        maps: text.get("report-section-maps"),
        atlas: text.get("report-atlas-caption"),
    }
}

fn title(report: &Report, text: Text) -> String {
    match &report.workspace {
        Some(workspace) => text.format(Message::new("report-title-workspace").arg("workspace", workspace.as_str())),
        None => text.get("report-title"),
    }
}

fn intro(report: &Report, text: Text) -> Vec<Vec<Inline>> {
    let mut lines = vec![vec![Inline::Text(as_of(report, text))]];
    let counts = report.diagnostics;
    if counts.errors + counts.warnings + counts.infos > 0 {
        let message = Message::new("report-diagnostics")
            .arg("errors", counts.errors)
            .arg("warnings", counts.warnings)
            .arg("infos", counts.infos);
        let mut line = vec![Inline::Text(text.format(message)), Inline::Text(" ".to_owned())];
        line.push(Inline::Code("journey check".to_owned()));
        line.push(Inline::Text(".".to_owned()));
        if counts.errors > 0 {
            line.push(Inline::Text(format!(" {}", text.get("report-diagnostics-errors"))));
        }
        lines.push(line);
    }
    lines
}

/// "Figures as of DATE (where the date came from)."
fn as_of(report: &Report, text: Text) -> String {
    let message = Message::new("report-as-of")
        .arg("date", report.today.date.as_str())
        .arg("origin", text.date_origin(report.today.source));
    text.format(message)
}

fn figures(report: &Report, text: Text) -> Vec<Figure> {
    let figure = |id: &str, value: usize, alert: bool| Figure {
        label: text.get(id),
        value,
        alert: alert && value > 0,
    };
    vec![
        figure("report-figure-journeys", report.overview.journeys, false),
        figure(
            "report-figure-without-owner",
            report.ownership.journeys_without_owner.len(),
            true,
        ),
        figure("report-figure-overdue", report.refinement.overdue.len(), true),
        figure("report-figure-pains", report.experience.pains.len(), false),
        figure(
            "report-figure-pains-without-opportunity",
            report.experience.pains_without_opportunity.len(),
            true,
        ),
        figure(
            "report-figure-open-opportunities",
            report.opportunities.ranked.len(),
            false,
        ),
        figure(
            "report-figure-kpis-behind",
            report.kpis.iter().filter(|gap| !gap.met).count(),
            true,
        ),
    ]
}

/// Shows a journey in a cell or list item.
fn journey(named: &Named) -> Inline {
    Inline::Journey {
        id: named.id.clone(),
        label: named.display().to_owned(),
    }
}

/// Shows a person or committee, or a dash when there is none.
fn optional(named: Option<&Named>) -> Vec<Inline> {
    vec![Inline::Text(
        named.map_or_else(|| DASH.to_owned(), |named| named.display().to_owned()),
    )]
}

/// Joins the stage and step of a place: `Apply › Fill in the form`.
fn stage_and_step(place: &Place) -> String {
    let parts: Vec<&str> = [place.stage.as_ref(), place.step.as_ref()]
        .into_iter()
        .flatten()
        .map(Named::display)
        .collect();
    if parts.is_empty() {
        DASH.to_owned()
    } else {
        parts.join(" › ")
    }
}

/// Shown in an empty cell.
const DASH: &str = "—";

fn status_badge(status: Option<&str>, text: Text) -> Inline {
    let known = status.and_then(|status| STATUSES.iter().find(|known| **known == status));
    Inline::Badge(Badge::Status(known.copied().unwrap_or("none")), text.status(status))
}

fn severity_badge(severity: Option<&str>, text: Text) -> Inline {
    let known = severity.and_then(|severity| SEVERITIES.iter().find(|known| **known == severity));
    Inline::Badge(
        Badge::Severity(known.copied().unwrap_or("none")),
        text.severity(severity),
    )
}

/// Shows a count in a cell.
fn count(value: usize) -> Vec<Inline> {
    vec![Inline::Text(value.to_string())]
}
