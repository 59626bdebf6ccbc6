//! The sections about improving the experience: experience, opportunities,
//! KPIs, and current vs future state.

use journey_diagnostics::Message;

use super::{DASH, journey, optional, severity_badge, stage_and_step};
use crate::data::{Evidence, FutureDiff, KpiChange, LOWEST_STEPS, PainChange, RankedOpportunity, Report};
use crate::document::{Badge, Block, Column, Inline, Row, Section, Table, text as cell};
use crate::text::{Text, item, named};

pub fn experience(report: &Report, text: Text) -> Option<Section> {
    let experience = &report.experience;
    let mut blocks = Vec::new();
    if !experience.lowest_steps.is_empty() {
        blocks.push(Block::Heading(text.get("report-lowest-steps-heading")));
        let (min, max) = experience.scale;
        let note = Message::new("report-lowest-steps-note")
            .arg("min", text.number(min))
            .arg("max", text.number(max))
            .arg("count", LOWEST_STEPS);
        blocks.push(Block::Note(cell(text.format(note))));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::text(text.get("report-col-step")),
                Column::text(text.get("report-col-journey")),
                Column::text(text.get("report-col-stage")),
                Column::number(text.get("report-col-emotion")),
            ],
            rows: experience
                .lowest_steps
                .iter()
                .map(|score| {
                    let place = &score.place;
                    Row::new(vec![
                        cell(place.step.as_ref().map_or(DASH, |step| step.display())),
                        vec![journey(&place.journey)],
                        cell(place.stage.as_ref().map_or(DASH, |stage| stage.display())),
                        cell(text.number(score.emotion)),
                    ])
                })
                .collect(),
        }));
    }
    if !experience.pains.is_empty() {
        blocks.push(Block::Heading(text.get("report-pains-heading")));
        blocks.push(Block::Table(pains_table(report, text)));
    }
    if !experience.pains_without_opportunity.is_empty() {
        blocks.push(Block::Heading(text.get("report-pains-without-opportunity-heading")));
        let items = experience
            .pains_without_opportunity
            .iter()
            .map(|pain| {
                vec![
                    severity_badge(pain.severity.as_deref(), text),
                    Inline::Text(format!(" {} — ", item(&pain.pain))),
                    journey(&pain.place.journey),
                    Inline::Text(format!(" › {}", stage_and_step(&pain.place))),
                ]
            })
            .collect();
        blocks.push(Block::List(items));
    }
    (!blocks.is_empty()).then(|| Section {
        anchor: "experience",
        title: text.get("report-section-experience"),
        blocks,
    })
}

fn pains_table(report: &Report, text: Text) -> Table {
    Table {
        columns: vec![
            Column::text(text.get("report-col-severity")),
            Column::text(text.get("report-col-pain")),
            Column::text(text.get("report-col-journey")),
            Column::text(text.get("report-col-where")),
            Column::text(text.get("report-col-evidence")),
            Column::text(text.get("report-col-opportunities")),
        ],
        rows: report
            .experience
            .pains
            .iter()
            .map(|pain| {
                let opportunities = if pain.opportunities.is_empty() {
                    vec![Inline::Badge(Badge::Alert, text.get("report-none"))]
                } else {
                    cell(pain.opportunities.iter().map(item).collect::<Vec<_>>().join(", "))
                };
                Row::new(vec![
                    vec![severity_badge(pain.severity.as_deref(), text)],
                    cell(item(&pain.pain)),
                    vec![journey(&pain.place.journey)],
                    cell(stage_and_step(&pain.place)),
                    evidence(&pain.evidence, text),
                    opportunities,
                ])
            })
            .collect(),
    }
}

/// Lists the insights behind a pain: title, then kind, source and date in
/// brackets, then the address of the data as code, never as a link.
fn evidence(insights: &[Evidence], text: Text) -> Vec<Inline> {
    if insights.is_empty() {
        return cell(DASH);
    }
    let mut inlines = Vec::new();
    for (index, insight) in insights.iter().enumerate() {
        if index > 0 {
            inlines.push(Inline::Text("; ".to_owned()));
        }
        let kind = insight
            .kind
            .as_deref()
            .map(|kind| text.get(&format!("report-insight-{kind}")));
        let details: Vec<String> = [kind, insight.source.clone(), insight.date.clone()]
            .into_iter()
            .flatten()
            .collect();
        let mut line = named(&insight.insight);
        if !details.is_empty() {
            line.push_str(&format!(" ({})", details.join(", ")));
        }
        inlines.push(Inline::Text(line));
        if let Some(url) = &insight.url {
            inlines.push(Inline::Text(" ".to_owned()));
            inlines.push(Inline::Code(url.clone()));
        }
    }
    inlines
}

pub fn opportunities(report: &Report, text: Text) -> Option<Section> {
    let opportunities = &report.opportunities;
    if opportunities.ranked.is_empty() && opportunities.closed.is_empty() {
        return None;
    }
    let mut blocks = vec![Block::Note(cell(text.get("report-opportunities-note")))];
    if !opportunities.ranked.is_empty() {
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::number(text.get("report-col-rank")),
                Column::text(text.get("report-col-opportunity")),
                Column::text(text.get("report-col-journey")),
                Column::text(text.get("report-col-impact")),
                Column::text(text.get("report-col-effort")),
                Column::number(text.get("report-col-score")),
                Column::text(text.get("report-col-owner")),
                Column::text(text.get("report-col-status")),
            ],
            rows: opportunities
                .ranked
                .iter()
                .map(|entry| opportunity_row(entry, text))
                .collect(),
        }));
    }
    if !opportunities.closed.is_empty() {
        blocks.push(Block::Heading(text.get("report-closed-heading")));
        let items = opportunities
            .closed
            .iter()
            .map(|entry| {
                vec![
                    Inline::Text(format!("{} — ", item(&entry.opportunity))),
                    journey(&entry.place.journey),
                    Inline::Text(format!(" ({})", text.opportunity_status(entry.status.as_deref()))),
                ]
            })
            .collect();
        blocks.push(Block::List(items));
    }
    Some(Section {
        anchor: "opportunities",
        title: text.get("report-section-opportunities"),
        blocks,
    })
}

fn opportunity_row(entry: &RankedOpportunity, text: Text) -> Row {
    Row::new(vec![
        cell(entry.rank.map_or_else(String::new, |rank| rank.to_string())),
        cell(item(&entry.opportunity)),
        vec![journey(&entry.place.journey)],
        cell(text.weight(entry.impact.as_deref())),
        cell(text.weight(entry.effort.as_deref())),
        cell(entry.score.map_or_else(|| DASH.to_owned(), |score| text.number(score))),
        optional(entry.owner.as_ref()),
        cell(text.opportunity_status(entry.status.as_deref())),
    ])
}

pub fn kpis(report: &Report, text: Text) -> Option<Section> {
    if report.kpis.is_empty() {
        return None;
    }
    let rows = report
        .kpis
        .iter()
        .map(|gap| {
            let unit = gap.unit.as_deref();
            let verdict = if gap.met {
                Inline::Badge(Badge::Good, text.get("report-gap-met"))
            } else {
                let amount = text.gap(gap.shortfall, gap.target.percent && gap.actual.percent, unit);
                Inline::Badge(
                    Badge::Alert,
                    text.format(Message::new("report-gap-short").arg("gap", amount)),
                )
            };
            Row::new(vec![
                cell(named(&gap.kpi)),
                vec![journey(&gap.place.journey)],
                cell(if gap.place.stage.is_some() {
                    stage_and_step(&gap.place)
                } else {
                    text.get("report-whole-journey")
                }),
                cell(text.measure(gap.target, unit)),
                cell(text.measure(gap.actual, unit)),
                vec![verdict],
            ])
        })
        .collect();
    let blocks = vec![
        Block::Note(cell(text.get("report-kpis-note"))),
        Block::Table(Table {
            columns: vec![
                Column::text(text.get("report-col-kpi")),
                Column::text(text.get("report-col-journey")),
                Column::text(text.get("report-col-where")),
                Column::number(text.get("report-col-target")),
                Column::number(text.get("report-col-actual")),
                Column::text(text.get("report-col-gap")),
            ],
            rows,
        }),
    ];
    Some(Section {
        anchor: "kpis",
        title: text.get("report-section-kpis"),
        blocks,
    })
}

pub fn future_states(report: &Report, text: Text) -> Option<Section> {
    if report.future_states.is_empty() {
        return None;
    }
    let mut blocks = Vec::new();
    for diff in &report.future_states {
        let heading = Message::new("report-future-heading")
            .arg("future", diff.future.display())
            .arg("current", diff.current.display());
        blocks.push(Block::Heading(text.format(heading)));
        let items = future_items(diff, text);
        if items.is_empty() {
            blocks.push(Block::Paragraph(cell(text.get("report-future-no-change"))));
        } else {
            blocks.push(Block::List(items));
        }
    }
    Some(Section {
        anchor: "future",
        title: text.get("report-section-future"),
        blocks,
    })
}

fn future_items(diff: &FutureDiff, text: Text) -> Vec<Vec<Inline>> {
    let stages = |stages: &[crate::data::Named]| stages.iter().map(named).collect::<Vec<_>>().join(", ");
    let pains = |pains: &[PainChange]| {
        pains
            .iter()
            .map(|change| {
                format!(
                    "{} ({}, {})",
                    item(&change.pain),
                    text.severity(change.severity.as_deref()),
                    named(&change.stage)
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let lines = [
        ("report-stages-added", stages(&diff.stages_added)),
        ("report-stages-removed", stages(&diff.stages_removed)),
        ("report-pains-resolved", pains(&diff.pains_resolved)),
        ("report-pains-remaining", pains(&diff.pains_remaining)),
        ("report-pains-new", pains(&diff.pains_new)),
        (
            "report-kpi-targets",
            diff.kpi_targets
                .iter()
                .map(|change| kpi_change(change, text))
                .collect::<Vec<_>>()
                .join("; "),
        ),
    ];
    lines
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(label, value)| {
            vec![
                Inline::Strong(text.get(label)),
                Inline::Text(format!("{}{value}", text.get("report-colon"))),
            ]
        })
        .collect()
}

fn kpi_change(change: &KpiChange, text: Text) -> String {
    let unit = change.unit.as_deref();
    let target = |measure: Option<crate::data::Measure>| {
        measure.map_or_else(|| text.get("report-no-target"), |measure| text.measure(measure, unit))
    };
    format!(
        "{} {} → {}",
        named(&change.kpi),
        target(change.current),
        target(change.future)
    )
}
