//! Writing one planned journey as `.journey` text: properties, phases,
//! stages, steps with touchpoints, emotions, pains, gains, opportunities,
//! blueprint lanes and KPIs, with doc comments and line comments, and the
//! journey's fault when it has one.

use crate::Detail;
use crate::dice::Dice;
use crate::fault::{Fault, typo};
use crate::plan::{JourneyPlan, StagePlan};
use crate::vocab::Vocabulary;
use crate::words::*;

const STATUSES: &[&str] = &[
    "planned",
    "draft",
    "mapped",
    "mapped",
    "validated",
    "validated",
    "archived",
];
const IMPACTS: &[&str] = &["low", "medium", "high"];
const SEVERITIES: &[&str] = &["low", "medium", "high", "critical"];
const OPPORTUNITY_STATUSES: &[&str] = &["idea", "planned", "in_progress", "done", "dropped"];

/// Renders journeys into text, drawing names from the vocabulary.
pub struct Renderer<'a> {
    pub dice: &'a mut Dice,
    pub vocab: &'a mut Vocabulary,
    pub detail: Detail,
    out: String,
    /// Local names given to pains and opportunities, numbered per journey.
    counter: usize,
}

impl<'a> Renderer<'a> {
    pub fn new(dice: &'a mut Dice, vocab: &'a mut Vocabulary, detail: Detail) -> Self {
        Renderer {
            dice,
            vocab,
            detail,
            out: String::new(),
            counter: 0,
        }
    }

    /// Returns the text of one journey, ending with a blank line.
    pub fn journey(&mut self, plan: &JourneyPlan) -> String {
        self.out.clear();
        self.counter = 0;
        self.line(0, &format!("/// {} — who does what, and how it feels.", plan.label));
        if self.dice.chance(0.3) {
            self.line(0, "/// Mapped with the committee; figures from the last survey.");
        }
        self.line(0, &format!("journey {} \"{}\" {{", plan.name, plan.label));
        self.properties(plan);
        self.out.push('\n');
        self.stages(plan);
        self.journey_kpis(plan);
        if plan.fault != Some(Fault::MissingBrace) {
            self.line(0, "}");
        }
        self.out.push('\n');
        std::mem::take(&mut self.out)
    }

    fn line(&mut self, indent: usize, text: &str) {
        for _ in 0..indent {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn properties(&mut self, plan: &JourneyPlan) {
        if let Some(parent) = &plan.parent {
            let comment = if self.dice.chance(0.2) {
                "  // zooms into the parent's stage"
            } else {
                ""
            };
            self.line(1, &format!("parent: {parent}{comment}"));
            if self.dice.chance(0.5) {
                self.line(1, &format!("level: {}", plan.level));
            }
        }
        if let Some(current) = &plan.future_of {
            self.line(1, &format!("future_of: {current}"));
        }
        self.owner(plan.fault);
        let committee = self.vocab.committee_turn.next(&self.vocab.committees).clone();
        self.line(1, &format!("committee: {committee}"));
        let status = if plan.future_of.is_some() {
            "draft"
        } else {
            *self.dice.pick(STATUSES)
        };
        self.line(1, &format!("status: {status}"));
        self.personas();
        let department = self.dice.pick(&self.vocab.departments).clone();
        self.line(1, &format!("department: {department}"));
        if plan.domain != "lifecycle" {
            self.line(1, &format!("theme: {}", plan.domain));
        }
        if status != "planned" {
            self.review_dates();
        }
        if self.dice.chance(0.2) {
            self.description();
        }
    }

    fn owner(&mut self, fault: Option<Fault>) {
        let owner = self.vocab.owner_turn.next(&self.vocab.persons).clone();
        match fault {
            Some(Fault::UnknownOwner) => self.line(1, &format!("owner: @{}", typo(&owner))),
            Some(Fault::UnknownProperty) => self.line(1, &format!("ownr: @{owner}")),
            _ => self.line(1, &format!("owner: @{owner}")),
        }
    }

    fn personas(&mut self) {
        let first = self.vocab.persona_turn.next(&self.vocab.personas).clone();
        if self.dice.chance(0.3) {
            let second = self.vocab.persona_turn.next(&self.vocab.personas).clone();
            self.line(1, &format!("persona: [{first}, {second}]"));
        } else {
            self.line(1, &format!("persona: {first}"));
        }
    }

    /// `reviewed:` in the autumn before the workspace's `today` (2026-12-01),
    /// so that a few quarterly reviews are overdue, as in a real atlas.
    fn review_dates(&mut self) {
        let month = if self.dice.chance(0.05) {
            8
        } else {
            self.dice.between(9, 11)
        };
        let day = self.dice.between(1, 28);
        self.line(1, &format!("reviewed: 2026-{month:02}-{day:02}"));
        if self.dice.chance(0.1) {
            self.line(1, "review: yearly");
        }
    }

    fn description(&mut self) {
        if self.dice.chance(0.5) {
            self.line(1, "description: \"Mapped from interviews and the support backlog.\"");
        } else {
            self.line(1, "description: \"\"\"Mapped from interviews with twelve customers.");
            self.line(0, "Figures come from the \"quarterly\" survey.\"\"\"");
        }
    }

    fn stages(&mut self, plan: &JourneyPlan) {
        let phased = self.detail == Detail::Full && plan.stages.len() >= 4 && self.dice.chance(0.25);
        if !phased {
            for (index, stage) in plan.stages.iter().enumerate() {
                self.stage(plan, stage, index, 1);
            }
            return;
        }
        let middle = plan.stages.len() / 2;
        for (phase, range) in [("before", 0..middle), ("after", middle..plan.stages.len())] {
            self.line(
                1,
                &format!(
                    "phase {phase} \"{}\" {{",
                    if phase == "before" { "Before" } else { "After" }
                ),
            );
            for index in range {
                self.stage(plan, &plan.stages[index], index, 2);
            }
            self.line(1, "}");
        }
    }

    fn stage(&mut self, plan: &JourneyPlan, stage: &StagePlan, index: usize, indent: usize) {
        if self.dice.chance(0.3) {
            self.line(
                indent,
                &format!("/// What the customer tries to do in \"{}\".", stage.label),
            );
        }
        self.line(indent, &format!("stage {} \"{}\" {{", stage.name, stage.label));
        if plan.fault == Some(Fault::StrayCharacters) && index == 0 {
            self.line(indent + 1, "$$");
        }
        for (step_index, (name, label)) in stage.steps.iter().enumerate() {
            let first = index == 0 && step_index == 0;
            self.step(plan, name, label, first, indent + 1);
            if first && plan.fault == Some(Fault::DuplicateStep) {
                self.step(plan, name, label, false, indent + 1);
            }
        }
        if self.detail == Detail::Full && self.dice.chance(0.2) {
            self.kpi(indent + 1, None);
        }
        self.line(indent, "}");
    }

    fn step(&mut self, plan: &JourneyPlan, name: &str, label: &str, first: bool, indent: usize) {
        let fault = if first { plan.fault } else { None };
        let quote = if fault == Some(Fault::UnterminatedString) {
            ""
        } else {
            "\""
        };
        self.line(indent, &format!("step {name} \"{label}{quote} {{"));
        self.touchpoint(indent + 1, fault);
        let emotion = if fault == Some(Fault::EmotionOutOfScale) {
            5
        } else {
            self.dice.between(-2, 2)
        };
        let comment = if self.dice.chance(0.1) {
            format!("  // {}", self.dice.pick(COMMENTS))
        } else {
            String::new()
        };
        self.line(indent + 1, &format!("emotion: {emotion}{comment}"));

        let rich = self.detail == Detail::Full;
        if (rich && self.dice.chance(0.3)) || (!rich && first) {
            self.pain_and_opportunity(indent + 1);
        }
        if rich && self.dice.chance(0.1) {
            let gain = self.dice.pick(GAINS);
            self.line(indent + 1, &format!("gain \"{gain}\" {{ severity: medium }}"));
        }
        if (rich && self.dice.chance(0.4)) || (!rich && first) {
            self.lanes(indent + 1, rich);
        }
        if rich && self.dice.chance(0.15) {
            self.kpi(indent + 1, None);
        }
        self.line(indent, "}");
    }

    fn touchpoint(&mut self, indent: usize, fault: Option<Fault>) {
        let channel = self.vocab.channel_turn.next(&self.vocab.channels).clone();
        let channel = if fault == Some(Fault::UnknownChannel) {
            typo(&channel)
        } else {
            channel
        };
        if self.dice.chance(0.3) {
            self.counter += 1;
            self.line(
                indent,
                &format!(
                    "touchpoint point_{} \"Self-service page\" {{ channel: {channel} }}",
                    self.counter
                ),
            );
        } else {
            self.line(indent, &format!("touchpoint \"Online form\" {{ channel: {channel} }}"));
        }
    }

    fn pain_and_opportunity(&mut self, indent: usize) {
        self.counter += 1;
        let pain = format!("pain_{}", self.counter);
        let label = self.dice.pick(PAINS);
        let severity = self.dice.pick(SEVERITIES);
        let insight = self.vocab.insight_turn.next(&self.vocab.insights).clone();
        self.line(
            indent,
            &format!("pain {pain} \"{label}\" {{ severity: {severity}  insight: {insight} }}"),
        );

        let owner = self.vocab.owner_turn.next(&self.vocab.persons).clone();
        let label = self.dice.pick(OPPORTUNITIES);
        let (impact, effort) = (self.dice.pick(IMPACTS), self.dice.pick(IMPACTS));
        let status = self.dice.pick(OPPORTUNITY_STATUSES);
        self.line(indent, &format!("opportunity idea_{} \"{label}\" {{", self.counter));
        self.line(indent + 1, &format!("impact: {impact}  effort: {effort}"));
        self.line(indent + 1, &format!("owner: @{owner}"));
        self.line(indent + 1, &format!("status: {status}"));
        self.line(indent + 1, &format!("for: {pain}"));
        if self.detail == Detail::Full && self.dice.chance(0.3) {
            self.line(
                indent + 1,
                &format!("solution \"Pilot in two regions\" {{ owner: @{owner}  status: planned }}"),
            );
        }
        self.line(indent, "}");
    }

    fn lanes(&mut self, indent: usize, all: bool) {
        if all {
            self.line(indent, "evidence \"Confirmation email\"");
            let team = self.vocab.team_turn.next(&self.vocab.teams).clone();
            self.line(
                indent,
                &format!("frontstage \"Advisor explains the next step\" {{ team: {team} }}"),
            );
        }
        let team = self.vocab.team_turn.next(&self.vocab.teams).clone();
        let label = self.dice.pick(LANES);
        self.line(indent, &format!("backstage \"{label}\" {{ team: {team} }}"));
        if all {
            let team = self.vocab.team_turn.next(&self.vocab.teams).clone();
            self.line(indent, &format!("support \"Core system API\" {{ team: {team} }}"));
        }
    }

    fn kpi(&mut self, indent: usize, fault: Option<Fault>) {
        if fault == Some(Fault::PercentOver100) {
            self.line(indent, "kpi completion { target: 80%  actual: 140% }");
            return;
        }
        let (name, percent) = {
            let kpi = self.vocab.kpi_turn.next(&self.vocab.kpis);
            (kpi.name.clone(), kpi.percent)
        };
        let (target, actual) = if percent {
            (
                format!("{}%", self.dice.between(60, 98)),
                format!("{}%", self.dice.between(40, 95)),
            )
        } else {
            (
                self.dice.between(20, 60).to_string(),
                self.dice.between(5, 60).to_string(),
            )
        };
        self.line(indent, &format!("kpi {name} {{ target: {target}  actual: {actual} }}"));
    }

    fn journey_kpis(&mut self, plan: &JourneyPlan) {
        let count = match self.detail {
            Detail::Full => self.dice.between(1, 2),
            Detail::Outline => 1,
        };
        self.out.push('\n');
        for index in 0..count {
            let fault = if index == 0 { plan.fault } else { None };
            self.kpi(1, fault);
        }
    }
}
