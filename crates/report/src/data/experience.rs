//! Experience: the steps that feel worst, the pains by severity with their
//! evidence, and the pains that no opportunity addresses.

use journey_model::schema::SEVERITIES;
use journey_model::{JourneyId, Moment, SymbolId};
use serde::Serialize;

use super::{Item, Named, Names, Place, Position};

/// How many low-scoring steps the report lists.
pub const LOWEST_STEPS: usize = 10;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Experience {
    /// The emotion scale of the workspace, `(min, max)`.
    pub scale: (f64, f64),
    /// Steps scoring below the middle of the scale, lowest first, at most [`LOWEST_STEPS`].
    pub lowest_steps: Vec<StepScore>,
    /// Every pain, most severe first.
    pub pains: Vec<Pain>,
    /// The pains that no opportunity addresses, most severe first.
    pub pains_without_opportunity: Vec<Pain>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepScore {
    pub place: Place,
    pub emotion: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pain {
    pub pain: Item,
    /// `low`, `medium`, `high` or `critical`.
    pub severity: Option<String>,
    pub place: Place,
    pub evidence: Vec<Evidence>,
    /// The opportunities that address it.
    pub opportunities: Vec<Item>,
}

/// An insight cited as evidence for a pain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub insight: Named,
    /// `qualitative` or `quantitative`.
    pub kind: Option<String>,
    pub source: Option<String>,
    pub date: Option<String>,
    /// Shown as text: the report links to nothing outside itself.
    pub url: Option<String>,
}

/// Ranks a severity for sorting: `critical` is 4, no severity is 0.
pub fn severity_rank(severity: Option<&str>) -> usize {
    severity
        .and_then(|severity| SEVERITIES.iter().position(|known| *known == severity))
        .map_or(0, |index| index + 1)
}

pub(super) fn compute(names: &Names) -> Experience {
    let pains = pains(names);
    Experience {
        scale: names.model.emotion_scale,
        lowest_steps: lowest_steps(names),
        pains_without_opportunity: pains
            .iter()
            .filter(|pain| pain.opportunities.is_empty())
            .cloned()
            .collect(),
        pains,
    }
}

fn lowest_steps(names: &Names) -> Vec<StepScore> {
    let (min, max) = names.model.emotion_scale;
    let middle = (min + max) / 2.0;
    let mut scores: Vec<(f64, &str, Position, StepScore)> = Vec::new();
    for (id, journey) in names.journeys() {
        for (stage_index, stage) in journey.stages.iter().enumerate() {
            for (step_index, step) in stage.steps.iter().enumerate() {
                let Some(emotion) = step.emotion.filter(|emotion| *emotion < middle) else {
                    continue;
                };
                let score = StepScore {
                    place: names.place(id, Some(stage_index), Some(step_index)),
                    emotion,
                };
                scores.push((emotion, journey.name.as_str(), (stage_index, step_index, 0), score));
            }
        }
    }
    scores.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| (a.1, a.2).cmp(&(b.1, b.2))));
    scores
        .into_iter()
        .take(LOWEST_STEPS)
        .map(|(_, _, _, score)| score)
        .collect()
}

fn pains(names: &Names) -> Vec<Pain> {
    let mut pains: Vec<(usize, &str, Position, Pain)> = Vec::new();
    for (id, journey) in names.journeys() {
        for (stage_index, stage) in journey.stages.iter().enumerate() {
            for (index, pain) in stage.pains.iter().enumerate() {
                let entry = pain_entry(names, id, pain, stage_index, None);
                pains.push((
                    severity_rank(pain.severity.as_deref()),
                    journey.name.as_str(),
                    (stage_index, 0, index),
                    entry,
                ));
            }
            for (step_index, step) in stage.steps.iter().enumerate() {
                for (index, pain) in step.pains.iter().enumerate() {
                    let entry = pain_entry(names, id, pain, stage_index, Some(step_index));
                    let position = (stage_index, step_index + 1, index);
                    pains.push((
                        severity_rank(pain.severity.as_deref()),
                        journey.name.as_str(),
                        position,
                        entry,
                    ));
                }
            }
        }
    }
    pains.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| (a.1, a.2).cmp(&(b.1, b.2))));
    pains.into_iter().map(|(_, _, _, pain)| pain).collect()
}

fn pain_entry(names: &Names, journey: JourneyId, pain: &Moment, stage: usize, step: Option<usize>) -> Pain {
    let model = names.model;
    Pain {
        pain: names.item(pain.symbol),
        severity: pain.severity.as_deref().map(str::to_owned),
        place: names.place(journey, Some(stage), step),
        evidence: pain
            .insights
            .iter()
            .map(|id| {
                let insight = &model.insights[id.index()];
                Evidence {
                    insight: Named {
                        id: insight.name.to_string(),
                        label: insight.label.as_deref().map(str::to_owned),
                    },
                    kind: insight.kind.as_deref().map(str::to_owned),
                    source: insight.source.as_deref().map(str::to_owned),
                    date: insight.date.map(journey_model::date::format_date),
                    url: insight.url.as_deref().map(str::to_owned),
                }
            })
            .collect(),
        opportunities: pain
            .addressed_by
            .iter()
            .map(|symbol: &SymbolId| names.item(*symbol))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::testing::{PEOPLE, analysis_of};

    const ATLAS: &str = r#"
insight survey "Survey" { kind: qualitative  source: "Exit survey"  date: 2026-03-01 }
journey b "B" {
  owner: @ana
  stage s "S" {
    pain stage_pain "Stage-wide pain" { severity: high }
    step one "One" { emotion: -2 }
    step two "Two" { emotion: 0 }
    step three "Three" {
      emotion: -1
      pain slow "Slow" { severity: critical  insight: survey }
      pain ugly "Ugly"
      opportunity faster "Faster" { owner: @ana  for: slow }
    }
  }
}
journey a "A" {
  owner: @ana
  stage s "S" {
    step low "Low" { emotion: -2  pain rude "Rude" { severity: high } }
  }
}
"#;

    fn experience() -> Experience {
        let analysis = analysis_of(&[PEOPLE, ATLAS], "2026-06-01");
        compute(&Names { model: &analysis.model })
    }

    #[test]
    fn lowest_steps_below_middle_of_scale() {
        let steps: Vec<_> = experience()
            .lowest_steps
            .iter()
            .map(|score| {
                (
                    score.place.journey.id.clone(),
                    score.place.step.as_ref().unwrap().id.clone(),
                    score.emotion,
                )
            })
            .collect();
        let expected = vec![
            ("a".into(), "low".into(), -2.0),
            ("b".into(), "one".into(), -2.0),
            ("b".into(), "three".into(), -1.0),
        ];
        assert_eq!(
            steps, expected,
            "ties go by journey id, a step at the middle (0) is left out"
        );
    }

    #[test]
    fn pains_by_severity_then_place() {
        let pains: Vec<_> = experience()
            .pains
            .iter()
            .map(|pain| pain.pain.display().to_owned())
            .collect();
        assert_eq!(pains, vec!["Slow", "Rude", "Stage-wide pain", "Ugly"]);
    }

    #[test]
    fn pain_evidence_and_opportunities() {
        let experience = experience();
        let slow = &experience.pains[0];
        assert_eq!(slow.evidence.len(), 1);
        assert_eq!(slow.evidence[0].source.as_deref(), Some("Exit survey"));
        assert_eq!(slow.evidence[0].date.as_deref(), Some("2026-03-01"));
        assert_eq!(
            slow.opportunities.iter().map(Item::display).collect::<Vec<_>>(),
            vec!["Faster"]
        );
        let without: Vec<_> = experience
            .pains_without_opportunity
            .iter()
            .map(|pain| pain.pain.display())
            .collect();
        assert_eq!(without, vec!["Rude", "Stage-wide pain", "Ugly"]);
    }

    #[test]
    fn severity_ranks_in_language_order() {
        assert!(severity_rank(Some("critical")) > severity_rank(Some("high")));
        assert!(severity_rank(Some("low")) > severity_rank(None));
    }
}
