//! The JSON export (`model.json`) and its JSON Schema.
//!
//! [`export`] converts the checked model into the versioned types of
//! [`types`]; [`to_json`] writes them deterministically (same input, same
//! bytes: every collection is a `Vec` in source order or a `BTreeMap`).
//! [`schema`] generates the JSON Schema from the same types.

pub mod types;

use std::collections::BTreeMap;

use journey_diagnostics::{FileSpan, Severity};
use journey_model::date::format_date;
use journey_model::{Analysis, Model, SymbolId};
use journey_workspace::SourceMap;

use types::*;

/// The version of the export format.
pub const SCHEMA_VERSION: &str = "1.0";

/// What to include in the export.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Adds the source position of each declaration.
    pub spans: bool,
}

struct Exporter<'a> {
    model: &'a Model,
    sources: &'a SourceMap,
    options: Options,
}

/// Converts an analysis into the export types.
pub fn export(analysis: &Analysis, sources: &SourceMap, options: Options) -> Export {
    let model = &analysis.model;
    let exporter = Exporter {
        model,
        sources,
        options,
    };
    let count = |severity| analysis.diagnostics.iter().filter(|d| d.severity == severity).count();
    Export {
        schema_version: SCHEMA_VERSION.to_owned(),
        workspace: model.workspace.as_ref().map(|workspace| Workspace {
            label: workspace.label.as_deref().map(str::to_owned),
            lead: workspace.lead.map(|id| model.persons[id.index()].name.to_string()),
            review: workspace.review.map(|cadence| cadence.describe()),
        }),
        today: Today {
            date: format_date(analysis.today.date),
            source: analysis.today.source.as_str().to_owned(),
        },
        settings: SettingsExport {
            emotion_min: model.emotion_scale.0,
            emotion_max: model.emotion_scale.1,
            max_depth: model.max_depth,
        },
        persons: model
            .persons
            .iter()
            .map(|person| Person {
                common: exporter.common(person.symbol),
                role: person.role.as_deref().map(str::to_owned),
                email: person.email.as_deref().map(str::to_owned),
            })
            .collect(),
        teams: model
            .teams
            .iter()
            .map(|team| Team {
                common: exporter.common(team.symbol),
                lead: team.lead.map(|id| exporter.person(id)),
                members: team.members.iter().map(|id| exporter.person(*id)).collect(),
            })
            .collect(),
        committees: model
            .committees
            .iter()
            .enumerate()
            .map(|(index, committee)| exporter.committee(index, committee))
            .collect(),
        facets: model
            .facets
            .iter()
            .map(|facet| Facet {
                common: exporter.common(facet.symbol),
                values: facet
                    .values
                    .iter()
                    .map(|value| FacetValue {
                        id: value.name.to_string(),
                        label: value.label.as_deref().map(str::to_owned),
                    })
                    .collect(),
            })
            .collect(),
        personas: model
            .personas
            .iter()
            .map(|persona| Persona {
                common: exporter.common(persona.symbol),
                goal: persona.goal.as_deref().map(str::to_owned),
                description: persona.description.as_deref().map(str::to_owned),
            })
            .collect(),
        channels: model
            .channels
            .iter()
            .map(|channel| Channel {
                common: exporter.common(channel.symbol),
                kind: channel.kind.as_deref().map(str::to_owned),
            })
            .collect(),
        kpis: model
            .kpis
            .iter()
            .map(|kpi| Kpi {
                common: exporter.common(kpi.symbol),
                unit: kpi.unit.as_deref().map(str::to_owned),
                better: kpi.better.as_deref().map(str::to_owned),
            })
            .collect(),
        insights: model
            .insights
            .iter()
            .map(|insight| Insight {
                common: exporter.common(insight.symbol),
                kind: insight.kind.as_deref().map(str::to_owned),
                source: insight.source.as_deref().map(str::to_owned),
                date: insight.date.map(format_date),
                url: insight.url.as_deref().map(str::to_owned),
            })
            .collect(),
        journeys: model.journeys.iter().map(|journey| exporter.journey(journey)).collect(),
        diagnostics: DiagnosticCounts {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
        },
    }
}

/// Serialises an export as pretty JSON with a final newline.
pub fn to_json(export: &Export) -> String {
    let mut json = serde_json::to_string_pretty(export).expect("export types always serialise");
    json.push('\n');
    json
}

/// The JSON Schema of the export, as pretty JSON with a final newline.
pub fn schema() -> String {
    let schema = schemars::schema_for!(Export);
    let mut json = serde_json::to_string_pretty(&schema).expect("schemas always serialise");
    json.push('\n');
    json
}

impl Exporter<'_> {
    fn span(&self, at: FileSpan) -> Option<SourceSpan> {
        if !self.options.spans {
            return None;
        }
        let start = self.sources.line_column(at.file, at.span.start);
        let end = self.sources.line_column(at.file, at.span.end);
        Some(SourceSpan {
            file: self.sources.path(at.file).to_owned(),
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
        })
    }

    fn common(&self, symbol: SymbolId) -> Common {
        let symbol_data = &self.model.symbols[symbol.index()];
        Common {
            id: symbol_data.name.as_deref().unwrap_or_default().to_owned(),
            label: symbol_data.label.as_deref().map(str::to_owned),
            doc: symbol_data.doc.as_deref().map(str::to_owned),
            span: self.span(symbol_data.decl),
        }
    }

    fn doc(&self, symbol: SymbolId) -> Option<String> {
        self.model.symbols[symbol.index()].doc.as_deref().map(str::to_owned)
    }

    fn name(&self, symbol: SymbolId) -> Option<String> {
        self.model.symbols[symbol.index()].name.as_deref().map(str::to_owned)
    }

    fn person(&self, id: journey_model::PersonId) -> String {
        self.model.persons[id.index()].name.to_string()
    }

    fn committee(&self, index: usize, committee: &journey_model::Committee) -> Committee {
        let mut members = Vec::new();
        let mut member_teams = Vec::new();
        for member in &committee.members {
            match member {
                journey_model::Member::Person(id) => members.push(self.person(*id)),
                journey_model::Member::Team(id) => member_teams.push(self.model.teams[id.index()].name.to_string()),
            }
        }
        let journeys = self
            .model
            .journeys
            .iter()
            .filter(|journey| journey.committee.is_some_and(|id| id.index() == index))
            .map(|journey| journey.name.to_string())
            .collect();
        Committee {
            common: self.common(committee.symbol),
            owner: committee.owner.map(|id| self.person(id)),
            members,
            member_teams,
            meets: committee.meets.map(|cadence| cadence.describe()),
            journeys,
        }
    }

    fn journey(&self, journey: &journey_model::Journey) -> Journey {
        let model = self.model;
        let parent = journey.parent.map(|anchor| {
            let parent = &model.journeys[anchor.journey.index()];
            let stage = &parent.stages[anchor.stage];
            Parent {
                journey: parent.name.to_string(),
                stage: stage.name.to_string(),
                step: anchor.step.map(|step| stage.steps[step].name.to_string()),
            }
        });
        let facets: BTreeMap<String, Vec<String>> = journey
            .facets
            .iter()
            .map(|(facet, values)| {
                let facet = &model.facets[facet.index()];
                (
                    facet.name.to_string(),
                    values
                        .iter()
                        .map(|value| facet.values[*value].name.to_string())
                        .collect(),
                )
            })
            .collect();
        Journey {
            common: self.common(journey.symbol),
            description: journey.description.as_deref().map(str::to_owned),
            parent,
            level: journey.level,
            declared_level: journey.declared_level,
            children: journey
                .children
                .iter()
                .map(|child| model.journeys[child.index()].name.to_string())
                .collect(),
            owner: journey.owner.map(|id| self.person(id)),
            committee: journey
                .committee
                .map(|id| model.committees[id.index()].name.to_string()),
            status: journey.status.as_deref().map(str::to_owned),
            personas: journey
                .personas
                .iter()
                .map(|id| model.personas[id.index()].name.to_string())
                .collect(),
            facets,
            reviewed: journey.reviewed.map(format_date),
            review: journey.review.map(|cadence| cadence.describe()),
            next_review: journey.next_review.map(format_date),
            overdue: journey.overdue_days.is_some(),
            overdue_days: journey.overdue_days,
            future_of: journey.future_of.map(|id| model.journeys[id.index()].name.to_string()),
            phases: journey
                .phases
                .iter()
                .map(|phase| Phase {
                    id: phase.name.to_string(),
                    label: phase.label.as_deref().map(str::to_owned),
                    doc: self.doc(phase.symbol),
                    description: phase.description.as_deref().map(str::to_owned),
                    stages: phase
                        .stages
                        .iter()
                        .map(|stage| journey.stages[*stage].name.to_string())
                        .collect(),
                })
                .collect(),
            stages: journey.stages.iter().map(|stage| self.stage(journey, stage)).collect(),
            kpis: journey.kpis.iter().map(|kpi| self.kpi_value(kpi)).collect(),
            emotion_average: journey.emotion_average,
        }
    }

    fn stage(&self, journey: &journey_model::Journey, stage: &journey_model::Stage) -> Stage {
        Stage {
            id: stage.name.to_string(),
            label: stage.label.as_deref().map(str::to_owned),
            doc: self.doc(stage.symbol),
            description: stage.description.as_deref().map(str::to_owned),
            phase: stage.phase.map(|phase| journey.phases[phase].name.to_string()),
            steps: stage.steps.iter().map(|step| self.step(step)).collect(),
            pains: stage.pains.iter().map(|pain| self.moment(pain, true)).collect(),
            gains: stage.gains.iter().map(|gain| self.moment(gain, false)).collect(),
            opportunities: stage
                .opportunities
                .iter()
                .map(|opportunity| self.opportunity(opportunity))
                .collect(),
            kpis: stage.kpis.iter().map(|kpi| self.kpi_value(kpi)).collect(),
            emotion_average: stage.emotion_average,
            span: self.span(self.model.symbols[stage.symbol.index()].decl),
        }
    }

    fn step(&self, step: &journey_model::Step) -> Step {
        let model = self.model;
        Step {
            id: step.name.to_string(),
            label: step.label.as_deref().map(str::to_owned),
            doc: self.doc(step.symbol),
            description: step.description.as_deref().map(str::to_owned),
            emotion: step.emotion,
            touchpoints: step
                .touchpoints
                .iter()
                .map(|touchpoint| Touchpoint {
                    id: touchpoint.name.as_deref().map(str::to_owned),
                    label: touchpoint.label.as_deref().map(str::to_owned),
                    channel: touchpoint.channel.map(|id| model.channels[id.index()].name.to_string()),
                })
                .collect(),
            pains: step.pains.iter().map(|pain| self.moment(pain, true)).collect(),
            gains: step.gains.iter().map(|gain| self.moment(gain, false)).collect(),
            opportunities: step
                .opportunities
                .iter()
                .map(|opportunity| self.opportunity(opportunity))
                .collect(),
            kpis: step.kpis.iter().map(|kpi| self.kpi_value(kpi)).collect(),
            blueprint: step
                .lanes
                .iter()
                .map(|item| LaneItem {
                    lane: item.lane.as_str().to_owned(),
                    label: item.label.as_deref().map(str::to_owned),
                    team: item.team.map(|id| model.teams[id.index()].name.to_string()),
                })
                .collect(),
            span: self.span(model.symbols[step.symbol.index()].decl),
        }
    }

    fn moment(&self, moment: &journey_model::Moment, is_pain: bool) -> Moment {
        Moment {
            id: moment.name.as_deref().map(str::to_owned),
            label: moment.label.as_deref().map(str::to_owned),
            severity: moment.severity.as_deref().map(str::to_owned),
            insights: moment
                .insights
                .iter()
                .map(|id| self.model.insights[id.index()].name.to_string())
                .collect(),
            opportunities: is_pain.then(|| moment.addressed_by.iter().filter_map(|id| self.name(*id)).collect()),
            opportunity_count: is_pain.then_some(moment.addressed_by.len()),
        }
    }

    fn opportunity(&self, opportunity: &journey_model::Opportunity) -> Opportunity {
        Opportunity {
            id: opportunity.name.as_deref().map(str::to_owned),
            label: opportunity.label.as_deref().map(str::to_owned),
            impact: opportunity.impact.as_deref().map(str::to_owned),
            effort: opportunity.effort.as_deref().map(str::to_owned),
            owner: opportunity.owner.map(|id| self.person(id)),
            status: opportunity.status.as_deref().map(str::to_owned),
            addresses: opportunity.addresses.iter().filter_map(|id| self.name(*id)).collect(),
            solutions: opportunity
                .solutions
                .iter()
                .map(|solution| Solution {
                    id: solution.name.as_deref().map(str::to_owned),
                    label: solution.label.as_deref().map(str::to_owned),
                    owner: solution.owner.map(|id| self.person(id)),
                    status: solution.status.as_deref().map(str::to_owned),
                })
                .collect(),
        }
    }

    fn kpi_value(&self, kpi: &journey_model::KpiValue) -> KpiValue {
        let gap = match (kpi.target, kpi.actual) {
            (Some(target), Some(actual)) => Some(((actual.value - target.value) * 100.0).round() / 100.0),
            _ => None,
        };
        KpiValue {
            kpi: kpi.kpi.map(|id| self.model.kpis[id.index()].name.to_string()),
            target: kpi.target.map(|measure| Measure {
                value: measure.value,
                percent: measure.percent,
            }),
            actual: kpi.actual.map(|measure| Measure {
                value: measure.value,
                percent: measure.percent,
            }),
            gap,
        }
    }
}
