//! The checked model: every declaration resolved, references as typed ids,
//! derived values computed. Renderers and exporters read only this.

use ecow::EcoString;
use journey_diagnostics::FileSpan;
use time::Date;

use crate::date::Cadence;
use crate::schema::DeclKind;

macro_rules! ids {
    ($($name:ident),*) => {$(
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u32);

        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

ids!(
    SymbolId,
    PersonId,
    TeamId,
    CommitteeId,
    FacetId,
    PersonaId,
    ChannelId,
    KpiId,
    InsightId,
    JourneyId
);

/// A declaration as the editor sees it: what it is, where it is, what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Symbol {
    pub kind: DeclKind,
    pub name: Option<EcoString>,
    pub label: Option<EcoString>,
    pub doc: Option<EcoString>,
    /// The whole declaration.
    pub decl: FileSpan,
    /// The name, or the keyword for unnamed declarations.
    pub name_span: FileSpan,
    pub parent: Option<SymbolId>,
}

/// A name written in the source that resolves to a symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    pub at: FileSpan,
    pub target: SymbolId,
}

/// Where the date for overdue reviews came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TodaySource {
    Flag,
    Settings,
    Clock,
}

impl TodaySource {
    pub fn as_str(self) -> &'static str {
        match self {
            TodaySource::Flag => "flag",
            TodaySource::Settings => "settings",
            TodaySource::Clock => "clock",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today {
    pub date: Date,
    pub source: TodaySource,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Model {
    pub workspace: Option<WorkspaceInfo>,
    pub persons: Vec<Person>,
    pub teams: Vec<Team>,
    pub committees: Vec<Committee>,
    pub facets: Vec<Facet>,
    pub personas: Vec<Persona>,
    pub channels: Vec<Channel>,
    pub kpis: Vec<Kpi>,
    pub insights: Vec<Insight>,
    pub journeys: Vec<Journey>,
    pub symbols: Vec<Symbol>,
    pub references: Vec<Reference>,
    pub emotion_scale: (f64, f64),
    pub max_depth: u32,
}

impl Model {
    /// Returns the dotted path that reaches a symbol (`open_account.apply`),
    /// or the name of a top-level declaration or facet value. Phases group
    /// stages without appearing in paths. An unnamed declaration has none.
    pub fn symbol_path(&self, id: SymbolId) -> Option<String> {
        let symbol = &self.symbols[id.index()];
        let name = symbol.name.as_deref()?;
        let Some(parent) = symbol.parent else {
            return Some(name.to_owned());
        };
        let parent_symbol = &self.symbols[parent.index()];
        let prefix = match parent_symbol.kind {
            DeclKind::Facet => return Some(name.to_owned()),
            DeclKind::Phase => parent_symbol.parent.and_then(|journey| self.symbol_path(journey)),
            _ => self.symbol_path(parent),
        };
        Some(format!("{}.{name}", prefix.unwrap_or_default()))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceInfo {
    pub symbol: SymbolId,
    pub label: Option<EcoString>,
    pub lead: Option<PersonId>,
    pub review: Option<Cadence>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub symbol: SymbolId,
    pub name: EcoString,
    pub label: Option<EcoString>,
    pub role: Option<EcoString>,
    pub email: Option<EcoString>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Team {
    pub symbol: SymbolId,
    pub name: EcoString,
    pub label: Option<EcoString>,
    pub lead: Option<PersonId>,
    pub members: Vec<PersonId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Member {
    Person(PersonId),
    Team(TeamId),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Committee {
    pub symbol: SymbolId,
    pub name: EcoString,
    pub label: Option<EcoString>,
    pub owner: Option<PersonId>,
    pub members: Vec<Member>,
    pub meets: Option<Cadence>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Facet {
    pub symbol: SymbolId,
    pub name: EcoString,
    pub label: Option<EcoString>,
    pub values: Vec<FacetValue>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FacetValue {
    pub symbol: SymbolId,
    pub name: EcoString,
    pub label: Option<EcoString>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Persona {
    pub symbol: SymbolId,
    pub name: EcoString,
    pub label: Option<EcoString>,
    pub goal: Option<EcoString>,
    pub description: Option<EcoString>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    pub symbol: SymbolId,
    pub name: EcoString,
    pub label: Option<EcoString>,
    pub kind: Option<EcoString>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Kpi {
    pub symbol: SymbolId,
    pub name: EcoString,
    pub label: Option<EcoString>,
    pub unit: Option<EcoString>,
    /// `higher` or `lower`.
    pub better: Option<EcoString>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Insight {
    pub symbol: SymbolId,
    pub name: EcoString,
    pub label: Option<EcoString>,
    pub kind: Option<EcoString>,
    pub source: Option<EcoString>,
    pub date: Option<Date>,
    pub url: Option<EcoString>,
}

/// A stage or step of a journey that another journey zooms into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    pub journey: JourneyId,
    pub stage: usize,
    pub step: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Journey {
    pub symbol: SymbolId,
    pub name: EcoString,
    pub label: Option<EcoString>,
    pub description: Option<EcoString>,
    pub parent: Option<Anchor>,
    pub declared_level: Option<u32>,
    /// The level derived from `parent`; `None` when the chain is broken or cyclic.
    pub level: Option<u32>,
    pub children: Vec<JourneyId>,
    pub owner: Option<PersonId>,
    pub committee: Option<CommitteeId>,
    pub status: Option<EcoString>,
    pub personas: Vec<PersonaId>,
    pub facets: Vec<(FacetId, Vec<usize>)>,
    pub reviewed: Option<Date>,
    /// The journey's own cadence, or the workspace's.
    pub review: Option<Cadence>,
    pub next_review: Option<Date>,
    /// Days since the review fell due, when it has.
    pub overdue_days: Option<i64>,
    pub future_of: Option<JourneyId>,
    pub phases: Vec<Phase>,
    pub stages: Vec<Stage>,
    pub kpis: Vec<KpiValue>,
    pub emotion_average: Option<f64>,
}

impl Journey {
    pub fn steps(&self) -> impl Iterator<Item = &Step> {
        self.stages.iter().flat_map(|stage| stage.steps.iter())
    }

    /// Every pain of the journey with the stage (and step) it sits in.
    pub fn pains(&self) -> impl Iterator<Item = (&Stage, Option<&Step>, &Moment)> {
        self.stages.iter().flat_map(|stage| {
            let own = stage.pains.iter().map(move |pain| (stage, None, pain));
            let in_steps = stage
                .steps
                .iter()
                .flat_map(move |step| step.pains.iter().map(move |pain| (stage, Some(step), pain)));
            own.chain(in_steps)
        })
    }

    pub fn opportunities(&self) -> impl Iterator<Item = &Opportunity> {
        self.stages.iter().flat_map(|stage| {
            stage
                .opportunities
                .iter()
                .chain(stage.steps.iter().flat_map(|step| step.opportunities.iter()))
        })
    }

    pub fn has_blueprint(&self) -> bool {
        self.steps().any(|step| !step.lanes.is_empty())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Phase {
    pub symbol: SymbolId,
    pub name: EcoString,
    pub label: Option<EcoString>,
    pub description: Option<EcoString>,
    /// Indices into the journey's stages.
    pub stages: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    pub symbol: SymbolId,
    pub name: EcoString,
    pub label: Option<EcoString>,
    pub description: Option<EcoString>,
    pub phase: Option<usize>,
    pub steps: Vec<Step>,
    pub pains: Vec<Moment>,
    pub gains: Vec<Moment>,
    pub opportunities: Vec<Opportunity>,
    pub kpis: Vec<KpiValue>,
    pub emotion_average: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub symbol: SymbolId,
    pub name: EcoString,
    pub label: Option<EcoString>,
    pub description: Option<EcoString>,
    pub emotion: Option<f64>,
    pub touchpoints: Vec<Touchpoint>,
    pub pains: Vec<Moment>,
    pub gains: Vec<Moment>,
    pub opportunities: Vec<Opportunity>,
    pub kpis: Vec<KpiValue>,
    pub lanes: Vec<LaneItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Touchpoint {
    pub symbol: SymbolId,
    pub name: Option<EcoString>,
    pub label: Option<EcoString>,
    pub channel: Option<ChannelId>,
}

/// A pain point or a gain.
#[derive(Debug, Clone, PartialEq)]
pub struct Moment {
    pub symbol: SymbolId,
    pub name: Option<EcoString>,
    pub label: Option<EcoString>,
    pub severity: Option<EcoString>,
    pub insights: Vec<InsightId>,
    /// For pains: the opportunities that address it, by their symbols.
    pub addressed_by: Vec<SymbolId>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Opportunity {
    pub symbol: SymbolId,
    pub name: Option<EcoString>,
    pub label: Option<EcoString>,
    pub impact: Option<EcoString>,
    pub effort: Option<EcoString>,
    pub owner: Option<PersonId>,
    pub status: Option<EcoString>,
    /// The pains it addresses, by their symbols.
    pub addresses: Vec<SymbolId>,
    pub solutions: Vec<Solution>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Solution {
    pub symbol: SymbolId,
    pub name: Option<EcoString>,
    pub label: Option<EcoString>,
    pub owner: Option<PersonId>,
    pub status: Option<EcoString>,
}

/// A number or a percentage as written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measure {
    pub value: f64,
    pub percent: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KpiValue {
    pub symbol: SymbolId,
    pub kpi: Option<KpiId>,
    pub target: Option<Measure>,
    pub actual: Option<Measure>,
}

/// The service-blueprint lanes below the customer action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lane {
    Evidence,
    Frontstage,
    Backstage,
    Support,
}

impl Lane {
    pub fn as_str(self) -> &'static str {
        match self {
            Lane::Evidence => "evidence",
            Lane::Frontstage => "frontstage",
            Lane::Backstage => "backstage",
            Lane::Support => "support",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct LaneItem {
    pub symbol: SymbolId,
    pub lane: Lane,
    pub label: Option<EcoString>,
    pub team: Option<TeamId>,
}
