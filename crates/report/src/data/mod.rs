//! The report as data: every figure the renderers show, computed from the
//! checked model, with no wording and no formatting. `--format json`
//! serialises these types as they are.

mod experience;
mod future;
mod opportunities;
mod overview;
mod ownership;
mod refinement;

use journey_diagnostics::Severity;
use journey_model::date::format_date;
use journey_model::{Analysis, CommitteeId, JourneyId, Model, PersonId, SymbolId};
use serde::Serialize;

pub use experience::{Evidence, Experience, LOWEST_STEPS, Pain, StepScore, severity_rank};
pub use future::{FutureDiff, KpiChange, PainChange};
pub use opportunities::{KpiGap, Opportunities, RankedOpportunity, level_weight, score};
pub use overview::{CoverageRow, FacetCoverage, LevelCount, Overview, StatusCount};
pub use ownership::{CommitteeLoad, OwnerLoad, Ownership};
pub use refinement::{DUE_SOON_DAYS, NeverReviewed, OverdueReview, Refinement, UpcomingReview};

/// The version of the JSON report format.
pub const SCHEMA_VERSION: &str = "1.0";

/// Everything the governance report says about an atlas.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub schema_version: &'static str,
    /// The workspace label.
    pub workspace: Option<String>,
    pub today: TodayInfo,
    pub diagnostics: DiagnosticCounts,
    pub overview: Overview,
    pub ownership: Ownership,
    pub refinement: Refinement,
    pub experience: Experience,
    pub opportunities: Opportunities,
    /// KPI values that have both a target and an actual value, worst gap first.
    pub kpis: Vec<KpiGap>,
    pub future_states: Vec<FutureDiff>,
}

/// The date the review computations used, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TodayInfo {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `flag` (`--today`), `settings` (journey.toml) or `clock`.
    pub source: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DiagnosticCounts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// A named declaration: its identifier and its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl Named {
    /// The label, or the identifier when there is none.
    pub fn display(&self) -> &str {
        self.label.as_deref().unwrap_or(&self.id)
    }
}

/// A pain, gain, opportunity or solution, whose name is optional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl Item {
    /// The label, or the name, or an empty string.
    pub fn display(&self) -> &str {
        self.label.as_deref().or(self.id.as_deref()).unwrap_or_default()
    }
}

/// Where something sits: a journey, and the stage and step inside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    pub journey: Named,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<Named>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<Named>,
}

/// A number or a percentage as written in the source.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Measure {
    pub value: f64,
    pub percent: bool,
}

impl From<journey_model::Measure> for Measure {
    fn from(measure: journey_model::Measure) -> Self {
        Measure {
            value: measure.value,
            percent: measure.percent,
        }
    }
}

/// Computes the report of a checked workspace.
pub fn compute(analysis: &Analysis) -> Report {
    let model = &analysis.model;
    let names = Names { model };
    let count = |severity| {
        analysis
            .diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.severity == severity)
            .count()
    };
    Report {
        schema_version: SCHEMA_VERSION,
        workspace: model
            .workspace
            .as_ref()
            .and_then(|workspace| workspace.label.as_deref().map(str::to_owned)),
        today: TodayInfo {
            date: format_date(analysis.today.date),
            source: analysis.today.source.as_str(),
        },
        diagnostics: DiagnosticCounts {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
        },
        overview: overview::compute(&names),
        ownership: ownership::compute(&names),
        refinement: refinement::compute(&names, analysis.today.date),
        experience: experience::compute(&names),
        opportunities: opportunities::rank(&names),
        kpis: opportunities::kpi_gaps(&names),
        future_states: future::compute(&names),
    }
}

/// Turns model ids into the names and labels the report shows.
pub(crate) struct Names<'a> {
    pub model: &'a Model,
}

impl Names<'_> {
    pub fn journey(&self, id: JourneyId) -> Named {
        let journey = &self.model.journeys[id.index()];
        Named {
            id: journey.name.to_string(),
            label: journey.label.as_deref().map(str::to_owned),
        }
    }

    pub fn person(&self, id: PersonId) -> Named {
        let person = &self.model.persons[id.index()];
        Named {
            id: person.name.to_string(),
            label: person.label.as_deref().map(str::to_owned),
        }
    }

    pub fn committee(&self, id: CommitteeId) -> Named {
        let committee = &self.model.committees[id.index()];
        Named {
            id: committee.name.to_string(),
            label: committee.label.as_deref().map(str::to_owned),
        }
    }

    /// The name and label of a declaration inside a journey.
    pub fn item(&self, symbol: SymbolId) -> Item {
        let symbol = &self.model.symbols[symbol.index()];
        Item {
            id: symbol.name.as_deref().map(str::to_owned),
            label: symbol.label.as_deref().map(str::to_owned),
        }
    }

    /// The place of a stage (and step) of a journey.
    pub fn place(&self, journey: JourneyId, stage: Option<usize>, step: Option<usize>) -> Place {
        let data = &self.model.journeys[journey.index()];
        let stage_data = stage.map(|index| &data.stages[index]);
        let step_data = stage_data.zip(step).map(|(stage, index)| &stage.steps[index]);
        Place {
            journey: self.journey(journey),
            stage: stage_data.map(|stage| Named {
                id: stage.name.to_string(),
                label: stage.label.as_deref().map(str::to_owned),
            }),
            step: step_data.map(|step| Named {
                id: step.name.to_string(),
                label: step.label.as_deref().map(str::to_owned),
            }),
        }
    }

    /// Every journey with its id, in source order.
    pub fn journeys(&self) -> impl Iterator<Item = (JourneyId, &journey_model::Journey)> {
        self.model
            .journeys
            .iter()
            .enumerate()
            .map(|(index, journey)| (JourneyId(index as u32), journey))
    }
}

/// Where an item sits inside its journey, for ordering by position in the
/// text of the journey rather than by file order: stage, step (the stage's
/// own items come before its steps) and index among its siblings.
pub(crate) type Position = (usize, usize, usize);

/// Rounds to two decimals, so that figures read the same in every output.
pub(crate) fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

#[cfg(test)]
pub(crate) mod testing {
    //! Builds an analysis from source text for the unit tests.

    use journey_diagnostics::FileId;
    use journey_model::date::parse_date;
    use journey_model::{Analysis, ParsedFile, Settings, Today, TodaySource, analyze};

    /// Checks the given files, named `a.journey`, `b.journey`…, as of `today`.
    pub fn analysis_of(files: &[&str], today: &str) -> Analysis {
        let parsed: Vec<ParsedFile> = files
            .iter()
            .enumerate()
            .map(|(index, text)| {
                let name = format!("{}.journey", char::from(b'a' + index as u8));
                ParsedFile::new(FileId(index as u32), name, *text)
            })
            .collect();
        let today = Today {
            date: parse_date(today).expect("test dates are valid"),
            source: TodaySource::Flag,
        };
        analyze(&parsed, &Settings::default(), today)
    }

    /// The people every test workspace may refer to.
    pub const PEOPLE: &str = "person ana \"Ana\"\nperson bo \"Bo\"\n";
}
