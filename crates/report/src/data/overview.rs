//! The atlas overview: journeys by level, by mapping status and by facet.

use journey_model::schema::STATUSES;
use serde::Serialize;

use super::{Named, Names};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overview {
    pub journeys: usize,
    /// Lowest level first; journeys whose level cannot be derived come last.
    pub by_level: Vec<LevelCount>,
    /// In the order of the mapping statuses; journeys with no status come last.
    pub by_status: Vec<StatusCount>,
    /// Facets that classify at least one journey, in declaration order.
    pub facets: Vec<FacetCoverage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LevelCount {
    /// `None` when the `parent` chain is broken or cyclic.
    pub level: Option<u32>,
    pub journeys: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusCount {
    pub status: Option<String>,
    pub journeys: usize,
}

/// The status × facet value table of one facet. A journey with several
/// values of the facet counts once in each of its values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCoverage {
    pub facet: Named,
    /// The columns, in declaration order.
    pub values: Vec<Named>,
    /// One row per status that occurs, in status order.
    pub rows: Vec<CoverageRow>,
    /// Journeys per value, aligned with `values`.
    pub totals: Vec<usize>,
    /// Journeys per value whose status is `mapped` or `validated`, aligned with `values`.
    pub mapped: Vec<usize>,
    /// Journeys that have no value for this facet.
    pub without_value: usize,
    /// Those of them whose status is `mapped` or `validated`.
    pub without_value_mapped: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CoverageRow {
    pub status: Option<String>,
    /// Journeys per value, aligned with the facet's `values`.
    pub counts: Vec<usize>,
    pub without_value: usize,
}

/// The statuses that count as covered in the coverage line.
pub const MAPPED_STATUSES: &[&str] = &["mapped", "validated"];

pub(super) fn compute(names: &Names) -> Overview {
    let journeys = &names.model.journeys;
    Overview {
        journeys: journeys.len(),
        by_level: by_level(names),
        by_status: status_order(names)
            .into_iter()
            .map(|status| StatusCount {
                journeys: journeys
                    .iter()
                    .filter(|journey| journey.status.as_deref() == status.as_deref())
                    .count(),
                status,
            })
            .collect(),
        facets: (0..names.model.facets.len())
            .filter_map(|facet| facet_coverage(names, facet))
            .collect(),
    }
}

fn by_level(names: &Names) -> Vec<LevelCount> {
    let mut levels: Vec<Option<u32>> = names.model.journeys.iter().map(|journey| journey.level).collect();
    // `None` sorts before every level, so known levels are sorted first.
    levels.sort_by_key(|level| (level.is_none(), *level));
    levels.dedup();
    levels
        .into_iter()
        .map(|level| LevelCount {
            level,
            journeys: names
                .model
                .journeys
                .iter()
                .filter(|journey| journey.level == level)
                .count(),
        })
        .collect()
}

/// The statuses that occur in the atlas, in the language's order, then `None`.
fn status_order(names: &Names) -> Vec<Option<String>> {
    let journeys = &names.model.journeys;
    let mut statuses: Vec<Option<String>> = STATUSES
        .iter()
        .filter(|status| {
            journeys
                .iter()
                .any(|journey| journey.status.as_deref() == Some(**status))
        })
        .map(|status| Some((*status).to_owned()))
        .collect();
    if journeys.iter().any(|journey| journey.status.is_none()) {
        statuses.push(None);
    }
    statuses
}

fn facet_coverage(names: &Names, facet_index: usize) -> Option<FacetCoverage> {
    let facet = &names.model.facets[facet_index];
    let values_of = |journey: &journey_model::Journey| -> Vec<usize> {
        journey
            .facets
            .iter()
            .filter(|(id, _)| id.index() == facet_index)
            .flat_map(|(_, values)| values.iter().copied())
            .collect()
    };
    let journeys: Vec<(Option<&str>, Vec<usize>)> = names
        .model
        .journeys
        .iter()
        .map(|journey| (journey.status.as_deref(), values_of(journey)))
        .collect();
    if journeys.iter().all(|(_, values)| values.is_empty()) {
        return None;
    }

    let count = |status: Option<&str>, value: Option<usize>| -> usize {
        journeys
            .iter()
            .filter(|(journey_status, _)| status.is_none_or(|status| *journey_status == Some(status)))
            .filter(|(_, values)| match value {
                Some(value) => values.contains(&value),
                None => values.is_empty(),
            })
            .count()
    };
    let count_mapped =
        |value: Option<usize>| -> usize { MAPPED_STATUSES.iter().map(|status| count(Some(status), value)).sum() };
    let value_count = facet.values.len();
    let rows = status_order(names)
        .into_iter()
        .map(|status| {
            let in_row = |value: Option<usize>| {
                journeys
                    .iter()
                    .filter(|(journey_status, _)| journey_status.map(str::to_owned) == status)
                    .filter(|(_, values)| value.map_or(values.is_empty(), |value| values.contains(&value)))
                    .count()
            };
            CoverageRow {
                counts: (0..value_count).map(|value| in_row(Some(value))).collect(),
                without_value: in_row(None),
                status,
            }
        })
        .collect();

    Some(FacetCoverage {
        facet: Named {
            id: facet.name.to_string(),
            label: facet.label.as_deref().map(str::to_owned),
        },
        values: facet
            .values
            .iter()
            .map(|value| Named {
                id: value.name.to_string(),
                label: value.label.as_deref().map(str::to_owned),
            })
            .collect(),
        rows,
        totals: (0..value_count).map(|value| count(None, Some(value))).collect(),
        mapped: (0..value_count).map(|value| count_mapped(Some(value))).collect(),
        without_value: count(None, None),
        without_value_mapped: count_mapped(None),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::testing::{PEOPLE, analysis_of};

    const ATLAS: &str = r#"
facet department "Department" {
  value retail "Retail"
  value business "Business"
  value unused "Unused"
}
facet region "Region" { value north "North" }
journey root "Root" { owner: @ana  status: validated  department: [retail, business]  stage a "A"  stage b "B" }
journey one "One" { parent: root.a  owner: @ana  status: mapped  department: retail }
journey two "Two" { parent: root.b  owner: @ana  status: planned }
journey loop_a "Loop A" { parent: loop_b.x  owner: @ana  stage x "X" }
journey loop_b "Loop B" { parent: loop_a.x  owner: @ana  stage x "X" }
"#;

    fn overview() -> Overview {
        let analysis = analysis_of(&[PEOPLE, ATLAS], "2026-01-01");
        compute(&Names { model: &analysis.model })
    }

    #[test]
    fn counts_levels_with_unknown_last() {
        let levels: Vec<_> = overview()
            .by_level
            .iter()
            .map(|count| (count.level, count.journeys))
            .collect();
        assert_eq!(levels, vec![(Some(0), 1), (Some(1), 2), (None, 2)]);
    }

    #[test]
    fn counts_statuses_in_language_order() {
        let statuses: Vec<_> = overview()
            .by_status
            .iter()
            .map(|count| (count.status.clone(), count.journeys))
            .collect();
        let expected = vec![
            (Some("planned".to_owned()), 1),
            (Some("mapped".to_owned()), 1),
            (Some("validated".to_owned()), 1),
            (None, 2),
        ];
        assert_eq!(statuses, expected);
    }

    #[test]
    fn facet_table_counts_each_value() {
        let overview = overview();
        assert_eq!(overview.facets.len(), 1, "a facet no journey uses is left out");
        let department = &overview.facets[0];
        assert_eq!(department.totals, vec![2, 1, 0]);
        assert_eq!(department.mapped, vec![2, 1, 0]);
        assert_eq!(department.without_value, 3);
        assert_eq!(department.without_value_mapped, 0);
        let planned = &department.rows[0];
        assert_eq!(planned.status.as_deref(), Some("planned"));
        assert_eq!((planned.counts.clone(), planned.without_value), (vec![0, 0, 0], 1));
        let no_status = &department.rows[3];
        assert_eq!((no_status.status.clone(), no_status.without_value), (None, 2));
        let validated = &department.rows[2];
        assert_eq!((validated.counts.clone(), validated.without_value), (vec![1, 1, 0], 0));
    }
}
