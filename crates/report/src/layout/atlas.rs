//! The sections about the atlas itself: overview, ownership, refinement.

use journey_diagnostics::Message;

use super::{DASH, as_of, count, journey, optional, status_badge};
use crate::data::{DUE_SOON_DAYS, FacetCoverage, Report};
use crate::document::{Badge, Block, Column, Inline, Row, Section, Table, text as cell};
use crate::text::Text;

pub fn overview(report: &Report, text: Text) -> Option<Section> {
    let overview = &report.overview;
    if overview.journeys == 0 {
        return None;
    }
    let mut blocks = vec![Block::Heading(text.get("report-by-level"))];
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::text(text.get("report-col-level")),
            Column::number(text.get("report-col-journeys")),
        ],
        rows: overview
            .by_level
            .iter()
            .map(|level| Row::new(vec![cell(text.level(level.level)), count(level.journeys)]))
            .collect(),
    }));

    blocks.push(Block::Heading(text.get("report-by-status")));
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::text(text.get("report-col-status")),
            Column::number(text.get("report-col-journeys")),
        ],
        rows: overview
            .by_status
            .iter()
            .map(|status| {
                Row::new(vec![
                    vec![status_badge(status.status.as_deref(), text)],
                    count(status.journeys),
                ])
            })
            .collect(),
    }));

    for facet in &overview.facets {
        let heading = Message::new("report-facet-heading").arg("facet", facet.facet.display());
        blocks.push(Block::Heading(text.format(heading)));
        blocks.push(Block::Table(coverage_table(facet, text)));
    }
    if !overview.facets.is_empty() {
        blocks.push(Block::Note(cell(text.get("report-coverage-note"))));
    }
    Some(Section {
        anchor: "overview",
        title: text.get("report-section-overview"),
        blocks,
    })
}

/// The status × value table of one facet, with a total and a coverage row.
fn coverage_table(facet: &FacetCoverage, text: Text) -> Table {
    let with_none = facet.without_value > 0;
    let mut columns = vec![Column::text(text.get("report-col-status"))];
    columns.extend(
        facet
            .values
            .iter()
            .map(|value| Column::number(value.display().to_owned())),
    );
    if with_none {
        columns.push(Column::number(text.get("report-col-no-value")));
    }

    let mut rows: Vec<Row> = facet
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![vec![status_badge(row.status.as_deref(), text)]];
            cells.extend(row.counts.iter().map(|value| count(*value)));
            if with_none {
                cells.push(count(row.without_value));
            }
            Row::new(cells)
        })
        .collect();

    let mut totals = vec![vec![Inline::Strong(text.get("report-row-total"))]];
    totals.extend(facet.totals.iter().map(|value| count(*value)));
    let mut coverage = vec![vec![Inline::Strong(text.get("report-row-mapped"))]];
    coverage.extend(
        facet
            .mapped
            .iter()
            .zip(&facet.totals)
            .map(|(mapped, total)| share(*mapped, *total, text)),
    );
    if with_none {
        totals.push(count(facet.without_value));
        coverage.push(share(facet.without_value_mapped, facet.without_value, text));
    }
    rows.push(Row {
        cells: totals,
        summary: true,
    });
    rows.push(Row {
        cells: coverage,
        summary: true,
    });
    Table { columns, rows }
}

/// `part` of `total` as a whole percentage, or a dash when `total` is 0.
fn share(part: usize, total: usize, text: Text) -> Vec<Inline> {
    if total == 0 {
        return cell(DASH);
    }
    cell(text.percent((part as f64 * 100.0 / total as f64).round()))
}

pub fn ownership(report: &Report, text: Text) -> Option<Section> {
    let ownership = &report.ownership;
    let mut blocks = Vec::new();
    if !ownership.journeys_without_owner.is_empty() {
        blocks.push(Block::Heading(text.get("report-no-owner-heading")));
        blocks.push(Block::List(
            ownership
                .journeys_without_owner
                .iter()
                .map(|named| vec![journey(named)])
                .collect(),
        ));
    }
    if !ownership.owners.is_empty() {
        blocks.push(Block::Heading(text.get("report-owners-heading")));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::text(text.get("report-col-owner")),
                Column::text(text.get("report-col-role")),
                Column::number(text.get("report-col-journeys")),
                Column::text(text.get("report-col-committees")),
                Column::number(text.get("report-col-open-opportunities")),
            ],
            rows: ownership
                .owners
                .iter()
                .map(|load| {
                    let committees: Vec<&str> = load.committees.iter().map(|committee| committee.display()).collect();
                    Row::new(vec![
                        cell(load.person.display()),
                        cell(load.role.as_deref().unwrap_or(DASH)),
                        count(load.journeys.len()),
                        cell(if committees.is_empty() {
                            DASH.to_owned()
                        } else {
                            committees.join(", ")
                        }),
                        count(load.open_opportunities),
                    ])
                })
                .collect(),
        }));
    }
    if !ownership.committees.is_empty() {
        blocks.push(Block::Heading(text.get("report-committees-heading")));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::text(text.get("report-col-committee")),
                Column::text(text.get("report-col-owner")),
                Column::text(text.get("report-col-meets")),
                Column::number(text.get("report-col-journeys")),
                Column::number(text.get("report-col-open-opportunities")),
            ],
            rows: ownership
                .committees
                .iter()
                .map(|load| {
                    let owner = match &load.owner {
                        Some(owner) => cell(owner.display()),
                        None => vec![Inline::Badge(Badge::Alert, text.get("report-no-owner"))],
                    };
                    Row::new(vec![
                        cell(load.committee.display()),
                        owner,
                        cell(
                            load.meets
                                .as_deref()
                                .map_or_else(|| DASH.to_owned(), |meets| text.cadence(meets)),
                        ),
                        count(load.journeys.len()),
                        count(load.open_opportunities),
                    ])
                })
                .collect(),
        }));
    }
    if !ownership.committees_without_owner.is_empty() {
        blocks.push(Block::Heading(text.get("report-committees-without-owner-heading")));
        let items = ownership
            .committees_without_owner
            .iter()
            .map(|named| cell(named.display()))
            .collect();
        blocks.push(Block::List(items));
    }
    (!blocks.is_empty()).then(|| Section {
        anchor: "ownership",
        title: text.get("report-section-ownership"),
        blocks,
    })
}

pub fn refinement(report: &Report, text: Text) -> Option<Section> {
    let refinement = &report.refinement;
    if refinement.overdue.is_empty() && refinement.due_soon.is_empty() && refinement.never_reviewed.is_empty() {
        return None;
    }
    let mut blocks = vec![Block::Note(cell(as_of(report, text)))];
    if !refinement.overdue.is_empty() {
        blocks.push(Block::Heading(text.get("report-overdue-heading")));
        blocks.push(Block::Table(Table {
            columns: review_columns(text, "report-col-days-overdue"),
            rows: refinement
                .overdue
                .iter()
                .map(|review| {
                    let days = vec![Inline::Badge(Badge::Alert, review.days_overdue.to_string())];
                    Row::new(vec![
                        vec![journey(&review.journey)],
                        optional(review.owner.as_ref()),
                        optional(review.committee.as_ref()),
                        cell(review.reviewed.as_str()),
                        cell(text.cadence(&review.cadence)),
                        cell(review.due.as_str()),
                        days,
                    ])
                })
                .collect(),
        }));
    }
    if !refinement.due_soon.is_empty() {
        let heading = Message::new("report-due-soon-heading").arg("days", DUE_SOON_DAYS);
        blocks.push(Block::Heading(text.format(heading)));
        blocks.push(Block::Table(Table {
            columns: review_columns(text, "report-col-days-left"),
            rows: refinement
                .due_soon
                .iter()
                .map(|review| {
                    Row::new(vec![
                        vec![journey(&review.journey)],
                        optional(review.owner.as_ref()),
                        optional(review.committee.as_ref()),
                        cell(review.reviewed.as_str()),
                        cell(text.cadence(&review.cadence)),
                        cell(review.due.as_str()),
                        cell(review.days_left.to_string()),
                    ])
                })
                .collect(),
        }));
    }
    if !refinement.never_reviewed.is_empty() {
        blocks.push(Block::Heading(text.get("report-never-reviewed-heading")));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::text(text.get("report-col-journey")),
                Column::text(text.get("report-col-owner")),
                Column::text(text.get("report-col-committee")),
            ],
            rows: refinement
                .never_reviewed
                .iter()
                .map(|entry| {
                    Row::new(vec![
                        vec![journey(&entry.journey)],
                        optional(entry.owner.as_ref()),
                        optional(entry.committee.as_ref()),
                    ])
                })
                .collect(),
        }));
    }
    Some(Section {
        anchor: "refinement",
        title: text.get("report-section-refinement"),
        blocks,
    })
}

/// The columns of the overdue and due-soon tables; the last one counts days.
fn review_columns(text: Text, days: &str) -> Vec<Column> {
    vec![
        Column::text(text.get("report-col-journey")),
        Column::text(text.get("report-col-owner")),
        Column::text(text.get("report-col-committee")),
        Column::date(text.get("report-col-last-review")),
        Column::text(text.get("report-col-cadence")),
        Column::date(text.get("report-col-due")),
        Column::number(text.get(days)),
    ]
}
