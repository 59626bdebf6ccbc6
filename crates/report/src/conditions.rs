//! The `--fail-on` conditions: governance findings that make `journey
//! report` exit with status 1, so that CI can fail a pull request on them.

use journey_diagnostics::Message;
use journey_i18n::Lang;

use crate::data::Report;

/// A condition that CI can fail on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Condition {
    /// A review is overdue against its cadence.
    Overdue,
    /// A journey has no owner.
    NoOwner,
    /// A committee has no owner.
    UnownedCommittee,
    /// A `validated` journey has no `reviewed` date.
    NeverReviewed,
    /// A pain has no opportunity that addresses it.
    PainWithoutOpportunity,
    /// The workspace has an error diagnostic.
    Error,
    /// The workspace has a warning or error diagnostic.
    Warning,
}

impl Condition {
    pub const ALL: [Condition; 7] = [
        Condition::Overdue,
        Condition::NoOwner,
        Condition::UnownedCommittee,
        Condition::NeverReviewed,
        Condition::PainWithoutOpportunity,
        Condition::Error,
        Condition::Warning,
    ];

    /// Returns the name written in `--fail-on` and in `journey.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Condition::Overdue => "overdue",
            Condition::NoOwner => "no-owner",
            Condition::UnownedCommittee => "unowned-committee",
            Condition::NeverReviewed => "never-reviewed",
            Condition::PainWithoutOpportunity => "pain-without-opportunity",
            Condition::Error => "error",
            Condition::Warning => "warning",
        }
    }

    pub fn from_name(name: &str) -> Option<Condition> {
        Condition::ALL.into_iter().find(|condition| condition.name() == name)
    }
}

/// A condition that the report meets: how many findings, and the names of
/// what they are about (journeys, committees or pains), at most
/// [`MAX_EXAMPLES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    pub condition: Condition,
    pub count: usize,
    pub examples: Vec<String>,
}

/// How many names a breach lists.
pub const MAX_EXAMPLES: usize = 5;

/// Returns the conditions among `conditions` that the report meets, in the
/// order of [`Condition::ALL`], each once.
pub fn evaluate(report: &Report, conditions: &[Condition]) -> Vec<Breach> {
    let mut requested = conditions.to_vec();
    requested.sort();
    requested.dedup();
    requested
        .into_iter()
        .filter_map(|condition| breach(report, condition))
        .collect()
}

fn breach(report: &Report, condition: Condition) -> Option<Breach> {
    let diagnostics = report.diagnostics;
    let (count, examples): (usize, Vec<String>) = match condition {
        Condition::Overdue => names(report.refinement.overdue.iter().map(|review| review.journey.id.clone())),
        Condition::NoOwner => names(
            report
                .ownership
                .journeys_without_owner
                .iter()
                .map(|journey| journey.id.clone()),
        ),
        Condition::UnownedCommittee => names(
            report
                .ownership
                .committees_without_owner
                .iter()
                .map(|committee| committee.id.clone()),
        ),
        Condition::NeverReviewed => names(
            report
                .refinement
                .never_reviewed
                .iter()
                .map(|entry| entry.journey.id.clone()),
        ),
        Condition::PainWithoutOpportunity => names(
            report
                .experience
                .pains_without_opportunity
                .iter()
                .map(|pain| format!("{}: {}", pain.place.journey.id, pain.pain.display())),
        ),
        Condition::Error => (diagnostics.errors, Vec::new()),
        Condition::Warning => (diagnostics.errors + diagnostics.warnings, Vec::new()),
    };
    (count > 0).then_some(Breach {
        condition,
        count,
        examples,
    })
}

/// Builds the message that describes a breach: the condition, the count
/// (already worded in `lang`) and the first names.
pub fn describe(breach: &Breach, lang: Lang) -> Message {
    let id = match breach.condition {
        Condition::Overdue => "report-breach-overdue",
        Condition::NoOwner => "report-breach-no-owner",
        Condition::UnownedCommittee => "report-breach-unowned-committee",
        Condition::NeverReviewed => "report-breach-never-reviewed",
        Condition::PainWithoutOpportunity => "report-breach-pain-without-opportunity",
        Condition::Error => "report-breach-error",
        Condition::Warning => "report-breach-warning",
    };
    let details = journey_i18n::format(lang, &Message::new(id).arg("count", breach.count));
    if breach.examples.is_empty() {
        return Message::new("report-breach")
            .arg("condition", breach.condition.name())
            .arg("details", details);
    }
    let mut names = breach.examples.join(", ");
    if breach.count > breach.examples.len() {
        names.push_str(", …");
    }
    Message::new("report-breach-names")
        .arg("condition", breach.condition.name())
        .arg("details", details)
        .arg("names", names)
}

fn names(all: impl Iterator<Item = String>) -> (usize, Vec<String>) {
    let all: Vec<String> = all.collect();
    let examples = all.iter().take(MAX_EXAMPLES).cloned().collect();
    (all.len(), examples)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::compute;
    use crate::data::testing::{PEOPLE, analysis_of};

    #[test]
    fn names_round_trip_and_match_settings() {
        for condition in Condition::ALL {
            assert_eq!(Condition::from_name(condition.name()), Some(condition));
        }
        let names: Vec<_> = Condition::ALL.iter().map(|condition| condition.name()).collect();
        assert_eq!(
            names,
            journey_model::settings::FAIL_ON_CONDITIONS,
            "journey.toml accepts the same names"
        );
    }

    #[test]
    fn evaluates_each_condition() {
        let atlas = r#"
committee empty "Empty"
journey late "Late" { owner: @ana  committee: empty  reviewed: 2026-01-01  review: monthly  stage a "A" { step s "S" { pain "Slow" } } }
journey orphan "Orphan" { parent: late.a  status: validated  stage b "B" { step t "T" } }
"#;
        let report = compute(&analysis_of(&[PEOPLE, atlas], "2026-03-01"));
        let breaches = evaluate(&report, &Condition::ALL);
        let found: Vec<_> = breaches.iter().map(|breach| (breach.condition, breach.count)).collect();
        let expected = vec![
            (Condition::Overdue, 1),
            (Condition::NoOwner, 1),
            (Condition::UnownedCommittee, 1),
            (Condition::NeverReviewed, 1),
            (Condition::PainWithoutOpportunity, 1),
            (Condition::Warning, report.diagnostics.warnings),
        ];
        assert_eq!(found, expected);
        assert_eq!(breaches[0].examples, vec!["late"]);
        assert_eq!(breaches[4].examples, vec!["late: Slow"]);
    }

    #[test]
    fn clean_report_meets_nothing() {
        let atlas = "journey j \"J\" { owner: @ana  stage a \"A\" { step s \"S\" } }";
        let report = compute(&analysis_of(&[PEOPLE, atlas], "2026-03-01"));
        let conditions = [Condition::Overdue, Condition::NoOwner, Condition::Error];
        assert_eq!(evaluate(&report, &conditions), Vec::new());
    }

    #[test]
    fn describes_breach_in_each_language() {
        let breach = Breach {
            condition: Condition::NoOwner,
            count: 7,
            examples: vec!["a".into(), "b".into()],
        };
        let english = journey_i18n::format(Lang::En, &describe(&breach, Lang::En));
        assert_eq!(
            english,
            "fail-on condition `no-owner` met: 7 journeys have no owner (a, b, …)"
        );
        let single = Breach {
            condition: Condition::Error,
            count: 1,
            examples: Vec::new(),
        };
        let french = journey_i18n::format(Lang::Fr, &describe(&single, Lang::Fr));
        assert_eq!(
            french,
            "condition d’échec `error` remplie\u{a0}: l’espace de travail a 1 erreur"
        );
    }

    #[test]
    fn repeated_conditions_count_once() {
        let atlas = "journey j \"J\" { stage a \"A\" { step s \"S\" } }";
        let report = compute(&analysis_of(&[PEOPLE, atlas], "2026-03-01"));
        let breaches = evaluate(&report, &[Condition::NoOwner, Condition::NoOwner]);
        assert_eq!(breaches.len(), 1);
    }
}
