//! A small document model between the report data and the output formats.
//! The layout chooses the content and its language, and the Markdown and
//! HTML writers only choose how it looks. Every string here is plain text,
//! which each writer escapes for its own format.

use journey_i18n::Lang;

/// The whole report, localised and laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub lang: Lang,
    pub title: String,
    /// The lines under the title: the date used and the diagnostics.
    pub intro: Vec<Vec<Inline>>,
    /// Headline figures, shown as a row of cards in HTML.
    pub figures: Vec<Figure>,
    pub sections: Vec<Section>,
    pub footer: String,
    /// The heading of the table of contents (HTML only).
    pub contents: String,
    /// The heading of the journey maps (HTML only).
    pub maps: String,
    /// The caption of the framework graph (HTML only).
    pub atlas: String,
}

/// A headline figure: a label and a count; `alert` when the count calls for action.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub label: String,
    pub value: usize,
    pub alert: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// A stable anchor (`overview`, `ownership`…).
    pub anchor: &'static str,
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A sub-heading inside a section.
    Heading(String),
    Paragraph(Vec<Inline>),
    /// A note in smaller print: how a figure is computed.
    Note(Vec<Inline>),
    List(Vec<Vec<Inline>>),
    Table(Table),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    /// Right-aligned: counts, days, scores, measures.
    pub numeric: bool,
    /// Kept on one line: dates.
    pub nowrap: bool,
}

impl Column {
    pub fn text(title: String) -> Column {
        Column {
            title,
            numeric: false,
            nowrap: false,
        }
    }

    pub fn number(title: String) -> Column {
        Column {
            title,
            numeric: true,
            nowrap: true,
        }
    }

    pub fn date(title: String) -> Column {
        Column {
            title,
            numeric: false,
            nowrap: true,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<Vec<Inline>>,
    /// A total or summary row, set apart from the data rows.
    pub summary: bool,
}

impl Row {
    pub fn new(cells: Vec<Vec<Inline>>) -> Row {
        Row { cells, summary: false }
    }
}

/// A run of text inside a paragraph, list item or cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Strong(String),
    /// An identifier or value as written in the source.
    Code(String),
    /// A short label whose look depends on its kind.
    Badge(Badge, String),
    /// A journey: its label, linked to its map in HTML when the report has maps.
    Journey {
        id: String,
        label: String,
    },
}

/// The kinds of badge: a mapping status, a severity, a target met, or an alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Badge {
    Status(&'static str),
    Severity(&'static str),
    Good,
    Alert,
}

impl Badge {
    /// Returns the CSS class of the badge, built from fixed words only.
    pub fn class(self) -> String {
        match self {
            Badge::Status(status) => format!("badge status-{status}"),
            Badge::Severity(severity) => format!("badge severity-{severity}"),
            Badge::Good => "badge good".to_owned(),
            Badge::Alert => "badge alert".to_owned(),
        }
    }
}

/// Builds a cell that holds one run of text.
pub fn text(value: impl Into<String>) -> Vec<Inline> {
    vec![Inline::Text(value.into())]
}
