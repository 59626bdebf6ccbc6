//! The export types: the JSON format other tools read. They are separate
//! from the model's internal types so the format changes only on purpose,
//! together with [`SCHEMA_VERSION`](crate::SCHEMA_VERSION).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

/// A journey workspace after checking.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Journey workspace export")]
pub struct Export {
    /// The version of this format; changes when a field changes meaning or goes away.
    pub schema_version: String,
    pub workspace: Option<Workspace>,
    /// The date used for overdue reviews and where it came from.
    pub today: Today,
    pub settings: SettingsExport,
    pub persons: Vec<Person>,
    pub teams: Vec<Team>,
    pub committees: Vec<Committee>,
    pub facets: Vec<Facet>,
    pub personas: Vec<Persona>,
    pub channels: Vec<Channel>,
    pub kpis: Vec<Kpi>,
    pub insights: Vec<Insight>,
    pub journeys: Vec<Journey>,
    /// The number of diagnostics by severity when the export was made.
    pub diagnostics: DiagnosticCounts,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Today {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `flag` (`--today`), `settings` (journey.toml) or `clock`.
    pub source: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct SettingsExport {
    pub emotion_min: f64,
    pub emotion_max: f64,
    pub max_depth: u32,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct DiagnosticCounts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// Where a declaration stands in the source. Lines and columns start at 1;
/// columns count Unicode scalar values.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SourceSpan {
    /// Relative to the workspace root, with `/` separators.
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

/// Fields every declaration has.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Common {
    /// The declaration's name, unique among top-level names.
    pub id: String,
    pub label: Option<String>,
    /// The `///` documentation.
    pub doc: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<SourceSpan>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Workspace {
    pub label: Option<String>,
    /// Id of the journey lead.
    pub lead: Option<String>,
    pub review: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Person {
    #[serde(flatten)]
    pub common: Common,
    pub role: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Team {
    #[serde(flatten)]
    pub common: Common,
    pub lead: Option<String>,
    pub members: Vec<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Committee {
    #[serde(flatten)]
    pub common: Common,
    pub owner: Option<String>,
    /// Person ids.
    pub members: Vec<String>,
    /// Team ids.
    pub member_teams: Vec<String>,
    pub meets: Option<String>,
    /// Ids of the journeys this committee refines.
    pub journeys: Vec<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Facet {
    #[serde(flatten)]
    pub common: Common,
    pub values: Vec<FacetValue>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct FacetValue {
    pub id: String,
    pub label: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Persona {
    #[serde(flatten)]
    pub common: Common,
    pub goal: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Channel {
    #[serde(flatten)]
    pub common: Common,
    /// `digital`, `physical` or `human`.
    pub kind: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Kpi {
    #[serde(flatten)]
    pub common: Common,
    pub unit: Option<String>,
    /// `higher` or `lower`.
    pub better: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Insight {
    #[serde(flatten)]
    pub common: Common,
    /// `qualitative` or `quantitative`.
    pub kind: Option<String>,
    pub source: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

/// The stage or step of another journey that a journey zooms into.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Parent {
    pub journey: String,
    pub stage: String,
    pub step: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Journey {
    #[serde(flatten)]
    pub common: Common,
    pub description: Option<String>,
    pub parent: Option<Parent>,
    /// The level derived from `parent` (0 for L0); null when the chain of parents is broken.
    pub level: Option<u32>,
    pub declared_level: Option<u32>,
    /// Ids of the journeys that zoom into this one.
    pub children: Vec<String>,
    pub owner: Option<String>,
    pub committee: Option<String>,
    /// `planned`, `draft`, `mapped`, `validated` or `archived`.
    pub status: Option<String>,
    pub personas: Vec<String>,
    /// Facet id to the ids of the chosen values.
    pub facets: BTreeMap<String, Vec<String>>,
    pub reviewed: Option<String>,
    /// The effective cadence: the journey's own, or the workspace's.
    pub review: Option<String>,
    pub next_review: Option<String>,
    pub overdue: bool,
    pub overdue_days: Option<i64>,
    /// The current-state journey this future-state journey replaces.
    pub future_of: Option<String>,
    pub phases: Vec<Phase>,
    pub stages: Vec<Stage>,
    pub kpis: Vec<KpiValue>,
    /// The mean emotion of the journey's steps, rounded to two decimals.
    pub emotion_average: Option<f64>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Phase {
    pub id: String,
    pub label: Option<String>,
    pub doc: Option<String>,
    pub description: Option<String>,
    /// Ids of the stages in this phase.
    pub stages: Vec<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Stage {
    pub id: String,
    pub label: Option<String>,
    pub doc: Option<String>,
    pub description: Option<String>,
    pub phase: Option<String>,
    pub steps: Vec<Step>,
    pub pains: Vec<Moment>,
    pub gains: Vec<Moment>,
    pub opportunities: Vec<Opportunity>,
    pub kpis: Vec<KpiValue>,
    pub emotion_average: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<SourceSpan>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Step {
    pub id: String,
    pub label: Option<String>,
    pub doc: Option<String>,
    pub description: Option<String>,
    pub emotion: Option<f64>,
    pub touchpoints: Vec<Touchpoint>,
    pub pains: Vec<Moment>,
    pub gains: Vec<Moment>,
    pub opportunities: Vec<Opportunity>,
    pub kpis: Vec<KpiValue>,
    /// Service-blueprint lanes: evidence, frontstage, backstage, support.
    pub blueprint: Vec<LaneItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<SourceSpan>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Touchpoint {
    pub id: Option<String>,
    pub label: Option<String>,
    pub channel: Option<String>,
}

/// A pain point or a gain.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Moment {
    pub id: Option<String>,
    pub label: Option<String>,
    /// `low`, `medium`, `high` or `critical`.
    pub severity: Option<String>,
    pub insights: Vec<String>,
    /// For pains: the ids of the opportunities that address it (unnamed ones are counted, not listed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opportunities: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opportunity_count: Option<usize>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Opportunity {
    pub id: Option<String>,
    pub label: Option<String>,
    pub impact: Option<String>,
    pub effort: Option<String>,
    pub owner: Option<String>,
    pub status: Option<String>,
    /// Ids of the named pains it addresses.
    pub addresses: Vec<String>,
    pub solutions: Vec<Solution>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Solution {
    pub id: Option<String>,
    pub label: Option<String>,
    pub owner: Option<String>,
    pub status: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Measure {
    pub value: f64,
    /// Whether the value was written as a percentage.
    pub percent: bool,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct KpiValue {
    /// Id of the KPI in the library.
    pub kpi: Option<String>,
    pub target: Option<Measure>,
    pub actual: Option<Measure>,
    /// `actual - target`, when both are set.
    pub gap: Option<f64>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct LaneItem {
    /// `evidence`, `frontstage`, `backstage` or `support`.
    pub lane: String,
    pub label: Option<String>,
    pub team: Option<String>,
}
