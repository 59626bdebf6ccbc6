//! Opportunities ranked by impact over effort, and the gap between each
//! KPI's target and its actual value.
//!
//! The score of an opportunity is `weight(impact) / weight(effort)`, where
//! `low`, `medium` and `high` weigh 1, 2 and 3: from 0.33 (low impact, high
//! effort) to 3 (high impact, low effort). Opportunities without impact or
//! effort have no score and rank after every scored one. Equal scores rank
//! the larger impact first, then the smaller effort, then by journey id, then
//! by position in the journey, so the order never depends on file order.

use journey_model::schema::LEVELS;
use journey_model::{JourneyId, KpiValue, Opportunity};
use serde::Serialize;

use super::ownership::is_open;
use super::{Item, Measure, Named, Names, Place, Position, round2};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Opportunities {
    /// Open opportunities (any status but `done` and `dropped`), best first.
    pub ranked: Vec<RankedOpportunity>,
    /// Done and dropped opportunities, in the same order.
    pub closed: Vec<RankedOpportunity>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankedOpportunity {
    /// 1 for the best open opportunity; closed ones have no rank.
    pub rank: Option<usize>,
    pub opportunity: Item,
    pub place: Place,
    pub impact: Option<String>,
    pub effort: Option<String>,
    /// Impact over effort, rounded to two decimals.
    pub score: Option<f64>,
    pub owner: Option<Named>,
    pub status: Option<String>,
    /// The pains it addresses.
    pub pains: Vec<Item>,
    pub solutions: Vec<Item>,
}

/// The weight of `low`, `medium` or `high`: 1, 2 or 3.
pub fn level_weight(level: &str) -> Option<u32> {
    LEVELS
        .iter()
        .position(|known| *known == level)
        .map(|index| index as u32 + 1)
}

/// Impact over effort, when both are set.
pub fn score(impact: Option<&str>, effort: Option<&str>) -> Option<f64> {
    let impact = level_weight(impact?)?;
    let effort = level_weight(effort?)?;
    Some(f64::from(impact) / f64::from(effort))
}

/// The sort key of an opportunity: score (unscored last), impact, effort,
/// journey id, position. Smaller keys rank first.
type RankKey<'a> = (
    bool,
    std::cmp::Reverse<u64>,
    std::cmp::Reverse<u32>,
    u32,
    &'a str,
    Position,
);

fn rank_key<'a>(opportunity: &Opportunity, journey: &'a str, position: Position) -> RankKey<'a> {
    let impact = opportunity.impact.as_deref().and_then(level_weight).unwrap_or(0);
    let effort = opportunity.effort.as_deref().and_then(level_weight).unwrap_or(u32::MAX);
    let score = score(opportunity.impact.as_deref(), opportunity.effort.as_deref());
    // Scores are ratios of small integers: scaled by 6 (the common
    // denominator of 1, 2 and 3), they compare exactly as integers.
    let scaled = score.map_or(0, |score| (score * 6.0).round() as u64);
    (
        score.is_none(),
        std::cmp::Reverse(scaled),
        std::cmp::Reverse(impact),
        effort,
        journey,
        position,
    )
}

pub(super) fn rank(names: &Names) -> Opportunities {
    let mut all: Vec<(RankKey, RankedOpportunity)> = Vec::new();
    for (id, journey) in names.journeys() {
        for (stage_index, stage) in journey.stages.iter().enumerate() {
            for (index, opportunity) in stage.opportunities.iter().enumerate() {
                let key = rank_key(opportunity, &journey.name, (stage_index, 0, index));
                all.push((key, entry(names, id, opportunity, stage_index, None)));
            }
            for (step_index, step) in stage.steps.iter().enumerate() {
                for (index, opportunity) in step.opportunities.iter().enumerate() {
                    let key = rank_key(opportunity, &journey.name, (stage_index, step_index + 1, index));
                    all.push((key, entry(names, id, opportunity, stage_index, Some(step_index))));
                }
            }
        }
    }
    all.sort_by(|a, b| a.0.cmp(&b.0));

    let (mut ranked, mut closed) = (Vec::new(), Vec::new());
    for (_, opportunity) in all {
        if opportunity.rank.is_some() {
            ranked.push(opportunity);
        } else {
            closed.push(opportunity);
        }
    }
    for (index, opportunity) in ranked.iter_mut().enumerate() {
        opportunity.rank = Some(index + 1);
    }
    Opportunities { ranked, closed }
}

/// Builds the entry of one opportunity; `rank` is `Some(0)` for open ones
/// until the final ranks are set.
fn entry(
    names: &Names,
    journey: JourneyId,
    opportunity: &Opportunity,
    stage: usize,
    step: Option<usize>,
) -> RankedOpportunity {
    RankedOpportunity {
        rank: is_open(opportunity).then_some(0),
        opportunity: names.item(opportunity.symbol),
        place: names.place(journey, Some(stage), step),
        impact: opportunity.impact.as_deref().map(str::to_owned),
        effort: opportunity.effort.as_deref().map(str::to_owned),
        score: score(opportunity.impact.as_deref(), opportunity.effort.as_deref()).map(round2),
        owner: opportunity.owner.map(|person| names.person(person)),
        status: opportunity.status.as_deref().map(str::to_owned),
        pains: opportunity.addresses.iter().map(|symbol| names.item(*symbol)).collect(),
        solutions: opportunity
            .solutions
            .iter()
            .map(|solution| names.item(solution.symbol))
            .collect(),
    }
}

/// A KPI value with both a target and an actual value.
///
/// The shortfall is how far the actual value falls short of the target in
/// the KPI's direction: `target − actual` when higher is better, `actual −
/// target` when lower is better, and `|actual − target|` when the KPI does
/// not say. Zero or less means the target is met.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KpiGap {
    pub kpi: Named,
    pub unit: Option<String>,
    /// `higher` or `lower`.
    pub better: Option<String>,
    /// The journey, and the stage or step the value is attached to.
    pub place: Place,
    pub target: Measure,
    pub actual: Measure,
    pub shortfall: f64,
    pub met: bool,
}

impl KpiGap {
    /// The shortfall relative to the target, to compare KPIs of different units.
    fn relative_shortfall(&self) -> f64 {
        if self.target.value == 0.0 {
            self.shortfall
        } else {
            self.shortfall / self.target.value.abs()
        }
    }
}

/// Computes the shortfall of an actual value against its target.
pub fn shortfall(better: Option<&str>, target: f64, actual: f64) -> f64 {
    let raw = match better {
        Some("higher") => target - actual,
        Some("lower") => actual - target,
        _ => (actual - target).abs(),
    };
    round2(raw)
}

/// Lists the KPI gaps, targets not met first, largest relative shortfall
/// first, then by journey id and position.
pub(super) fn kpi_gaps(names: &Names) -> Vec<KpiGap> {
    let mut gaps: Vec<(&str, Position, KpiGap)> = Vec::new();
    for (id, journey) in names.journeys() {
        let mut push = |value: &KpiValue, stage: Option<usize>, step: Option<usize>, position: Position| {
            if let Some(gap) = kpi_gap(names, id, value, stage, step) {
                gaps.push((journey.name.as_str(), position, gap));
            }
        };
        for (index, value) in journey.kpis.iter().enumerate() {
            push(value, None, None, (0, 0, index));
        }
        for (stage_index, stage) in journey.stages.iter().enumerate() {
            for (index, value) in stage.kpis.iter().enumerate() {
                push(value, Some(stage_index), None, (stage_index + 1, 0, index));
            }
            for (step_index, step) in stage.steps.iter().enumerate() {
                for (index, value) in step.kpis.iter().enumerate() {
                    push(
                        value,
                        Some(stage_index),
                        Some(step_index),
                        (stage_index + 1, step_index + 1, index),
                    );
                }
            }
        }
    }
    gaps.sort_by(|a, b| {
        a.2.met
            .cmp(&b.2.met)
            .then_with(|| b.2.relative_shortfall().total_cmp(&a.2.relative_shortfall()))
            .then_with(|| (a.0, a.1).cmp(&(b.0, b.1)))
    });
    gaps.into_iter().map(|(_, _, gap)| gap).collect()
}

fn kpi_gap(
    names: &Names,
    journey: JourneyId,
    value: &KpiValue,
    stage: Option<usize>,
    step: Option<usize>,
) -> Option<KpiGap> {
    let kpi = &names.model.kpis[value.kpi?.index()];
    let (target, actual) = (value.target?, value.actual?);
    let shortfall = shortfall(kpi.better.as_deref(), target.value, actual.value);
    Some(KpiGap {
        kpi: Named {
            id: kpi.name.to_string(),
            label: kpi.label.as_deref().map(str::to_owned),
        },
        unit: kpi.unit.as_deref().map(str::to_owned),
        better: kpi.better.as_deref().map(str::to_owned),
        place: names.place(journey, stage, step),
        target: target.into(),
        actual: actual.into(),
        shortfall,
        met: shortfall <= 0.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::testing::{PEOPLE, analysis_of};

    fn ranked(files: &[&str]) -> Vec<String> {
        let analysis = analysis_of(files, "2026-06-01");
        let opportunities = rank(&Names { model: &analysis.model });
        opportunities
            .ranked
            .iter()
            .map(|entry| entry.opportunity.id.clone().unwrap_or_default())
            .collect()
    }

    const FIRST: &str = r#"
journey zeta "Zeta" {
  owner: @ana
  stage s "S" {
    step t "T" {
      opportunity z_mm "M/M" { impact: medium  effort: medium  owner: @ana }
      opportunity z_hl "H/L" { impact: high  effort: low  owner: @ana }
      opportunity z_ll "L/L" { impact: low  effort: low  owner: @ana }
      opportunity z_none "No effort" { impact: high  owner: @ana }
      opportunity z_done "Done" { impact: high  effort: low  owner: @ana  status: done }
    }
  }
}
"#;
    const SECOND: &str = r#"
journey alpha "Alpha" {
  owner: @ana
  stage s "S" {
    opportunity a_stage "Stage-wide" { impact: low  effort: low  owner: @ana }
    step t "T" {
      opportunity a_hh "H/H" { impact: high  effort: high  owner: @ana }
      opportunity a_ll "L/L" { impact: low  effort: low  owner: @ana }
    }
  }
}
"#;

    #[test]
    fn score_is_impact_over_effort() {
        assert_eq!(score(Some("high"), Some("low")), Some(3.0));
        assert_eq!(score(Some("low"), Some("high")), Some(1.0 / 3.0));
        assert_eq!(score(Some("medium"), Some("medium")), Some(1.0));
        assert_eq!(score(Some("high"), None), None);
    }

    #[test]
    fn ranking_breaks_ties_deterministically() {
        let expected = vec!["z_hl", "a_hh", "z_mm", "a_stage", "a_ll", "z_ll", "z_none"];
        assert_eq!(ranked(&[PEOPLE, FIRST, SECOND]), expected);
        assert_eq!(ranked(&[SECOND, FIRST, PEOPLE]), expected, "file order changes nothing");
    }

    #[test]
    fn closed_opportunities_are_not_ranked() {
        let analysis = analysis_of(&[PEOPLE, FIRST], "2026-06-01");
        let opportunities = rank(&Names { model: &analysis.model });
        assert_eq!(opportunities.closed.len(), 1);
        assert_eq!(opportunities.closed[0].rank, None);
        assert_eq!(
            opportunities
                .ranked
                .iter()
                .map(|entry| entry.rank.unwrap())
                .collect::<Vec<_>>(),
            vec![1, 2, 3, 4]
        );
    }

    #[test]
    fn shortfall_follows_direction() {
        assert_eq!(shortfall(Some("higher"), 80.0, 62.0), 18.0);
        assert_eq!(shortfall(Some("higher"), 80.0, 85.0), -5.0);
        assert_eq!(shortfall(Some("lower"), 5.0, 12.0), 7.0);
        assert_eq!(shortfall(Some("lower"), 5.0, 3.0), -2.0);
        assert_eq!(shortfall(None, 5.0, 3.0), 2.0);
        assert_eq!(shortfall(Some("higher"), 0.3, 0.1), 0.2, "rounded to two decimals");
    }

    #[test]
    fn kpi_gaps_worst_first() {
        let atlas = r#"
kpi nps "NPS" { better: higher }
kpi days "Days" { unit: "days"  better: lower }
journey j "J" {
  owner: @ana
  kpi nps { target: 40  actual: 30 }
  stage s "S" {
    kpi days { target: 5  actual: 10 }
    step t "T" { kpi nps { target: 10  actual: 12 } }
  }
  kpi days { target: 5 }
}
"#;
        let analysis = analysis_of(&[PEOPLE, atlas], "2026-06-01");
        let gaps = kpi_gaps(&Names { model: &analysis.model });
        let summary: Vec<_> = gaps
            .iter()
            .map(|gap| (gap.kpi.id.as_str(), gap.shortfall, gap.met))
            .collect();
        assert_eq!(
            summary,
            vec![("days", 5.0, false), ("nps", 10.0, false), ("nps", -2.0, true)]
        );
        assert_eq!(gaps[0].place.stage.as_ref().map(|stage| stage.id.as_str()), Some("s"));
        assert_eq!(gaps[2].place.step.as_ref().map(|step| step.id.as_str()), Some("t"));
    }
}
