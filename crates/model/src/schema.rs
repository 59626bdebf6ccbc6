//! Which declarations and properties exist, where they may stand and what
//! their values look like. The checker validates the generic syntax tree
//! against these tables, and editor completion reads them.

/// Every kind of declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeclKind {
    Workspace,
    Person,
    Team,
    Committee,
    Facet,
    FacetValue,
    Persona,
    Channel,
    Kpi,
    Insight,
    Journey,
    Phase,
    Stage,
    Step,
    Touchpoint,
    Pain,
    Gain,
    Opportunity,
    Solution,
    KpiValue,
    Evidence,
    Frontstage,
    Backstage,
    Support,
}

/// Whether a declaration takes a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameRule {
    Required,
    Optional,
    None,
}

/// The expected shape of a property value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueType {
    /// `@person`.
    Person,
    /// `[@person, …]`.
    Persons,
    /// `[@person or team, …]`.
    Members,
    /// A top-level name of the given kind.
    Ref(DeclKind),
    /// A name of the given kind, or a list of them.
    Refs(DeclKind),
    /// A path to a stage or step of another journey.
    StagePath,
    String,
    Number,
    /// A number or a percentage.
    Measure,
    Date,
    Cadence,
    /// One of a fixed set of words.
    Keyword(&'static [&'static str]),
    /// Names of local pains, one or a list.
    Pains,
}

#[derive(Debug, Clone, Copy)]
pub struct PropertySchema {
    pub key: &'static str,
    pub value: ValueType,
}

#[derive(Debug)]
pub struct DeclSchema {
    pub kind: DeclKind,
    pub keyword: &'static str,
    pub name: NameRule,
    pub properties: &'static [PropertySchema],
    pub children: &'static [DeclKind],
}

pub const STATUSES: &[&str] = &["planned", "draft", "mapped", "validated", "archived"];
pub const SEVERITIES: &[&str] = &["low", "medium", "high", "critical"];
pub const LEVELS: &[&str] = &["low", "medium", "high"];
pub const OPPORTUNITY_STATUSES: &[&str] = &["idea", "planned", "in_progress", "done", "dropped"];
pub const CHANNEL_KINDS: &[&str] = &["digital", "physical", "human"];
pub const DIRECTIONS: &[&str] = &["higher", "lower"];
pub const INSIGHT_KINDS: &[&str] = &["qualitative", "quantitative"];
pub const CADENCES: &[&str] = &["weekly", "monthly", "quarterly", "yearly"];
pub const CADENCE_UNITS: &[&str] = &["days", "weeks", "months"];

const fn prop(key: &'static str, value: ValueType) -> PropertySchema {
    PropertySchema { key, value }
}

use DeclKind as K;
use ValueType as V;

const MOMENT_PROPERTIES: &[PropertySchema] = &[
    prop("severity", V::Keyword(SEVERITIES)),
    prop("insight", V::Refs(K::Insight)),
];
const LANE_PROPERTIES: &[PropertySchema] = &[prop("team", V::Ref(K::Team))];

/// The schema of every declaration kind.
pub const SCHEMAS: &[DeclSchema] = &[
    DeclSchema {
        kind: K::Workspace,
        keyword: "workspace",
        name: NameRule::None,
        properties: &[prop("lead", V::Person), prop("review", V::Cadence)],
        children: &[],
    },
    DeclSchema {
        kind: K::Person,
        keyword: "person",
        name: NameRule::Required,
        properties: &[prop("role", V::String), prop("email", V::String)],
        children: &[],
    },
    DeclSchema {
        kind: K::Team,
        keyword: "team",
        name: NameRule::Required,
        properties: &[prop("lead", V::Person), prop("members", V::Persons)],
        children: &[],
    },
    DeclSchema {
        kind: K::Committee,
        keyword: "committee",
        name: NameRule::Required,
        properties: &[
            prop("owner", V::Person),
            prop("members", V::Members),
            prop("meets", V::Cadence),
        ],
        children: &[],
    },
    DeclSchema {
        kind: K::Facet,
        keyword: "facet",
        name: NameRule::Required,
        properties: &[],
        children: &[K::FacetValue],
    },
    DeclSchema {
        kind: K::FacetValue,
        keyword: "value",
        name: NameRule::Required,
        properties: &[],
        children: &[],
    },
    DeclSchema {
        kind: K::Persona,
        keyword: "persona",
        name: NameRule::Required,
        properties: &[prop("goal", V::String), prop("description", V::String)],
        children: &[],
    },
    DeclSchema {
        kind: K::Channel,
        keyword: "channel",
        name: NameRule::Required,
        properties: &[prop("kind", V::Keyword(CHANNEL_KINDS))],
        children: &[],
    },
    DeclSchema {
        kind: K::Kpi,
        keyword: "kpi",
        name: NameRule::Required,
        properties: &[prop("unit", V::String), prop("better", V::Keyword(DIRECTIONS))],
        children: &[],
    },
    DeclSchema {
        kind: K::Insight,
        keyword: "insight",
        name: NameRule::Required,
        properties: &[
            prop("kind", V::Keyword(INSIGHT_KINDS)),
            prop("source", V::String),
            prop("date", V::Date),
            prop("url", V::String),
        ],
        children: &[],
    },
    DeclSchema {
        kind: K::Journey,
        keyword: "journey",
        name: NameRule::Required,
        properties: &[
            prop("parent", V::StagePath),
            prop("level", V::Number),
            prop("owner", V::Person),
            prop("committee", V::Ref(K::Committee)),
            prop("status", V::Keyword(STATUSES)),
            prop("persona", V::Refs(K::Persona)),
            prop("reviewed", V::Date),
            prop("review", V::Cadence),
            prop("future_of", V::Ref(K::Journey)),
            prop("description", V::String),
        ],
        children: &[K::Phase, K::Stage, K::KpiValue],
    },
    DeclSchema {
        kind: K::Phase,
        keyword: "phase",
        name: NameRule::Required,
        properties: &[prop("description", V::String)],
        children: &[K::Stage],
    },
    DeclSchema {
        kind: K::Stage,
        keyword: "stage",
        name: NameRule::Required,
        properties: &[prop("description", V::String)],
        children: &[K::Step, K::Pain, K::Gain, K::Opportunity, K::KpiValue],
    },
    DeclSchema {
        kind: K::Step,
        keyword: "step",
        name: NameRule::Required,
        properties: &[prop("description", V::String), prop("emotion", V::Number)],
        children: &[
            K::Touchpoint,
            K::Pain,
            K::Gain,
            K::Opportunity,
            K::KpiValue,
            K::Evidence,
            K::Frontstage,
            K::Backstage,
            K::Support,
        ],
    },
    DeclSchema {
        kind: K::Touchpoint,
        keyword: "touchpoint",
        name: NameRule::Optional,
        properties: &[prop("channel", V::Ref(K::Channel))],
        children: &[],
    },
    DeclSchema {
        kind: K::Pain,
        keyword: "pain",
        name: NameRule::Optional,
        properties: MOMENT_PROPERTIES,
        children: &[],
    },
    DeclSchema {
        kind: K::Gain,
        keyword: "gain",
        name: NameRule::Optional,
        properties: MOMENT_PROPERTIES,
        children: &[],
    },
    DeclSchema {
        kind: K::Opportunity,
        keyword: "opportunity",
        name: NameRule::Optional,
        properties: &[
            prop("impact", V::Keyword(LEVELS)),
            prop("effort", V::Keyword(LEVELS)),
            prop("owner", V::Person),
            prop("status", V::Keyword(OPPORTUNITY_STATUSES)),
            prop("for", V::Pains),
        ],
        children: &[K::Solution],
    },
    DeclSchema {
        kind: K::Solution,
        keyword: "solution",
        name: NameRule::Optional,
        properties: &[
            prop("owner", V::Person),
            prop("status", V::Keyword(OPPORTUNITY_STATUSES)),
        ],
        children: &[],
    },
    DeclSchema {
        kind: K::KpiValue,
        keyword: "kpi",
        name: NameRule::Required,
        properties: &[prop("target", V::Measure), prop("actual", V::Measure)],
        children: &[],
    },
    DeclSchema {
        kind: K::Evidence,
        keyword: "evidence",
        name: NameRule::None,
        properties: &[],
        children: &[],
    },
    DeclSchema {
        kind: K::Frontstage,
        keyword: "frontstage",
        name: NameRule::None,
        properties: LANE_PROPERTIES,
        children: &[],
    },
    DeclSchema {
        kind: K::Backstage,
        keyword: "backstage",
        name: NameRule::None,
        properties: LANE_PROPERTIES,
        children: &[],
    },
    DeclSchema {
        kind: K::Support,
        keyword: "support",
        name: NameRule::None,
        properties: LANE_PROPERTIES,
        children: &[],
    },
];

/// The declarations allowed at the top of a file.
pub const TOP_LEVEL: &[DeclKind] = &[
    K::Workspace,
    K::Person,
    K::Team,
    K::Committee,
    K::Facet,
    K::Persona,
    K::Channel,
    K::Kpi,
    K::Insight,
    K::Journey,
];

impl DeclKind {
    pub fn schema(self) -> &'static DeclSchema {
        SCHEMAS
            .iter()
            .find(|schema| schema.kind == self)
            .expect("every kind has a schema")
    }

    pub fn keyword(self) -> &'static str {
        self.schema().keyword
    }

    /// A stable lowercase name used in messages (through the catalogue) and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            K::Workspace => "workspace",
            K::Person => "person",
            K::Team => "team",
            K::Committee => "committee",
            K::Facet => "facet",
            K::FacetValue => "facet_value",
            K::Persona => "persona",
            K::Channel => "channel",
            K::Kpi => "kpi",
            K::Insight => "insight",
            K::Journey => "journey",
            K::Phase => "phase",
            K::Stage => "stage",
            K::Step => "step",
            K::Touchpoint => "touchpoint",
            K::Pain => "pain",
            K::Gain => "gain",
            K::Opportunity => "opportunity",
            K::Solution => "solution",
            K::KpiValue => "kpi_value",
            K::Evidence => "evidence",
            K::Frontstage => "frontstage",
            K::Backstage => "backstage",
            K::Support => "support",
        }
    }

    /// The kinds that may be declared directly inside this one.
    pub fn children(self) -> &'static [DeclKind] {
        self.schema().children
    }

    /// Finds the kind a keyword declares inside a parent (`None`: top level).
    pub fn from_keyword(keyword: &str, parent: Option<DeclKind>) -> Option<DeclKind> {
        let allowed = parent.map_or(TOP_LEVEL, DeclKind::children);
        allowed.iter().copied().find(|kind| kind.keyword() == keyword)
    }

    pub fn property(self, key: &str) -> Option<&'static PropertySchema> {
        self.schema().properties.iter().find(|property| property.key == key)
    }

    /// Whether this kind's names live in the workspace-wide namespace.
    pub fn is_global(self) -> bool {
        TOP_LEVEL.contains(&self) && self != K::Workspace
    }
}
