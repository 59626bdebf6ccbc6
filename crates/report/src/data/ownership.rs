//! Ownership: journeys with no owner, the load of each owner and committee,
//! and committees with no owner.

use journey_model::{CommitteeId, Journey, JourneyId, Opportunity, PersonId};
use serde::Serialize;

use super::{Named, Names};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ownership {
    pub journeys_without_owner: Vec<Named>,
    /// Heaviest load first: most journeys, then most open opportunities, then by id.
    pub owners: Vec<OwnerLoad>,
    /// In declaration order.
    pub committees: Vec<CommitteeLoad>,
    pub committees_without_owner: Vec<Named>,
}

/// A person who owns at least one journey, committee or open opportunity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OwnerLoad {
    pub person: Named,
    pub role: Option<String>,
    pub journeys: Vec<Named>,
    pub committees: Vec<Named>,
    /// Open opportunities whose owner is this person, in any journey.
    pub open_opportunities: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommitteeLoad {
    pub committee: Named,
    pub owner: Option<Named>,
    /// The meeting cadence as written (`monthly`, `every 6 weeks`).
    pub meets: Option<String>,
    pub journeys: Vec<Named>,
    /// Open opportunities in the committee's journeys.
    pub open_opportunities: usize,
}

/// Opportunity statuses that no longer call for work.
pub const CLOSED_STATUSES: &[&str] = &["done", "dropped"];

/// Whether an opportunity still calls for work: any status but `done` and `dropped`, or none.
pub fn is_open(opportunity: &Opportunity) -> bool {
    !opportunity
        .status
        .as_deref()
        .is_some_and(|status| CLOSED_STATUSES.contains(&status))
}

pub(super) fn compute(names: &Names) -> Ownership {
    let model = names.model;
    let mut committee_journeys: Vec<Vec<(JourneyId, &Journey)>> = vec![Vec::new(); model.committees.len()];
    for (id, journey) in names.journeys() {
        if let Some(committee) = journey.committee {
            committee_journeys[committee.index()].push((id, journey));
        }
    }
    let committees: Vec<CommitteeLoad> = committee_journeys
        .iter()
        .enumerate()
        .map(|(index, journeys)| committee_load(names, CommitteeId(index as u32), journeys))
        .collect();
    Ownership {
        journeys_without_owner: names
            .journeys()
            .filter(|(_, journey)| journey.owner.is_none())
            .map(|(id, _)| names.journey(id))
            .collect(),
        owners: owner_loads(names),
        committees_without_owner: committees
            .iter()
            .filter(|load| load.owner.is_none())
            .map(|load| load.committee.clone())
            .collect(),
        committees,
    }
}

/// Computes the load of every person who owns something. Journeys, committees and
/// opportunities are each read once and grouped by owner, because a large
/// atlas has thousands of people and of journeys.
fn owner_loads(names: &Names) -> Vec<OwnerLoad> {
    let model = names.model;
    let mut journeys: Vec<Vec<Named>> = vec![Vec::new(); model.persons.len()];
    let mut committees: Vec<Vec<Named>> = vec![Vec::new(); model.persons.len()];
    let mut open_opportunities = vec![0usize; model.persons.len()];
    for (id, journey) in names.journeys() {
        if let Some(owner) = journey.owner {
            journeys[owner.index()].push(names.journey(id));
        }
        for opportunity in journey.opportunities().filter(|opportunity| is_open(opportunity)) {
            if let Some(owner) = opportunity.owner {
                open_opportunities[owner.index()] += 1;
            }
        }
    }
    for (index, committee) in model.committees.iter().enumerate() {
        if let Some(owner) = committee.owner {
            committees[owner.index()].push(names.committee(CommitteeId(index as u32)));
        }
    }
    let mut loads: Vec<OwnerLoad> = journeys
        .into_iter()
        .zip(committees)
        .zip(open_opportunities)
        .enumerate()
        .map(|(index, ((journeys, committees), open_opportunities))| OwnerLoad {
            person: names.person(PersonId(index as u32)),
            role: model.persons[index].role.as_deref().map(str::to_owned),
            journeys,
            committees,
            open_opportunities,
        })
        .filter(|load| !load.journeys.is_empty() || !load.committees.is_empty() || load.open_opportunities > 0)
        .collect();
    loads.sort_by(|a, b| {
        (b.journeys.len(), b.open_opportunities)
            .cmp(&(a.journeys.len(), a.open_opportunities))
            .then_with(|| a.person.id.cmp(&b.person.id))
    });
    loads
}

/// Computes the load of one committee, given the journeys it governs in source order.
fn committee_load(names: &Names, id: CommitteeId, journeys: &[(JourneyId, &Journey)]) -> CommitteeLoad {
    let committee = &names.model.committees[id.index()];
    CommitteeLoad {
        committee: names.committee(id),
        owner: committee.owner.map(|person| names.person(person)),
        meets: committee.meets.map(|cadence| cadence.describe()),
        open_opportunities: journeys
            .iter()
            .flat_map(|(_, journey)| journey.opportunities())
            .filter(|opportunity| is_open(opportunity))
            .count(),
        journeys: journeys.iter().map(|(journey, _)| names.journey(*journey)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::testing::{PEOPLE, analysis_of};

    const ATLAS: &str = r#"
committee board "Board" { owner: @ana  meets: monthly }
committee orphan "Orphan committee"
journey root "Root" {
  owner: @ana
  committee: board
  stage a "A" {
    step s "S" {
      pain p "P"
      opportunity one "One" { owner: @bo  status: planned }
      opportunity two "Two" { owner: @bo  status: done }
      opportunity three "Three" { owner: @ana }
    }
  }
}
journey loose "Loose" { parent: root.a  committee: orphan  stage b "B" { step t "T" } }
"#;

    fn ownership() -> Ownership {
        let analysis = analysis_of(&[PEOPLE, ATLAS], "2026-01-01");
        compute(&Names { model: &analysis.model })
    }

    #[test]
    fn lists_journeys_without_owner() {
        let ids: Vec<_> = ownership()
            .journeys_without_owner
            .into_iter()
            .map(|named| named.id)
            .collect();
        assert_eq!(ids, vec!["loose"]);
    }

    #[test]
    fn owner_load_counts_open_opportunities() {
        let owners = ownership().owners;
        let loads: Vec<_> = owners
            .iter()
            .map(|load| {
                (
                    load.person.id.as_str(),
                    load.journeys.len(),
                    load.committees.len(),
                    load.open_opportunities,
                )
            })
            .collect();
        assert_eq!(loads, vec![("ana", 1, 1, 1), ("bo", 0, 0, 1)]);
    }

    #[test]
    fn committee_load_and_missing_owner() {
        let ownership = ownership();
        let board = &ownership.committees[0];
        assert_eq!(board.meets.as_deref(), Some("monthly"));
        assert_eq!(board.journeys.len(), 1);
        assert_eq!(board.open_opportunities, 2, "`done` is not open, a missing status is");
        let orphans: Vec<_> = ownership
            .committees_without_owner
            .iter()
            .map(|named| named.id.as_str())
            .collect();
        assert_eq!(orphans, vec!["orphan"]);
    }
}
