//! Planning the framework: which journeys exist, their levels, their
//! `parent:` anchors and their stages and steps. Rendering turns a plan into
//! text; planning first lets a child journey point at a parent's real
//! stage or step.

use std::collections::HashSet;

use crate::Detail;
use crate::dice::Dice;
use crate::fault::Fault;
use crate::vocab::capitalize;
use crate::words::*;

pub struct StagePlan {
    pub name: String,
    pub label: String,
    pub steps: Vec<(String, String)>,
}

pub struct JourneyPlan {
    pub name: String,
    pub label: String,
    /// 0 for lifecycle journeys, 1 for macro journeys, 2 for micro journeys.
    pub level: usize,
    /// The `parent:` path, for levels 1 and 2.
    pub parent: Option<String>,
    /// The folder the journey's file goes in.
    pub domain: &'static str,
    pub stages: Vec<StagePlan>,
    /// The current-state journey this future-state journey replaces.
    pub future_of: Option<String>,
    pub fault: Option<Fault>,
}

/// Plans journeys one at a time, each anchored to an earlier one.
pub struct Planner {
    detail: Detail,
    /// How many lifecycle (level 0) journeys open the framework.
    roots: usize,
    by_level: [Vec<usize>; 3],
    pub plans: Vec<JourneyPlan>,
}

impl Planner {
    pub fn new(detail: Detail, expected_journeys: usize) -> Self {
        let roots = match detail {
            Detail::Full => (expected_journeys / 100).clamp(1, 50),
            Detail::Outline => (expected_journeys / 50).clamp(1, 50),
        };
        Planner {
            detail,
            roots,
            by_level: Default::default(),
            plans: Vec::new(),
        }
    }

    /// Plans the next journey and returns its index; a future-state twin
    /// sometimes follows it.
    pub fn plan_next(&mut self, dice: &mut Dice) -> usize {
        let index = self.plans.len();
        let level = self.next_level(dice, index);
        let plan = match level {
            0 => self.lifecycle(dice, index),
            _ => self.zoomed(dice, index, level),
        };
        self.push(plan)
    }

    /// Plans a future-state journey replacing journey `current`.
    pub fn plan_future_of(&mut self, dice: &mut Dice, current: usize) -> usize {
        let index = self.plans.len();
        let (level, parent) = (self.plans[current].level, self.plans[current].parent.clone());
        let mut plan = self.zoomed(dice, index, level.max(1));
        plan.name = format!("{}_target", self.plans[current].name);
        plan.label = format!("{} (target)", self.plans[current].label);
        plan.parent = parent;
        plan.level = level;
        plan.domain = self.plans[current].domain;
        plan.future_of = Some(self.plans[current].name.clone());
        self.plans.push(plan);
        index
    }

    fn push(&mut self, plan: JourneyPlan) -> usize {
        let index = self.plans.len();
        self.by_level[plan.level].push(index);
        self.plans.push(plan);
        index
    }

    fn next_level(&self, dice: &mut Dice, index: usize) -> usize {
        if index < self.roots {
            0
        } else if self.by_level[1].is_empty() || dice.chance(0.35) {
            1
        } else {
            2
        }
    }

    fn lifecycle(&self, dice: &mut Dice, index: usize) -> JourneyPlan {
        let count = dice.between(5, LIFECYCLE_STAGES.len() as i64) as usize;
        let stages = LIFECYCLE_STAGES[..count]
            .iter()
            .map(|(name, label)| StagePlan {
                name: (*name).to_owned(),
                label: (*label).to_owned(),
                steps: vec![(format!("{name}_moment"), format!("{label}, the key moment"))],
            })
            .collect();
        JourneyPlan {
            name: format!("lifecycle_{index}"),
            label: format!("Customer lifecycle {index}"),
            level: 0,
            parent: None,
            domain: "lifecycle",
            stages,
            future_of: None,
            fault: None,
        }
    }

    fn zoomed(&self, dice: &mut Dice, index: usize, level: usize) -> JourneyPlan {
        let verb = *dice.pick(VERBS);
        let noun = *dice.pick(NOUNS);
        let parent = self.parent_path(dice, level);
        let domain = *dice.pick(DOMAINS);
        JourneyPlan {
            name: format!("{verb}_{noun}_{index}"),
            label: format!("{} {noun}", capitalize(verb)),
            level,
            parent: Some(parent),
            domain,
            stages: self.stages(dice),
            future_of: None,
            fault: None,
        }
    }

    /// A stage of a journey one level up, or for micro journeys sometimes one of its steps.
    fn parent_path(&self, dice: &mut Dice, level: usize) -> String {
        let candidates = &self.by_level[level - 1];
        let parent = &self.plans[*dice.pick(candidates)];
        let stage = dice.pick(&parent.stages);
        if level == 2 && dice.chance(0.3) {
            let (step, _) = dice.pick(&stage.steps);
            format!("{}.{}.{step}", parent.name, stage.name)
        } else {
            format!("{}.{}", parent.name, stage.name)
        }
    }

    fn stages(&self, dice: &mut Dice) -> Vec<StagePlan> {
        let (stage_range, step_range) = match self.detail {
            Detail::Full => ((2, 5), (1, 4)),
            Detail::Outline => ((2, 4), (1, 1)),
        };
        let count = dice.between(stage_range.0, stage_range.1) as usize;
        let mut chosen: Vec<usize> = Vec::new();
        while chosen.len() < count {
            let candidate = dice.below(STAGES.len());
            if !chosen.contains(&candidate) {
                chosen.push(candidate);
            }
        }
        chosen.sort_unstable();

        let mut taken = HashSet::new();
        chosen
            .into_iter()
            .map(|stage| {
                let (name, label) = STAGES[stage];
                taken.insert(name.to_owned());
                let steps = (0..dice.between(step_range.0, step_range.1))
                    .map(|_| step_name(dice, &mut taken))
                    .collect();
                StagePlan {
                    name: name.to_owned(),
                    label: label.to_owned(),
                    steps,
                }
            })
            .collect()
    }
}

/// A step name unique within its journey, and its label.
fn step_name(dice: &mut Dice, taken: &mut HashSet<String>) -> (String, String) {
    let verb = *dice.pick(VERBS);
    let noun = *dice.pick(NOUNS);
    let mut name = format!("{verb}_{noun}");
    let mut suffix = 2;
    while taken.contains(&name) {
        name = format!("{verb}_{noun}_{suffix}");
        suffix += 1;
    }
    taken.insert(name.clone());
    (name, format!("{} the {noun}", capitalize(verb)))
}
