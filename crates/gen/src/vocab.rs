//! The shared vocabulary of a generated workspace: the workspace block,
//! people, teams, committees, facets, personas, channels, KPIs and
//! insights. Sizes grow with the number of journeys, as they do in a real
//! organisation.

use std::fmt::Write as _;

use crate::dice::{Dice, Turn};
use crate::words::*;

/// A declared KPI and whether its values are percentages.
pub struct KpiDecl {
    pub name: String,
    pub percent: bool,
}

/// Every top-level name journeys may refer to, with the turns that spread
/// references over them.
pub struct Vocabulary {
    pub persons: Vec<String>,
    pub teams: Vec<String>,
    pub committees: Vec<String>,
    pub personas: Vec<String>,
    pub channels: Vec<String>,
    pub kpis: Vec<KpiDecl>,
    pub insights: Vec<String>,
    pub departments: Vec<String>,
    pub owner_turn: Turn,
    pub team_turn: Turn,
    pub committee_turn: Turn,
    pub persona_turn: Turn,
    pub channel_turn: Turn,
    pub kpi_turn: Turn,
    pub insight_turn: Turn,
}

impl Vocabulary {
    /// Sizes the vocabulary for about `journeys` journeys.
    pub fn new(journeys: usize) -> Self {
        let persons = (journeys / 3).clamp(6, 50_000);
        let persons = (0..persons)
            .map(|index| {
                let first = FIRST_NAMES[index % FIRST_NAMES.len()];
                let last = LAST_NAMES[(index / FIRST_NAMES.len()) % LAST_NAMES.len()];
                format!("{}_{}_{index}", first.to_lowercase(), last.to_lowercase())
            })
            .collect::<Vec<_>>();
        let teams = (0..(persons.len() / 4).max(3))
            .map(|index| format!("team_{index}"))
            .collect::<Vec<_>>();
        let committees = (0..(persons.len() / 6).max(2))
            .map(|index| format!("committee_{index}"))
            .collect();
        let insights = (0..(journeys / 4).max(3))
            .map(|index| format!("insight_{index}"))
            .collect();
        Vocabulary {
            persons,
            teams,
            committees,
            personas: PERSONAS.iter().map(|(name, _)| (*name).to_owned()).collect(),
            channels: CHANNELS.iter().map(|(name, _, _)| (*name).to_owned()).collect(),
            kpis: KPIS
                .iter()
                .map(|(name, _, unit, _)| KpiDecl {
                    name: (*name).to_owned(),
                    percent: *unit == Some("%"),
                })
                .collect(),
            insights,
            departments: vec!["retail".into(), "business".into(), "private".into()],
            owner_turn: Turn::default(),
            team_turn: Turn::default(),
            committee_turn: Turn::default(),
            persona_turn: Turn::default(),
            channel_turn: Turn::default(),
            kpi_turn: Turn::default(),
            insight_turn: Turn::default(),
        }
    }

    /// The people file: the workspace block, persons, teams and committees.
    pub fn people_file(&self, dice: &mut Dice) -> String {
        let mut out = String::new();
        out.push_str("// People, teams and committees of the atlas.\n\n");
        writeln!(
            out,
            "workspace \"Generated atlas\" {{\n  lead: @{}\n  review: quarterly\n}}\n",
            self.persons[0]
        )
        .unwrap();
        for (index, person) in self.persons.iter().enumerate() {
            let first = FIRST_NAMES[index % FIRST_NAMES.len()];
            let last = LAST_NAMES[(index / FIRST_NAMES.len()) % LAST_NAMES.len()];
            let role = dice.pick(ROLES);
            writeln!(out, "person {person} \"{first} {last}\" {{ role: \"{role}\" }}").unwrap();
        }
        out.push('\n');
        let mut members = Turn::default();
        for (index, team) in self.teams.iter().enumerate() {
            let lead = members.next(&self.persons);
            let other = members.next(&self.persons);
            writeln!(
                out,
                "team {team} \"Team {index}\" {{ lead: @{lead}  members: [@{lead}, @{other}] }}"
            )
            .unwrap();
        }
        out.push('\n');
        for (index, committee) in self.committees.iter().enumerate() {
            let owner = members.next(&self.persons);
            let member = members.next(&self.persons);
            let team = self.teams[index % self.teams.len()].as_str();
            let meets = if dice.chance(0.7) { "monthly" } else { "every 6 weeks" };
            writeln!(
                out,
                "committee {committee} \"Committee {index}\" {{\n  owner: @{owner}\n  members: [@{member}, {team}]\n  meets: {meets}\n}}\n"
            )
            .unwrap();
        }
        out
    }

    /// The vocabulary file: facets, personas, channels, KPIs and insights.
    pub fn vocabulary_file(&self, dice: &mut Dice) -> String {
        let mut out = String::new();
        out.push_str("// The shared vocabulary: facets, personas, channels, KPIs and insights.\n\n");
        out.push_str("facet department \"Department\" {\n");
        for department in &self.departments {
            writeln!(out, "  value {department} \"{}\"", capitalize(department)).unwrap();
        }
        out.push_str("}\n\nfacet theme \"Theme\" {\n");
        for domain in DOMAINS {
            writeln!(out, "  value {domain} \"{}\"", capitalize(domain)).unwrap();
        }
        out.push_str("}\n\n");
        for (name, label) in PERSONAS {
            writeln!(
                out,
                "persona {name} \"{label}\" {{ goal: \"Get it done without a visit\" }}"
            )
            .unwrap();
        }
        out.push('\n');
        for (name, label, kind) in CHANNELS {
            writeln!(out, "channel {name} \"{label}\" {{ kind: {kind} }}").unwrap();
        }
        out.push('\n');
        for (name, label, unit, better) in KPIS {
            match unit {
                Some(unit) => writeln!(out, "kpi {name} \"{label}\" {{ unit: \"{unit}\"  better: {better} }}").unwrap(),
                None => writeln!(out, "kpi {name} \"{label}\" {{ better: {better} }}").unwrap(),
            }
        }
        out.push('\n');
        for (index, insight) in self.insights.iter().enumerate() {
            write_insight(&mut out, dice, index, insight);
        }
        out
    }
}

fn write_insight(out: &mut String, dice: &mut Dice, index: usize, name: &str) {
    let quantitative = dice.chance(0.4);
    let kind = if quantitative { "quantitative" } else { "qualitative" };
    let month = dice.between(1, 11);
    let day = dice.between(1, 28);
    writeln!(out, "insight {name} \"Research finding {index}\" {{").unwrap();
    writeln!(out, "  kind: {kind}").unwrap();
    writeln!(out, "  source: \"Customer survey, wave {}\"", index % 12 + 1).unwrap();
    writeln!(out, "  date: 2026-{month:02}-{day:02}").unwrap();
    if quantitative {
        writeln!(out, "  url: \"https://analytics.example.com/reports/{index}\"").unwrap();
    }
    out.push_str("}\n\n");
}

/// `open_account` → `Open account`.
pub fn capitalize(text: &str) -> String {
    let text = text.replace('_', " ");
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
