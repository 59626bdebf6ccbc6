//! Pass two: building the typed model from each declaration's properties.

use ecow::EcoString;
use rustc_hash::FxHashMap as HashMap;

use journey_diagnostics::{FileId, FileSpan};
use journey_syntax::Parse;
use journey_syntax::ast::Decl;

use crate::ir::*;
use crate::lower::Lowerer;
use crate::resolve::Resolved;
use crate::schema::DeclKind;

type Properties<'d> = HashMap<&'d str, (Resolved, FileSpan)>;

fn string(properties: &Properties<'_>, key: &str) -> Option<EcoString> {
    match properties.get(key) {
        Some((Resolved::String(text), _)) => Some(text.clone()),
        _ => None,
    }
}

fn keyword(properties: &Properties<'_>, key: &str) -> Option<EcoString> {
    match properties.get(key) {
        Some((Resolved::Keyword(word), _)) => Some(word.clone()),
        _ => None,
    }
}

fn symbol(properties: &Properties<'_>, key: &str) -> Option<SymbolId> {
    match properties.get(key) {
        Some((Resolved::Symbol(id), _)) => Some(*id),
        _ => None,
    }
}

fn symbols(properties: &Properties<'_>, key: &str) -> Vec<SymbolId> {
    match properties.get(key) {
        Some((Resolved::Symbols(ids), _)) => ids.clone(),
        Some((Resolved::Symbol(id), _)) => vec![*id],
        _ => Vec::new(),
    }
}

fn number(properties: &Properties<'_>, key: &str) -> Option<f64> {
    match properties.get(key) {
        Some((Resolved::Number(number), _)) => Some(*number),
        _ => None,
    }
}

fn measure(properties: &Properties<'_>, key: &str) -> Option<Measure> {
    match properties.get(key) {
        Some((Resolved::Measure(measure), _)) => Some(*measure),
        _ => None,
    }
}

fn date(properties: &Properties<'_>, key: &str) -> Option<time::Date> {
    match properties.get(key) {
        Some((Resolved::Date(date), _)) => Some(*date),
        _ => None,
    }
}

fn cadence(properties: &Properties<'_>, key: &str) -> Option<crate::date::Cadence> {
    match properties.get(key) {
        Some((Resolved::Cadence(cadence), _)) => Some(*cadence),
        _ => None,
    }
}

fn label_of(decl: &Decl) -> Option<EcoString> {
    decl.label.as_ref().map(|label| crate::limits::cut_label(&label.value))
}

fn name_of(decl: &Decl) -> Option<EcoString> {
    decl.name.as_ref().map(|name| name.text.clone())
}

impl Lowerer {
    /// Builds every top-level declaration of one file. Files come in the
    /// order pass one declared them, which numbered each kind's entries.
    pub fn build_file(&mut self, file: FileId, parse: &Parse) {
        for decl in &parse.file.items {
            let Some(kind) = DeclKind::from_keyword(&decl.keyword.text, None) else {
                continue;
            };
            let Some(id) = self.symbol_of(file, decl) else {
                continue;
            };
            self.build_top(file, decl, kind, id);
        }
    }

    /// Ends pass two, once every file is built.
    pub fn finish_build(&mut self) {
        self.link_pains_to_opportunities();
        // Pass two records no more references.
        self.model.references.shrink_to_fit();
    }

    fn build_top(&mut self, file: FileId, decl: &Decl, kind: DeclKind, id: SymbolId) {
        let properties = if kind == DeclKind::Journey {
            HashMap::default()
        } else {
            self.read_properties(file, decl, kind, None)
        };
        let name = name_of(decl).unwrap_or_default();
        let label = label_of(decl);
        match kind {
            DeclKind::Workspace => match &self.model.workspace {
                Some(first) => {
                    let first = self.symbol(first.symbol).decl;
                    self.duplicate_workspace(file, decl, first);
                }
                None => {
                    let lead = symbol(&properties, "lead").map(|id| self.person_id(id));
                    let review = cadence(&properties, "review");
                    self.model.workspace = Some(WorkspaceInfo {
                        symbol: id,
                        label,
                        lead,
                        review,
                    });
                }
            },
            DeclKind::Person => self.model.persons.push(Person {
                symbol: id,
                name,
                label,
                role: string(&properties, "role"),
                email: string(&properties, "email"),
            }),
            DeclKind::Team => {
                let lead = symbol(&properties, "lead").map(|id| self.person_id(id));
                let members = symbols(&properties, "members")
                    .into_iter()
                    .map(|id| self.person_id(id))
                    .collect();
                self.model.teams.push(Team {
                    symbol: id,
                    name,
                    label,
                    lead,
                    members,
                });
            }
            DeclKind::Committee => {
                let owner = symbol(&properties, "owner").map(|id| self.person_id(id));
                let members = match properties.get("members") {
                    Some((Resolved::Members(members), _)) => members.clone(),
                    _ => Vec::new(),
                };
                let meets = cadence(&properties, "meets");
                self.model.committees.push(Committee {
                    symbol: id,
                    name,
                    label,
                    owner,
                    members,
                    meets,
                });
            }
            DeclKind::Facet => {
                let values = decl
                    .children()
                    .filter_map(|child| {
                        let value_id = self.symbol_of(file, child)?;
                        self.read_properties(file, child, DeclKind::FacetValue, None);
                        Some(FacetValue {
                            symbol: value_id,
                            name: name_of(child).unwrap_or_default(),
                            label: label_of(child),
                        })
                    })
                    .collect();
                self.model.facets.push(Facet {
                    symbol: id,
                    name,
                    label,
                    values,
                });
            }
            DeclKind::Persona => self.model.personas.push(Persona {
                symbol: id,
                name,
                label,
                goal: string(&properties, "goal"),
                description: string(&properties, "description"),
            }),
            DeclKind::Channel => self.model.channels.push(Channel {
                symbol: id,
                name,
                label,
                kind: keyword(&properties, "kind"),
            }),
            DeclKind::Kpi => self.model.kpis.push(Kpi {
                symbol: id,
                name,
                label,
                unit: string(&properties, "unit"),
                better: keyword(&properties, "better"),
            }),
            DeclKind::Insight => self.model.insights.push(Insight {
                symbol: id,
                name,
                label,
                kind: keyword(&properties, "kind"),
                source: string(&properties, "source"),
                date: date(&properties, "date"),
                url: string(&properties, "url"),
            }),
            DeclKind::Journey => {
                let journey = self.build_journey(file, decl, id);
                self.model.journeys.push(journey);
            }
            _ => {}
        }
    }

    fn build_journey(&mut self, file: FileId, decl: &Decl, id: SymbolId) -> Journey {
        let index = self.typed(id);
        if decl.property("parent").is_some() {
            self.declared_parent.insert(id);
        }
        let properties = self.read_properties(file, decl, DeclKind::Journey, Some(index));
        let parent = match properties.get("parent") {
            Some((Resolved::Anchor(anchor), _)) => Some(*anchor),
            _ => None,
        };
        let facets = properties
            .values()
            .filter_map(|(value, _)| match value {
                Resolved::Facet(facet, values) => Some((FacetId(self.typed(*facet) as u32), values.clone())),
                _ => None,
            })
            .collect::<std::collections::BTreeMap<_, _>>()
            .into_iter()
            .collect();
        let mut journey = Journey {
            symbol: id,
            name: name_of(decl).unwrap_or_default(),
            label: label_of(decl),
            description: string(&properties, "description"),
            parent,
            declared_level: number(&properties, "level")
                .filter(|level| *level >= 0.0)
                .map(|level| level as u32),
            level: None,
            children: Vec::new(),
            owner: symbol(&properties, "owner").map(|id| self.person_id(id)),
            committee: symbol(&properties, "committee").map(|id| CommitteeId(self.typed(id) as u32)),
            status: keyword(&properties, "status"),
            personas: symbols(&properties, "persona")
                .into_iter()
                .map(|id| PersonaId(self.typed(id) as u32))
                .collect(),
            facets,
            reviewed: date(&properties, "reviewed"),
            review: cadence(&properties, "review"),
            next_review: None,
            overdue_days: None,
            future_of: symbol(&properties, "future_of").map(|id| JourneyId(self.typed(id) as u32)),
            phases: Vec::new(),
            stages: Vec::new(),
            kpis: Vec::new(),
            emotion_average: None,
        };
        for child in decl.children() {
            let Some(child_id) = self.symbol_of(file, child) else {
                continue;
            };
            match self.symbol(child_id).kind {
                DeclKind::Phase => {
                    let phase_properties = self.read_properties(file, child, DeclKind::Phase, Some(index));
                    let phase_index = journey.phases.len();
                    let mut stages = Vec::new();
                    for stage in child.children() {
                        let Some(stage_id) = self.symbol_of(file, stage) else {
                            continue;
                        };
                        stages.push(journey.stages.len());
                        let built = self.build_stage(file, stage, stage_id, index, Some(phase_index));
                        journey.stages.push(built);
                    }
                    journey.phases.push(Phase {
                        symbol: child_id,
                        name: name_of(child).unwrap_or_default(),
                        label: label_of(child),
                        description: string(&phase_properties, "description"),
                        stages,
                    });
                }
                DeclKind::Stage => {
                    let built = self.build_stage(file, child, child_id, index, None);
                    journey.stages.push(built);
                }
                DeclKind::KpiValue => journey.kpis.push(self.build_kpi_value(file, child, child_id, index)),
                _ => {}
            }
        }
        // The model lives until the command ends, so each vector gives back
        // the room that growing one push at a time left: about a third of
        // the typed model, as most hold one to three items.
        journey.phases.shrink_to_fit();
        journey.stages.shrink_to_fit();
        journey.kpis.shrink_to_fit();
        journey
    }

    fn build_stage(&mut self, file: FileId, decl: &Decl, id: SymbolId, journey: usize, phase: Option<usize>) -> Stage {
        let properties = self.read_properties(file, decl, DeclKind::Stage, Some(journey));
        let mut stage = Stage {
            symbol: id,
            name: name_of(decl).unwrap_or_default(),
            label: label_of(decl),
            description: string(&properties, "description"),
            phase,
            steps: Vec::new(),
            pains: Vec::new(),
            gains: Vec::new(),
            opportunities: Vec::new(),
            kpis: Vec::new(),
            emotion_average: None,
        };
        let mut implicit = Vec::new();
        for child in decl.children() {
            let Some(child_id) = self.symbol_of(file, child) else {
                continue;
            };
            match self.symbol(child_id).kind {
                DeclKind::Step => stage.steps.push(self.build_step(file, child, child_id, journey)),
                DeclKind::Pain => stage
                    .pains
                    .push(self.build_moment(file, child, child_id, DeclKind::Pain)),
                DeclKind::Gain => stage
                    .gains
                    .push(self.build_moment(file, child, child_id, DeclKind::Gain)),
                DeclKind::Opportunity => {
                    let (opportunity, explicit) = self.build_opportunity(file, child, child_id, journey);
                    if !explicit {
                        implicit.push(stage.opportunities.len());
                    }
                    stage.opportunities.push(opportunity);
                }
                DeclKind::KpiValue => stage.kpis.push(self.build_kpi_value(file, child, child_id, journey)),
                _ => {}
            }
        }
        let pains: Vec<SymbolId> = stage.pains.iter().map(|pain| pain.symbol).collect();
        for index in implicit {
            stage.opportunities[index].addresses = pains.clone();
        }
        stage.steps.shrink_to_fit();
        stage.pains.shrink_to_fit();
        stage.gains.shrink_to_fit();
        stage.opportunities.shrink_to_fit();
        stage.kpis.shrink_to_fit();
        stage
    }

    fn build_step(&mut self, file: FileId, decl: &Decl, id: SymbolId, journey: usize) -> Step {
        let properties = self.read_properties(file, decl, DeclKind::Step, Some(journey));
        let mut step = Step {
            symbol: id,
            name: name_of(decl).unwrap_or_default(),
            label: label_of(decl),
            description: string(&properties, "description"),
            emotion: number(&properties, "emotion"),
            touchpoints: Vec::new(),
            pains: Vec::new(),
            gains: Vec::new(),
            opportunities: Vec::new(),
            kpis: Vec::new(),
            lanes: Vec::new(),
        };
        let mut implicit = Vec::new();
        for child in decl.children() {
            let Some(child_id) = self.symbol_of(file, child) else {
                continue;
            };
            let kind = self.symbol(child_id).kind;
            match kind {
                DeclKind::Touchpoint => {
                    let properties = self.read_properties(file, child, kind, Some(journey));
                    let channel = symbol(&properties, "channel").map(|id| ChannelId(self.typed(id) as u32));
                    step.touchpoints.push(Touchpoint {
                        symbol: child_id,
                        name: name_of(child),
                        label: label_of(child),
                        channel,
                    });
                }
                DeclKind::Pain | DeclKind::Gain => {
                    let moment = self.build_moment(file, child, child_id, kind);
                    if kind == DeclKind::Pain {
                        step.pains.push(moment)
                    } else {
                        step.gains.push(moment)
                    }
                }
                DeclKind::Opportunity => {
                    let (opportunity, explicit) = self.build_opportunity(file, child, child_id, journey);
                    if !explicit {
                        implicit.push(step.opportunities.len());
                    }
                    step.opportunities.push(opportunity);
                }
                DeclKind::KpiValue => step.kpis.push(self.build_kpi_value(file, child, child_id, journey)),
                DeclKind::Evidence | DeclKind::Frontstage | DeclKind::Backstage | DeclKind::Support => {
                    let properties = self.read_properties(file, child, kind, Some(journey));
                    let lane = match kind {
                        DeclKind::Evidence => Lane::Evidence,
                        DeclKind::Frontstage => Lane::Frontstage,
                        DeclKind::Backstage => Lane::Backstage,
                        _ => Lane::Support,
                    };
                    let team = symbol(&properties, "team").map(|id| TeamId(self.typed(id) as u32));
                    step.lanes.push(LaneItem {
                        symbol: child_id,
                        lane,
                        label: label_of(child),
                        team,
                    });
                }
                _ => {}
            }
        }
        let pains: Vec<SymbolId> = step.pains.iter().map(|pain| pain.symbol).collect();
        for index in implicit {
            step.opportunities[index].addresses = pains.clone();
        }
        step.touchpoints.shrink_to_fit();
        step.pains.shrink_to_fit();
        step.gains.shrink_to_fit();
        step.opportunities.shrink_to_fit();
        step.kpis.shrink_to_fit();
        step.lanes.shrink_to_fit();
        step
    }

    fn build_moment(&mut self, file: FileId, decl: &Decl, id: SymbolId, kind: DeclKind) -> Moment {
        let properties = self.read_properties(file, decl, kind, None);
        Moment {
            symbol: id,
            name: name_of(decl),
            label: label_of(decl),
            severity: keyword(&properties, "severity"),
            insights: symbols(&properties, "insight")
                .into_iter()
                .map(|id| InsightId(self.typed(id) as u32))
                .collect(),
            addressed_by: Vec::new(),
        }
    }

    /// Builds an opportunity; the flag says whether `for:` named its pains.
    fn build_opportunity(&mut self, file: FileId, decl: &Decl, id: SymbolId, journey: usize) -> (Opportunity, bool) {
        let properties = self.read_properties(file, decl, DeclKind::Opportunity, Some(journey));
        let mut solutions: Vec<Solution> = decl
            .children()
            .filter_map(|child| {
                let child_id = self.symbol_of(file, child)?;
                let properties = self.read_properties(file, child, DeclKind::Solution, Some(journey));
                Some(Solution {
                    symbol: child_id,
                    name: name_of(child),
                    label: label_of(child),
                    owner: symbol(&properties, "owner").map(|id| self.person_id(id)),
                    status: keyword(&properties, "status"),
                })
            })
            .collect();
        solutions.shrink_to_fit();
        let explicit = decl.property("for").is_some();
        let opportunity = Opportunity {
            symbol: id,
            name: name_of(decl),
            label: label_of(decl),
            impact: keyword(&properties, "impact"),
            effort: keyword(&properties, "effort"),
            owner: symbol(&properties, "owner").map(|id| self.person_id(id)),
            status: keyword(&properties, "status"),
            addresses: symbols(&properties, "for"),
            solutions,
        };
        (opportunity, explicit)
    }

    fn build_kpi_value(&mut self, file: FileId, decl: &Decl, id: SymbolId, journey: usize) -> KpiValue {
        let properties = self.read_properties(file, decl, DeclKind::KpiValue, Some(journey));
        let kpi = decl
            .name
            .as_ref()
            .and_then(|word| self.resolve_global(file, word, DeclKind::Kpi))
            .map(|kpi| KpiId(self.typed(kpi) as u32));
        KpiValue {
            symbol: id,
            kpi,
            target: measure(&properties, "target"),
            actual: measure(&properties, "actual"),
        }
    }

    /// Fills each pain's `addressed_by` from the opportunities' `addresses`.
    fn link_pains_to_opportunities(&mut self) {
        for journey in &mut self.model.journeys {
            let mut by_pain: HashMap<SymbolId, Vec<SymbolId>> = HashMap::default();
            for opportunity in journey.opportunities() {
                for pain in &opportunity.addresses {
                    by_pain.entry(*pain).or_default().push(opportunity.symbol);
                }
            }
            for stage in &mut journey.stages {
                let pains = stage
                    .pains
                    .iter_mut()
                    .chain(stage.steps.iter_mut().flat_map(|step| step.pains.iter_mut()));
                for pain in pains {
                    pain.addressed_by = by_pain.remove(&pain.symbol).unwrap_or_default();
                }
            }
        }
    }
}
