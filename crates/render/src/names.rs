//! The display names of model entities: a declaration's label, or its name
//! when it has no label.

use journey_model::{
    ChannelId, CommitteeId, EcoString, InsightId, KpiId, Model, PersonId, PersonaId, SymbolId, TeamId,
};

fn shown(label: &Option<EcoString>, name: &str) -> String {
    label.as_deref().unwrap_or(name).to_owned()
}

pub fn person(model: &Model, id: PersonId) -> String {
    let person = &model.persons[id.index()];
    shown(&person.label, &person.name)
}

pub fn team(model: &Model, id: TeamId) -> String {
    let team = &model.teams[id.index()];
    shown(&team.label, &team.name)
}

pub fn committee(model: &Model, id: CommitteeId) -> String {
    let committee = &model.committees[id.index()];
    shown(&committee.label, &committee.name)
}

pub fn persona(model: &Model, id: PersonaId) -> String {
    let persona = &model.personas[id.index()];
    shown(&persona.label, &persona.name)
}

pub fn channel(model: &Model, id: ChannelId) -> String {
    let channel = &model.channels[id.index()];
    shown(&channel.label, &channel.name)
}

pub fn kpi(model: &Model, id: KpiId) -> String {
    let kpi = &model.kpis[id.index()];
    shown(&kpi.label, &kpi.name)
}

pub fn insight(model: &Model, id: InsightId) -> String {
    let insight = &model.insights[id.index()];
    shown(&insight.label, &insight.name)
}

/// Any declaration by its symbol: label, then name, then nothing.
pub fn symbol(model: &Model, id: SymbolId) -> String {
    let symbol = &model.symbols[id.index()];
    symbol
        .label
        .as_deref()
        .or(symbol.name.as_deref())
        .unwrap_or_default()
        .to_owned()
}

/// Returns the label of a journey, stage or step, else its name.
pub fn labelled(label: &Option<EcoString>, name: &str) -> String {
    shown(label, name)
}
