//! The atlas as CSV for spreadsheets: one row per journey, or one row per
//! step. The `csv` crate quotes fields that hold the delimiter, quotes or
//! line breaks. Lists inside a cell are joined with `; `.

use journey_model::date::format_date;
use journey_model::{Anchor, Journey, Model, Person, Step};

use crate::source::number;

/// The character between fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Delimiter {
    #[default]
    Comma,
    /// What spreadsheets expect in locales that write decimals with a comma.
    Semicolon,
    Tab,
}

impl Delimiter {
    fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CsvOptions {
    pub delimiter: Delimiter,
    /// Starts the text with a UTF-8 byte order mark, which Excel needs to
    /// read accents correctly.
    pub byte_order_mark: bool,
}

/// The columns of [`atlas_csv`].
pub const ATLAS_COLUMNS: [&str; 11] = [
    "id",
    "title",
    "level",
    "parent",
    "owner",
    "committee",
    "status",
    "facets",
    "last_review",
    "next_review",
    "overdue_days",
];

/// The columns of [`steps_csv`].
pub const STEP_COLUMNS: [&str; 11] = [
    "journey",
    "stage",
    "stage_label",
    "step",
    "step_label",
    "touchpoints",
    "channels",
    "emotion",
    "pains",
    "gains",
    "opportunities",
];

/// Lists every journey: one row each, in declaration order.
pub fn atlas_csv(model: &Model, options: CsvOptions) -> String {
    let rows = model.journeys.iter().map(|journey| atlas_row(model, journey).to_vec());
    write_csv(&ATLAS_COLUMNS, rows, options)
}

/// Lists every step of every journey: one row each.
pub fn steps_csv(model: &Model, options: CsvOptions) -> String {
    let mut rows = Vec::new();
    for journey in &model.journeys {
        for stage in &journey.stages {
            for step in &stage.steps {
                let stage_label = stage.label.as_deref().unwrap_or_default().to_owned();
                let mut row = vec![journey.name.to_string(), stage.name.to_string(), stage_label];
                row.extend(step_cells(model, step));
                rows.push(row);
            }
        }
    }
    write_csv(&STEP_COLUMNS, rows.into_iter(), options)
}

fn atlas_row(model: &Model, journey: &Journey) -> [String; 11] {
    let person = |person: &Person| person.label.as_deref().unwrap_or(&person.name).to_owned();
    [
        journey.name.to_string(),
        journey.label.as_deref().unwrap_or_default().to_owned(),
        journey.level.map(|level| level.to_string()).unwrap_or_default(),
        journey
            .parent
            .map(|anchor| anchor_path(model, anchor))
            .unwrap_or_default(),
        journey
            .owner
            .map(|owner| person(&model.persons[owner.index()]))
            .unwrap_or_default(),
        journey
            .committee
            .map(|committee| {
                let committee = &model.committees[committee.index()];
                committee.label.as_deref().unwrap_or(&committee.name).to_owned()
            })
            .unwrap_or_default(),
        journey.status.as_deref().unwrap_or_default().to_owned(),
        facets(model, journey),
        journey.reviewed.map(format_date).unwrap_or_default(),
        journey.next_review.map(format_date).unwrap_or_default(),
        journey.overdue_days.map(|days| days.to_string()).unwrap_or_default(),
    ]
}

/// The dotted path of a stage or step: `lifecycle.join`.
fn anchor_path(model: &Model, anchor: Anchor) -> String {
    let journey = &model.journeys[anchor.journey.index()];
    let stage = &journey.stages[anchor.stage];
    match anchor.step.and_then(|step| stage.steps.get(step)) {
        Some(step) => format!("{}.{}.{}", journey.name, stage.name, step.name),
        None => format!("{}.{}", journey.name, stage.name),
    }
}

/// `Department: Retail banking, Business banking; Theme: Onboarding`.
fn facets(model: &Model, journey: &Journey) -> String {
    let parts: Vec<String> = journey
        .facets
        .iter()
        .map(|(facet, values)| {
            let facet = &model.facets[facet.index()];
            let values: Vec<&str> = values
                .iter()
                .filter_map(|value| facet.values.get(*value))
                .map(|value| value.label.as_deref().unwrap_or(&value.name))
                .collect();
            format!(
                "{}: {}",
                facet.label.as_deref().unwrap_or(&facet.name),
                values.join(", ")
            )
        })
        .collect();
    parts.join("; ")
}

fn step_cells(model: &Model, step: &Step) -> Vec<String> {
    let labels = |items: Vec<Option<&str>>| items.into_iter().flatten().collect::<Vec<_>>().join("; ");
    let touchpoints = labels(
        step.touchpoints
            .iter()
            .map(|touchpoint| touchpoint.label.as_deref().or(touchpoint.name.as_deref()))
            .collect(),
    );
    let mut channels: Vec<&str> = Vec::new();
    for channel in step.touchpoints.iter().filter_map(|touchpoint| touchpoint.channel) {
        let channel = &model.channels[channel.index()];
        let label = channel.label.as_deref().unwrap_or(&channel.name);
        if !channels.contains(&label) {
            channels.push(label);
        }
    }
    let moments = |moments: &[journey_model::Moment]| {
        labels(
            moments
                .iter()
                .map(|moment| moment.label.as_deref().or(moment.name.as_deref()))
                .collect(),
        )
    };
    vec![
        step.name.to_string(),
        step.label.as_deref().unwrap_or_default().to_owned(),
        touchpoints,
        channels.join("; "),
        step.emotion.map(number).unwrap_or_default(),
        moments(&step.pains),
        moments(&step.gains),
        labels(
            step.opportunities
                .iter()
                .map(|opportunity| opportunity.label.as_deref().or(opportunity.name.as_deref()))
                .collect(),
        ),
    ]
}

fn write_csv(header: &[&str], rows: impl Iterator<Item = Vec<String>>, options: CsvOptions) -> String {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(options.delimiter.byte())
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail, and every row has the header's length.
    writer.write_record(header).expect("writing CSV to memory cannot fail");
    for row in rows {
        writer.write_record(&row).expect("writing CSV to memory cannot fail");
    }
    let bytes = writer.into_inner().expect("flushing CSV to memory cannot fail");
    let text = String::from_utf8(bytes).expect("the CSV writer copies UTF-8 fields unchanged");
    if options.byte_order_mark {
        format!("\u{feff}{text}")
    } else {
        text
    }
}
