//! Hover: what a name under the cursor declares, in Markdown.

use journey_diagnostics::{FileId, Span};
use journey_i18n::Lang;
use journey_model::date::format_date;
use journey_model::schema::DeclKind;
use journey_model::*;

use crate::snapshot::Snapshot;

/// The hover of one symbol: Markdown, and the range of the name it describes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hover {
    pub span: Span,
    pub markdown: String,
}

impl Snapshot {
    /// Describes the declaration named at `offset`: its header, its kind and
    /// path, its doc comment, and the facts that matter for its kind (owner,
    /// status and derived level for a journey).
    pub fn hover(&self, file: FileId, offset: u32, lang: Lang) -> Option<Hover> {
        let (id, span) = self
            .named_symbol_at(file, offset)
            .or_else(|| self.unnamed_declaration_at(file, offset))?;
        Some(Hover {
            span,
            markdown: self.describe(id, lang),
        })
    }

    fn describe(&self, id: SymbolId, lang: Lang) -> String {
        let symbol = self.symbol(id);
        let mut out = String::new();
        out.push_str("```journey\n");
        out.push_str(&header(symbol));
        out.push_str("\n```\n\n");

        let kind = journey_i18n::text(lang, &format!("kind-{}", symbol.kind.as_str()));
        match self.model().symbol_path(id).filter(|path| path.contains('.')) {
            Some(path) => out.push_str(&format!("*{kind}* · `{path}`\n")),
            None => out.push_str(&format!("*{kind}*\n")),
        }
        if let Some(doc) = &symbol.doc {
            out.push('\n');
            out.push_str(doc.trim_end());
            out.push('\n');
        }

        let fields = Fields {
            snapshot: self,
            lang,
            lines: Vec::new(),
        }
        .collect(id);
        if !fields.is_empty() {
            out.push_str("\n---\n\n");
            out.push_str(&fields.join("  \n"));
            out.push('\n');
        }
        out
    }
}

/// The declaration as written: keyword, name and label.
fn header(symbol: &Symbol) -> String {
    let mut header = symbol.kind.keyword().to_owned();
    if let Some(name) = &symbol.name {
        header.push(' ');
        header.push_str(name);
    }
    if let Some(label) = &symbol.label {
        header.push_str(&format!(" {label:?}"));
    }
    header
}

/// The `**Field:** value` lines of a hover.
struct Fields<'a> {
    snapshot: &'a Snapshot,
    lang: Lang,
    lines: Vec<String>,
}

impl<'a> Fields<'a> {
    fn collect(mut self, id: SymbolId) -> Vec<String> {
        let model = self.snapshot.model();
        match self.snapshot.symbol(id).kind {
            DeclKind::Workspace => {
                if let Some(workspace) = &model.workspace {
                    self.person("ide-hover-lead", workspace.lead);
                    self.text("ide-hover-review", workspace.review.map(|cadence| cadence.describe()));
                }
            }
            DeclKind::Person => {
                if let Some(person) = model.persons.iter().find(|person| person.symbol == id) {
                    self.text("ide-hover-role", person.role.as_deref().map(str::to_owned));
                    self.text("ide-hover-email", person.email.as_deref().map(str::to_owned));
                    self.person_load(person);
                }
            }
            DeclKind::Team => {
                if let Some(team) = model.teams.iter().find(|team| team.symbol == id) {
                    self.person("ide-hover-lead", team.lead);
                    self.count("ide-hover-members", team.members.len());
                }
            }
            DeclKind::Committee => {
                if let Some(committee) = model.committees.iter().find(|committee| committee.symbol == id) {
                    self.person("ide-hover-owner", committee.owner);
                    self.count("ide-hover-members", committee.members.len());
                    self.text("ide-hover-meets", committee.meets.map(|cadence| cadence.describe()));
                }
            }
            DeclKind::Facet => {
                if let Some(facet) = model.facets.iter().find(|facet| facet.symbol == id) {
                    let values: Vec<String> = facet.values.iter().map(|value| format!("`{}`", value.name)).collect();
                    self.text("ide-hover-values", (!values.is_empty()).then(|| values.join(", ")));
                }
            }
            DeclKind::FacetValue => {
                if let Some(facet) = self
                    .snapshot
                    .symbol(id)
                    .parent
                    .map(|parent| self.snapshot.symbol(parent))
                {
                    let name = facet.name.as_deref().map(|name| named(name, facet.label.as_deref()));
                    self.text("ide-hover-facet", name);
                }
            }
            DeclKind::Persona => {
                if let Some(persona) = model.personas.iter().find(|persona| persona.symbol == id) {
                    self.text("ide-hover-goal", persona.goal.as_deref().map(str::to_owned));
                }
            }
            DeclKind::Channel => {
                if let Some(channel) = model.channels.iter().find(|channel| channel.symbol == id) {
                    self.text("ide-hover-channel-kind", channel.kind.as_deref().map(str::to_owned));
                }
            }
            DeclKind::Kpi => {
                if let Some(kpi) = model.kpis.iter().find(|kpi| kpi.symbol == id) {
                    self.text("ide-hover-unit", kpi.unit.as_deref().map(str::to_owned));
                    self.text("ide-hover-better", kpi.better.as_deref().map(str::to_owned));
                }
            }
            DeclKind::Insight => {
                if let Some(insight) = model.insights.iter().find(|insight| insight.symbol == id) {
                    self.text("ide-hover-insight-kind", insight.kind.as_deref().map(str::to_owned));
                    self.text("ide-hover-source", insight.source.as_deref().map(str::to_owned));
                    self.text("ide-hover-date", insight.date.map(format_date));
                }
            }
            DeclKind::Journey => {
                if let Some(journey) = model.journeys.iter().find(|journey| journey.symbol == id) {
                    self.journey(journey);
                }
            }
            _ => self.nested(id),
        }
        self.lines
    }

    fn journey(&mut self, journey: &Journey) {
        let model = self.snapshot.model();
        self.person("ide-hover-owner", journey.owner);
        let committee = journey.committee.map(|committee| &model.committees[committee.index()]);
        self.text(
            "ide-hover-committee",
            committee.map(|committee| named(&committee.name, committee.label.as_deref())),
        );
        self.text("ide-hover-status", journey.status.as_deref().map(str::to_owned));
        self.level(journey);
        if let Some(anchor) = journey.parent {
            self.text("ide-hover-parent", Some(format!("`{}`", anchor_path(model, anchor))));
        }
        self.text("ide-hover-reviewed", journey.reviewed.map(format_date));
        let next = journey.next_review.map(|date| match journey.overdue_days {
            Some(days) => journey_i18n::format(
                self.lang,
                &journey_diagnostics::Message::new("ide-hover-overdue")
                    .arg("date", format_date(date))
                    .arg("days", days),
            ),
            None => format_date(date),
        });
        self.text("ide-hover-next-review", next);
        let future_of = journey
            .future_of
            .map(|current| format!("`{}`", model.journeys[current.index()].name));
        self.text("ide-hover-future-of", future_of);
    }

    fn level(&mut self, journey: &Journey) {
        let message = match (journey.level, journey.declared_level) {
            (Some(level), Some(declared)) if level != declared => {
                journey_diagnostics::Message::new("ide-hover-level-declared")
                    .arg("level", level as usize)
                    .arg("declared", declared as usize)
            }
            (Some(level), _) => journey_diagnostics::Message::new("ide-hover-level-value").arg("level", level as usize),
            (None, _) => journey_diagnostics::Message::new("ide-hover-level-unknown"),
        };
        let value = journey_i18n::format(self.lang, &message);
        self.text("ide-hover-level", Some(value));
    }

    fn person_load(&mut self, person: &Person) {
        let model = self.snapshot.model();
        let Some(index) = model
            .persons
            .iter()
            .position(|candidate| candidate.symbol == person.symbol)
        else {
            return;
        };
        let owned = model
            .journeys
            .iter()
            .filter(|journey| journey.owner == Some(PersonId(index as u32)))
            .count();
        if owned > 0 {
            self.count("ide-hover-owns", owned);
        }
    }

    /// Stages, steps and the other declarations inside a journey.
    fn nested(&mut self, id: SymbolId) {
        let model = self.snapshot.model();
        let Some(journey) = enclosing_journey(self.snapshot, id) else {
            return;
        };
        self.text(
            "ide-hover-journey",
            Some(named(&journey.name, journey.label.as_deref())),
        );
        for stage in &journey.stages {
            if stage.symbol == id {
                self.count("ide-hover-steps", stage.steps.len());
                self.text(
                    "ide-hover-emotion",
                    stage.emotion_average.map(|value| value.to_string()),
                );
                return;
            }
            for step in &stage.steps {
                if step.symbol == id {
                    self.text("ide-hover-emotion", step.emotion.map(|value| value.to_string()));
                    return;
                }
                if self.step_part(step, id) {
                    return;
                }
            }
            if self.moments_and_opportunities(&stage.pains, &stage.gains, &stage.opportunities, id) {
                return;
            }
        }
        let kpis = journey.kpis.iter().chain(journey.stages.iter().flat_map(|stage| {
            stage
                .kpis
                .iter()
                .chain(stage.steps.iter().flat_map(|step| step.kpis.iter()))
        }));
        for value in kpis.filter(|value| value.symbol == id) {
            let library = value.kpi.map(|kpi| &model.kpis[kpi.index()]);
            self.text(
                "ide-hover-kpi",
                library.map(|kpi| named(&kpi.name, kpi.label.as_deref())),
            );
            self.text("ide-hover-target", value.target.map(measure));
            self.text("ide-hover-actual", value.actual.map(measure));
        }
    }

    fn step_part(&mut self, step: &Step, id: SymbolId) -> bool {
        let model = self.snapshot.model();
        if let Some(touchpoint) = step.touchpoints.iter().find(|touchpoint| touchpoint.symbol == id) {
            let channel = touchpoint.channel.map(|channel| &model.channels[channel.index()]);
            self.text(
                "ide-hover-channel",
                channel.map(|channel| named(&channel.name, channel.label.as_deref())),
            );
            return true;
        }
        if let Some(lane) = step.lanes.iter().find(|lane| lane.symbol == id) {
            let team = lane.team.map(|team| &model.teams[team.index()]);
            self.text(
                "ide-hover-team",
                team.map(|team| named(&team.name, team.label.as_deref())),
            );
            return true;
        }
        self.moments_and_opportunities(&step.pains, &step.gains, &step.opportunities, id)
    }

    fn moments_and_opportunities(
        &mut self,
        pains: &[Moment],
        gains: &[Moment],
        opportunities: &[Opportunity],
        id: SymbolId,
    ) -> bool {
        if let Some(moment) = pains.iter().chain(gains).find(|moment| moment.symbol == id) {
            self.text("ide-hover-severity", moment.severity.as_deref().map(str::to_owned));
            self.count("ide-hover-addressed-by", moment.addressed_by.len());
            return true;
        }
        for opportunity in opportunities {
            if opportunity.symbol == id {
                self.text("ide-hover-impact", opportunity.impact.as_deref().map(str::to_owned));
                self.text("ide-hover-effort", opportunity.effort.as_deref().map(str::to_owned));
                self.person("ide-hover-owner", opportunity.owner);
                self.text("ide-hover-status", opportunity.status.as_deref().map(str::to_owned));
                return true;
            }
            if let Some(solution) = opportunity.solutions.iter().find(|solution| solution.symbol == id) {
                self.person("ide-hover-owner", solution.owner);
                self.text("ide-hover-status", solution.status.as_deref().map(str::to_owned));
                return true;
            }
        }
        false
    }

    fn text(&mut self, field: &str, value: Option<String>) {
        if let Some(value) = value {
            let name = journey_i18n::text(self.lang, field);
            let line = journey_diagnostics::Message::new("ide-hover-field")
                .arg("name", name)
                .arg("value", value);
            self.lines.push(journey_i18n::format(self.lang, &line));
        }
    }

    fn count(&mut self, field: &str, count: usize) {
        self.text(field, Some(count.to_string()));
    }

    fn person(&mut self, field: &str, person: Option<PersonId>) {
        let model = self.snapshot.model();
        let value = person
            .map(|id| &model.persons[id.index()])
            .map(|person| match &person.label {
                Some(label) => format!("@{} ({label})", person.name),
                None => format!("@{}", person.name),
            });
        self.text(field, value);
    }
}

/// `name` with its label: `` `web` (Website) ``.
fn named(name: &str, label: Option<&str>) -> String {
    match label {
        Some(label) => format!("`{name}` ({label})"),
        None => format!("`{name}`"),
    }
}

fn measure(measure: Measure) -> String {
    if measure.percent {
        format!("{}%", measure.value)
    } else {
        measure.value.to_string()
    }
}

/// The path of the stage or step a journey zooms into.
pub(crate) fn anchor_path(model: &Model, anchor: Anchor) -> String {
    let journey = &model.journeys[anchor.journey.index()];
    let stage = &journey.stages[anchor.stage];
    match anchor.step {
        Some(step) => format!("{}.{}.{}", journey.name, stage.name, stage.steps[step].name),
        None => format!("{}.{}", journey.name, stage.name),
    }
}

/// The journey that contains a nested declaration.
pub(crate) fn enclosing_journey(snapshot: &Snapshot, id: SymbolId) -> Option<&Journey> {
    let mut top = id;
    while let Some(parent) = snapshot.symbol(top).parent {
        top = parent;
    }
    snapshot.model().journeys.iter().find(|journey| journey.symbol == top)
}
