//! Current vs future state: what each future-state journey (`future_of`)
//! changes in the journey it replaces.
//!
//! Stages match by name. Pains match by name when both have one, else by
//! label. KPI values match by KPI and by the stage or step they sit on; the
//! values left over then match by KPI alone, in source order, so a target
//! that moved from a stage to the whole journey still reads as a change.

use journey_model::{Journey, JourneyId, KpiId, KpiValue, Moment};
use serde::Serialize;

use super::{Item, Measure, Named, Names};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FutureDiff {
    pub future: Named,
    pub current: Named,
    pub stages_added: Vec<Named>,
    pub stages_removed: Vec<Named>,
    /// Pains of the current state that the future state no longer has.
    pub pains_resolved: Vec<PainChange>,
    /// Pains of the current state that the future state still has.
    pub pains_remaining: Vec<PainChange>,
    /// Pains that only the future state has.
    pub pains_new: Vec<PainChange>,
    /// KPIs whose target differs, or that only one side has a target for.
    pub kpi_targets: Vec<KpiChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PainChange {
    pub pain: Item,
    pub severity: Option<String>,
    /// The stage it sits in.
    pub stage: Named,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KpiChange {
    pub kpi: Named,
    pub unit: Option<String>,
    pub better: Option<String>,
    /// The target in the current state, if it has one.
    pub current: Option<Measure>,
    /// The target in the future state, if it has one.
    pub future: Option<Measure>,
}

pub(super) fn compute(names: &Names) -> Vec<FutureDiff> {
    names
        .journeys()
        .filter_map(|(id, journey)| journey.future_of.map(|current| diff(names, id, current)))
        .collect()
}

fn diff(names: &Names, future_id: JourneyId, current_id: JourneyId) -> FutureDiff {
    let model = names.model;
    let (future, current) = (&model.journeys[future_id.index()], &model.journeys[current_id.index()]);
    let stage_names =
        |journey: &Journey| -> Vec<String> { journey.stages.iter().map(|stage| stage.name.to_string()).collect() };
    let (future_stages, current_stages) = (stage_names(future), stage_names(current));
    let stages_only_in = |journey: &Journey, other: &[String]| -> Vec<Named> {
        journey
            .stages
            .iter()
            .filter(|stage| !other.iter().any(|name| stage.name == *name))
            .map(|stage| Named {
                id: stage.name.to_string(),
                label: stage.label.as_deref().map(str::to_owned),
            })
            .collect()
    };

    let current_pains = pains_of(names, current);
    let future_pains = pains_of(names, future);
    let (pains_remaining, pains_resolved): (Vec<_>, Vec<_>) = current_pains
        .iter()
        .cloned()
        .partition(|(moment, _)| future_pains.iter().any(|(other, _)| same_pain(moment, other)));
    let pains_new = future_pains
        .iter()
        .filter(|(moment, _)| !current_pains.iter().any(|(other, _)| same_pain(moment, other)));

    FutureDiff {
        future: names.journey(future_id),
        current: names.journey(current_id),
        stages_added: stages_only_in(future, &current_stages),
        stages_removed: stages_only_in(current, &future_stages),
        pains_resolved: pains_resolved.into_iter().map(|(_, change)| change).collect(),
        pains_remaining: pains_remaining.into_iter().map(|(_, change)| change).collect(),
        pains_new: pains_new.map(|(_, change)| change.clone()).collect(),
        kpi_targets: kpi_changes(names, current, future),
    }
}

fn pains_of<'a>(names: &Names, journey: &'a Journey) -> Vec<(&'a Moment, PainChange)> {
    journey
        .pains()
        .map(|(stage, _, moment)| {
            let change = PainChange {
                pain: names.item(moment.symbol),
                severity: moment.severity.as_deref().map(str::to_owned),
                stage: Named {
                    id: stage.name.to_string(),
                    label: stage.label.as_deref().map(str::to_owned),
                },
            };
            (moment, change)
        })
        .collect()
}

fn same_pain(a: &Moment, b: &Moment) -> bool {
    match (&a.name, &b.name) {
        (Some(a_name), Some(b_name)) => a_name == b_name,
        _ => a.label.is_some() && a.label == b.label,
    }
}

/// A KPI value with the stage and step it sits on, as a scope path
/// (empty for the journey, `stage` or `stage.step`).
struct Scoped<'a> {
    kpi: KpiId,
    scope: String,
    value: &'a KpiValue,
}

fn scoped_kpis(journey: &Journey) -> Vec<Scoped<'_>> {
    let own = journey.kpis.iter().map(|value| (String::new(), value));
    let in_stages = journey.stages.iter().flat_map(|stage| {
        let stage_values = stage.kpis.iter().map(move |value| (stage.name.to_string(), value));
        let step_values = stage.steps.iter().flat_map(move |step| {
            step.kpis
                .iter()
                .map(move |value| (format!("{}.{}", stage.name, step.name), value))
        });
        stage_values.chain(step_values)
    });
    own.chain(in_stages)
        .filter_map(|(scope, value)| {
            Some(Scoped {
                kpi: value.kpi?,
                scope,
                value,
            })
        })
        .collect()
}

fn kpi_changes(names: &Names, current: &Journey, future: &Journey) -> Vec<KpiChange> {
    let current_values = scoped_kpis(current);
    let future_values = scoped_kpis(future);
    let mut used = vec![false; current_values.len()];
    let mut matched: Vec<Option<usize>> = vec![None; future_values.len()];
    let passes: [fn(&Scoped, &Scoped) -> bool; 2] =
        [|a, b| a.kpi == b.kpi && a.scope == b.scope, |a, b| a.kpi == b.kpi];
    for same in passes {
        for (index, value) in future_values.iter().enumerate() {
            if matched[index].is_some() {
                continue;
            }
            let found = (0..current_values.len()).find(|&other| !used[other] && same(&current_values[other], value));
            if let Some(other) = found {
                used[other] = true;
                matched[index] = Some(other);
            }
        }
    }

    let paired = future_values.iter().zip(&matched).map(|(value, other)| {
        let current_target = other.and_then(|other| current_values[other].value.target);
        (value.kpi, current_target, value.value.target)
    });
    let removed = current_values
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|(value, _)| (value.kpi, value.value.target, None));
    paired
        .chain(removed)
        .filter(|(_, before, after)| before != after)
        .map(|(kpi, before, after)| {
            let kpi = &names.model.kpis[kpi.index()];
            KpiChange {
                kpi: Named {
                    id: kpi.name.to_string(),
                    label: kpi.label.as_deref().map(str::to_owned),
                },
                unit: kpi.unit.as_deref().map(str::to_owned),
                better: kpi.better.as_deref().map(str::to_owned),
                current: before.map(Measure::from),
                future: after.map(Measure::from),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::testing::{PEOPLE, analysis_of};

    const ATLAS: &str = r#"
kpi nps "NPS" { better: higher }
kpi rate "Rate" { unit: "%"  better: higher }
kpi wait "Wait" { better: lower }
journey now "Now" {
  owner: @ana
  stage apply "Apply" {
    step form "Form" {
      pain twice "Address asked twice" { severity: high }
      pain "Unnamed slow page"
      opportunity fix "Fix" { owner: @ana }
    }
    kpi rate { target: 80%  actual: 60% }
  }
  stage visit "Visit" { step queue "Queue" { pain queue_pain "Queue" { severity: medium } } }
  kpi nps { target: 40  actual: 30 }
  kpi wait { target: 10  actual: 12 }
}
journey next "Next" {
  owner: @ana
  future_of: now
  stage apply "Apply" { step form "Form" { pain "Unnamed slow page" pain extra "New pain" } }
  stage remote "Remote check" { step call "Call" }
  kpi nps { target: 55  actual: 30 }
  kpi rate { target: 90%  actual: 60% }
}
"#;

    fn diff() -> FutureDiff {
        let analysis = analysis_of(&[PEOPLE, ATLAS], "2026-06-01");
        let mut diffs = compute(&Names { model: &analysis.model });
        assert_eq!(diffs.len(), 1);
        diffs.remove(0)
    }

    #[test]
    fn stages_added_and_removed() {
        let diff = diff();
        assert_eq!((diff.future.id.as_str(), diff.current.id.as_str()), ("next", "now"));
        assert_eq!(
            diff.stages_added
                .iter()
                .map(|stage| stage.id.as_str())
                .collect::<Vec<_>>(),
            vec!["remote"]
        );
        assert_eq!(
            diff.stages_removed
                .iter()
                .map(|stage| stage.id.as_str())
                .collect::<Vec<_>>(),
            vec!["visit"]
        );
    }

    #[test]
    fn pains_match_by_name_or_label() {
        let diff = diff();
        let labels = |changes: &[PainChange]| {
            changes
                .iter()
                .map(|change| change.pain.display().to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(labels(&diff.pains_resolved), vec!["Address asked twice", "Queue"]);
        assert_eq!(labels(&diff.pains_remaining), vec!["Unnamed slow page"]);
        assert_eq!(labels(&diff.pains_new), vec!["New pain"]);
    }

    #[test]
    fn kpi_targets_match_across_scopes() {
        let changes: Vec<_> = diff()
            .kpi_targets
            .iter()
            .map(|change| {
                (
                    change.kpi.id.clone(),
                    change.current.map(|m| m.value),
                    change.future.map(|m| m.value),
                )
            })
            .collect();
        let expected = vec![
            ("nps".to_owned(), Some(40.0), Some(55.0)),
            ("rate".to_owned(), Some(80.0), Some(90.0)),
            ("wait".to_owned(), Some(10.0), None),
        ];
        assert_eq!(changes, expected);
    }
}
