//! Refinement: reviews overdue against their cadence, reviews falling due
//! soon, and validated journeys that were never reviewed.
//!
//! The due dates and overdue days are those of the checked model, which
//! derives them from `reviewed`, the cadence and `Analysis::today`.

use journey_model::date::format_date;
use journey_model::{Journey, JourneyId};
use serde::Serialize;
use time::Date;

use super::{Named, Names};

/// How many days ahead a review counts as due soon.
pub const DUE_SOON_DAYS: i64 = 30;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Refinement {
    /// Most overdue first.
    pub overdue: Vec<OverdueReview>,
    /// Due within [`DUE_SOON_DAYS`] days, soonest first.
    pub due_soon: Vec<UpcomingReview>,
    pub never_reviewed: Vec<NeverReviewed>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverdueReview {
    pub journey: Named,
    pub owner: Option<Named>,
    pub committee: Option<Named>,
    /// `YYYY-MM-DD`, as the other dates.
    pub reviewed: String,
    /// As written: `quarterly`, `every 45 days`.
    pub cadence: String,
    pub due: String,
    pub days_overdue: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpcomingReview {
    pub journey: Named,
    pub owner: Option<Named>,
    pub committee: Option<Named>,
    pub reviewed: String,
    pub cadence: String,
    pub due: String,
    /// 0 when the review is due today.
    pub days_left: i64,
}

/// A `validated` journey with no `reviewed` date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeverReviewed {
    pub journey: Named,
    pub owner: Option<Named>,
    pub committee: Option<Named>,
}

/// A journey's review, when it has a last review date and a cadence.
struct Review {
    journey: JourneyId,
    reviewed: Date,
    cadence: String,
    due: Date,
    overdue_days: Option<i64>,
}

pub(super) fn compute(names: &Names, today: Date) -> Refinement {
    let reviews: Vec<Review> = names
        .journeys()
        .filter_map(|(id, journey)| review_of(id, journey))
        .collect();

    let mut overdue: Vec<OverdueReview> = reviews
        .iter()
        .filter_map(|review| {
            let days_overdue = review.overdue_days?;
            let (journey, owner, committee) = people(names, review.journey);
            Some(OverdueReview {
                journey,
                owner,
                committee,
                reviewed: format_date(review.reviewed),
                cadence: review.cadence.clone(),
                due: format_date(review.due),
                days_overdue,
            })
        })
        .collect();
    overdue.sort_by(|a, b| {
        b.days_overdue
            .cmp(&a.days_overdue)
            .then_with(|| a.journey.id.cmp(&b.journey.id))
    });

    let mut due_soon: Vec<UpcomingReview> = reviews
        .iter()
        .filter(|review| review.overdue_days.is_none())
        .filter_map(|review| {
            let days_left = (review.due - today).whole_days();
            if !(0..=DUE_SOON_DAYS).contains(&days_left) {
                return None;
            }
            let (journey, owner, committee) = people(names, review.journey);
            Some(UpcomingReview {
                journey,
                owner,
                committee,
                reviewed: format_date(review.reviewed),
                cadence: review.cadence.clone(),
                due: format_date(review.due),
                days_left,
            })
        })
        .collect();
    due_soon.sort_by(|a, b| {
        a.days_left
            .cmp(&b.days_left)
            .then_with(|| a.journey.id.cmp(&b.journey.id))
    });

    let never_reviewed = names
        .journeys()
        .filter(|(_, journey)| journey.status.as_deref() == Some("validated") && journey.reviewed.is_none())
        .map(|(id, _)| {
            let (journey, owner, committee) = people(names, id);
            NeverReviewed {
                journey,
                owner,
                committee,
            }
        })
        .collect();

    Refinement {
        overdue,
        due_soon,
        never_reviewed,
    }
}

fn review_of(id: JourneyId, journey: &Journey) -> Option<Review> {
    Some(Review {
        journey: id,
        reviewed: journey.reviewed?,
        cadence: journey.review?.describe(),
        due: journey.next_review?,
        overdue_days: journey.overdue_days,
    })
}

/// The journey, its owner and its committee.
fn people(names: &Names, id: JourneyId) -> (Named, Option<Named>, Option<Named>) {
    let journey = &names.model.journeys[id.index()];
    (
        names.journey(id),
        journey.owner.map(|person| names.person(person)),
        journey.committee.map(|committee| names.committee(committee)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::testing::{PEOPLE, analysis_of};

    /// The refinement of one journey reviewed on `reviewed` with `cadence`, as of `today`.
    fn refinement(reviewed: &str, cadence: &str, today: &str) -> Refinement {
        let journey = format!(
            "journey j \"J\" {{ owner: @ana  status: mapped  reviewed: {reviewed}  review: {cadence}  stage a \"A\" {{ step s \"S\" }} }}"
        );
        let analysis = analysis_of(&[PEOPLE, &journey], today);
        compute(&Names { model: &analysis.model }, analysis.today.date)
    }

    fn days_overdue(reviewed: &str, cadence: &str, today: &str) -> Option<i64> {
        let refinement = refinement(reviewed, cadence, today);
        refinement.overdue.first().map(|review| review.days_overdue)
    }

    #[test]
    fn overdue_after_short_month() {
        // 31 January plus one month is 28 February in a common year.
        assert_eq!(days_overdue("2026-01-31", "monthly", "2026-02-28"), None);
        assert_eq!(days_overdue("2026-01-31", "monthly", "2026-03-01"), Some(1));
        assert_eq!(days_overdue("2026-01-31", "monthly", "2026-03-31"), Some(31));
    }

    #[test]
    fn overdue_in_leap_year() {
        assert_eq!(days_overdue("2028-01-31", "monthly", "2028-02-29"), None);
        assert_eq!(days_overdue("2028-01-31", "monthly", "2028-03-01"), Some(1));
        assert_eq!(days_overdue("2027-11-30", "quarterly", "2028-03-01"), Some(1));
        assert_eq!(days_overdue("2028-02-29", "yearly", "2029-03-01"), Some(1));
    }

    #[test]
    fn overdue_days_count_leap_day() {
        // 2028-02-01 + 30 days is 2 March, because February 2028 has 29 days.
        assert_eq!(days_overdue("2028-02-01", "every 30 days", "2028-03-02"), None);
        assert_eq!(days_overdue("2028-02-01", "every 30 days", "2028-03-03"), Some(1));
        assert_eq!(days_overdue("2027-12-31", "monthly", "2028-12-31"), Some(335));
    }

    #[test]
    fn overdue_across_year_end() {
        assert_eq!(days_overdue("2026-12-01", "every 45 days", "2027-01-16"), Some(1));
        assert_eq!(days_overdue("2026-11-15", "every 2 weeks", "2027-01-01"), Some(33));
    }

    #[test]
    fn review_due_today_is_due_soon() {
        let refinement = refinement("2026-12-01", "every 45 days", "2027-01-15");
        assert!(refinement.overdue.is_empty());
        assert_eq!(refinement.due_soon.len(), 1);
        assert_eq!(refinement.due_soon[0].days_left, 0);
        assert_eq!(refinement.due_soon[0].due, "2027-01-15");
    }

    #[test]
    fn review_far_ahead_is_not_listed() {
        let refinement = refinement("2026-12-01", "quarterly", "2026-12-02");
        assert!(refinement.overdue.is_empty());
        assert!(refinement.due_soon.is_empty());
    }

    #[test]
    fn overdue_review_names_owner_and_dates() {
        let refinement = refinement("2026-01-31", "quarterly", "2026-06-01");
        let review = &refinement.overdue[0];
        assert_eq!(review.owner.as_ref().map(|owner| owner.id.as_str()), Some("ana"));
        assert_eq!(
            (review.reviewed.as_str(), review.due.as_str()),
            ("2026-01-31", "2026-04-30")
        );
        assert_eq!(review.cadence, "quarterly");
        assert_eq!(review.days_overdue, 32);
    }

    #[test]
    fn validated_journey_never_reviewed() {
        let journey = "journey j \"J\" { owner: @ana  status: validated  stage a \"A\" { step s \"S\" } }";
        let analysis = analysis_of(&[PEOPLE, journey], "2026-01-01");
        let refinement = compute(&Names { model: &analysis.model }, analysis.today.date);
        let ids: Vec<_> = refinement
            .never_reviewed
            .iter()
            .map(|entry| entry.journey.id.as_str())
            .collect();
        assert_eq!(ids, vec!["j"]);
    }
}
