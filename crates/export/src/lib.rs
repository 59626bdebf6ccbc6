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
            label: workspace.label.clone(),
            lead: workspace.lead.map(|id| model.persons[id.index()].name.clone()),
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
                role: person.role.clone(),
                email: person.email.clone(),
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
                        id: value.name.clone(),
                        label: value.label.clone(),
                    })
                    .collect(),
            })
            .collect(),
        personas: model
            .personas
            .iter()
            .map(|persona| Persona {
                common: exporter.common(persona.symbol),
                goal: persona.goal.clone(),
                description: persona.description.clone(),
            })
            .collect(),
        channels: model
            .channels
            .iter()
            .map(|channel| Channel {
                common: exporter.common(channel.symbol),
                kind: channel.kind.clone(),
            })
            .collect(),
        kpis: model
            .kpis
            .iter()
            .map(|kpi| Kpi {
                common: exporter.common(kpi.symbol),
                unit: kpi.unit.clone(),
                better: kpi.better.clone(),
            })
            .collect(),
        insights: model
            .insights
            .iter()
            .map(|insight| Insight {
                common: exporter.common(insight.symbol),
                kind: insight.kind.clone(),
                source: insight.source.clone(),
                date: insight.date.map(format_date),
                url: insight.url.clone(),
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
            id: symbol_data.name.clone().unwrap_or_default(),
            label: symbol_data.label.clone(),
            doc: symbol_data.doc.clone(),
            span: self.span(symbol_data.decl),
        }
    }

    fn doc(&self, symbol: SymbolId) -> Option<String> {
        self.model.symbols[symbol.index()].doc.clone()
    }

    fn name(&self, symbol: SymbolId) -> Option<String> {
        self.model.symbols[symbol.index()].name.clone()
    }

    fn person(&self, id: journey_model::PersonId) -> String {
        self.model.persons[id.index()].name.clone()
    }

    fn committee(&self, index: usize, committee: &journey_model::Committee) -> Committee {
        let mut members = Vec::new();
        let mut member_teams = Vec::new();
        for member in &committee.members {
            match member {
                journey_model::Member::Person(id) => members.push(self.person(*id)),
                journey_model::Member::Team(id) => member_teams.push(self.model.teams[id.index()].name.clone()),
            }
        }
        let journeys = self
            .model
            .journeys
            .iter()
            .filter(|journey| journey.committee.is_some_and(|id| id.index() == index))
            .map(|journey| journey.name.clone())
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
                journey: parent.name.clone(),
                stage: stage.name.clone(),
                step: anchor.step.map(|step| stage.steps[step].name.clone()),
            }
        });
        let facets: BTreeMap<String, Vec<String>> = journey
            .facets
            .iter()
            .map(|(facet, values)| {
                let facet = &model.facets[facet.index()];
                (
                    facet.name.clone(),
                    values.iter().map(|value| facet.values[*value].name.clone()).collect(),
                )
            })
            .collect();
        Journey {
            common: self.common(journey.symbol),
            description: journey.description.clone(),
            parent,
            level: journey.level,
            declared_level: journey.declared_level,
            children: journey
                .children
                .iter()
                .map(|child| model.journeys[child.index()].name.clone())
                .collect(),
            owner: journey.owner.map(|id| self.person(id)),
            committee: journey.committee.map(|id| model.committees[id.index()].name.clone()),
            status: journey.status.clone(),
            personas: journey
                .personas
                .iter()
                .map(|id| model.personas[id.index()].name.clone())
                .collect(),
            facets,
            reviewed: journey.reviewed.map(format_date),
            review: journey.review.map(|cadence| cadence.describe()),
            next_review: journey.next_review.map(format_date),
            overdue: journey.overdue_days.is_some(),
            overdue_days: journey.overdue_days,
            future_of: journey.future_of.map(|id| model.journeys[id.index()].name.clone()),
            phases: journey
                .phases
                .iter()
                .map(|phase| Phase {
                    id: phase.name.clone(),
                    label: phase.label.clone(),
                    doc: self.doc(phase.symbol),
                    description: phase.description.clone(),
                    stages: phase
                        .stages
                        .iter()
                        .map(|stage| journey.stages[*stage].name.clone())
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
            id: stage.name.clone(),
            label: stage.label.clone(),
            doc: self.doc(stage.symbol),
            description: stage.description.clone(),
            phase: stage.phase.map(|phase| journey.phases[phase].name.clone()),
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
            id: step.name.clone(),
            label: step.label.clone(),
            doc: self.doc(step.symbol),
            description: step.description.clone(),
            emotion: step.emotion,
            touchpoints: step
                .touchpoints
                .iter()
                .map(|touchpoint| Touchpoint {
                    id: touchpoint.name.clone(),
                    label: touchpoint.label.clone(),
                    channel: touchpoint.channel.map(|id| model.channels[id.index()].name.clone()),
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
                    label: item.label.clone(),
                    team: item.team.map(|id| model.teams[id.index()].name.clone()),
                })
                .collect(),
            span: self.span(model.symbols[step.symbol.index()].decl),
        }
    }

    fn moment(&self, moment: &journey_model::Moment, is_pain: bool) -> Moment {
        Moment {
            id: moment.name.clone(),
            label: moment.label.clone(),
            severity: moment.severity.clone(),
            insights: moment
                .insights
                .iter()
                .map(|id| self.model.insights[id.index()].name.clone())
                .collect(),
            opportunities: is_pain.then(|| moment.addressed_by.iter().filter_map(|id| self.name(*id)).collect()),
            opportunity_count: is_pain.then_some(moment.addressed_by.len()),
        }
    }

    fn opportunity(&self, opportunity: &journey_model::Opportunity) -> Opportunity {
        Opportunity {
            id: opportunity.name.clone(),
            label: opportunity.label.clone(),
            impact: opportunity.impact.clone(),
            effort: opportunity.effort.clone(),
            owner: opportunity.owner.map(|id| self.person(id)),
            status: opportunity.status.clone(),
            addresses: opportunity.addresses.iter().filter_map(|id| self.name(*id)).collect(),
            solutions: opportunity
                .solutions
                .iter()
                .map(|solution| Solution {
                    id: solution.name.clone(),
                    label: solution.label.clone(),
                    owner: solution.owner.map(|id| self.person(id)),
                    status: solution.status.clone(),
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
            kpi: kpi.kpi.map(|id| self.model.kpis[id.index()].name.clone()),
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
