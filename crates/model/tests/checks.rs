//! Checks whose rules are subtle: `for:` linking, review dates across month
//! ends and leap years, labels, unused declarations and cascades that must
//! not happen.

mod support;

use journey_model::date::{format_date, parse_date};
use support::{analyze_on, analyze_one, codes, spans_of};

const PAINS: &str = r#"
person maya "Maya"
journey a "A" {
  owner: @maya
  stage s "S" {
    pain stage_pain "Stage pain"
    opportunity whole_stage "No for: addresses the stage's own pains" { owner: @maya }
    step x "X" {
      pain step_pain "Step pain"
      pain other_pain "Other step pain"
      opportunity whole_step "No for: addresses the step's pains" { owner: @maya }
    }
    step y "Y" {
      pain named_pain "Named elsewhere"
      pain lonely "Addressed by nobody"
    }
    step z "Z" {
      opportunity targeted "Names one pain of another step" { owner: @maya  for: named_pain }
    }
  }
}
"#;

fn addressed_by(analysis: &journey_model::Analysis, pain: &str) -> Vec<String> {
    let model = &analysis.model;
    let journey = &model.journeys[0];
    let (_, _, moment) = journey
        .pains()
        .find(|(_, _, moment)| moment.name.as_deref() == Some(pain))
        .expect("the pain exists");
    moment
        .addressed_by
        .iter()
        .map(|id| model.symbols[id.index()].name.as_deref().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn opportunity_without_for_addresses_its_own_place() {
    let analysis = analyze_one(PAINS);
    assert_eq!(addressed_by(&analysis, "stage_pain"), ["whole_stage"]);
    assert_eq!(addressed_by(&analysis, "step_pain"), ["whole_step"]);
    assert_eq!(addressed_by(&analysis, "other_pain"), ["whole_step"]);
}

#[test]
fn stage_opportunity_does_not_reach_into_steps() {
    // `whole_stage` sits in the stage, so it does not address the steps' pains.
    let analysis = analyze_one(PAINS);
    assert!(!addressed_by(&analysis, "step_pain").contains(&"whole_stage".to_owned()));
}

#[test]
fn for_links_across_steps_and_nothing_else() {
    let analysis = analyze_one(PAINS);
    assert_eq!(addressed_by(&analysis, "named_pain"), ["targeted"]);
    assert!(addressed_by(&analysis, "lonely").is_empty());
    assert_eq!(spans_of(&analysis, PAINS, "J0506"), ["lonely"]);
}

const REVIEWED: &str = r#"
person maya "Maya"
journey a "A" {
  owner: @maya
  review: CADENCE
  reviewed: DATE
  stage s "S" { step x "X" }
}
"#;

/// Checks one journey and returns its next review date and its days overdue.
fn review(cadence: &str, reviewed: &str, today: &str) -> (String, Option<i64>) {
    let text = REVIEWED.replace("CADENCE", cadence).replace("DATE", reviewed);
    let analysis = analyze_on(today, &[("main.journey", &text)]);
    let journey = &analysis.model.journeys[0];
    let overdue_reported = codes(&analysis).contains(&"J0505");
    assert_eq!(
        overdue_reported,
        journey.overdue_days.is_some(),
        "{cadence} {reviewed} {today}"
    );
    (
        format_date(journey.next_review.expect("a next review")),
        journey.overdue_days,
    )
}

#[test]
fn monthly_review_clamps_to_month_end() {
    assert_eq!(
        review("monthly", "2026-01-31", "2026-02-28"),
        ("2026-02-28".to_owned(), None)
    );
    assert_eq!(
        review("monthly", "2026-01-31", "2026-03-01"),
        ("2026-02-28".to_owned(), Some(1))
    );
    assert_eq!(
        review("monthly", "2026-03-31", "2026-05-01"),
        ("2026-04-30".to_owned(), Some(1))
    );
}

#[test]
fn leap_years_have_a_29_february() {
    assert_eq!(
        review("monthly", "2028-01-31", "2028-02-29"),
        ("2028-02-29".to_owned(), None)
    );
    assert_eq!(
        review("monthly", "2028-01-31", "2028-03-01"),
        ("2028-02-29".to_owned(), Some(1))
    );
    assert_eq!(
        review("yearly", "2028-02-29", "2029-03-01"),
        ("2029-02-28".to_owned(), Some(1))
    );
    // 2100 is not a leap year.
    assert_eq!(
        review("quarterly", "2099-11-30", "2100-03-01"),
        ("2100-02-28".to_owned(), Some(1))
    );
}

#[test]
fn day_and_week_cadences_cross_year_end() {
    assert_eq!(
        review("every 45 days", "2026-12-01", "2027-01-20"),
        ("2027-01-15".to_owned(), Some(5))
    );
    assert_eq!(
        review("every 2 weeks", "2026-12-25", "2027-01-08"),
        ("2027-01-08".to_owned(), None)
    );
    assert_eq!(
        review("weekly", "2026-12-28", "2027-01-05"),
        ("2027-01-04".to_owned(), Some(1))
    );
}

#[test]
fn workspace_review_is_the_default_cadence() {
    let source = r#"
workspace "W" { review: quarterly }
person maya "Maya"
journey inherits "Inherits" { owner: @maya  reviewed: 2026-08-31  stage s "S" { step x "X" } }
journey own "Own cadence" { owner: @maya  review: yearly  reviewed: 2026-08-31  stage s "S" { step x "X" } }
journey never "Never reviewed" { owner: @maya  stage s "S" { step x "X" } }
"#;
    let analysis = analyze_one(source);
    let journeys = &analysis.model.journeys;
    assert_eq!(journeys[0].next_review.map(format_date).as_deref(), Some("2026-11-30"));
    assert_eq!(journeys[0].overdue_days, Some(1));
    assert_eq!(journeys[1].overdue_days, None);
    assert_eq!(journeys[2].next_review, None);
    assert_eq!(codes(&analysis), ["J0505"]);
}

#[test]
fn reviewed_today_is_not_in_the_future() {
    let text = REVIEWED.replace("CADENCE", "monthly").replace("DATE", "2026-12-01");
    assert!(!codes(&analyze_one(&text)).contains(&"J0405"));
    let text = REVIEWED.replace("CADENCE", "monthly").replace("DATE", "2026-12-02");
    assert_eq!(codes(&analyze_one(&text)), ["J0405"]);
}

#[test]
fn invalid_reviewed_date_is_not_also_missing() {
    let source = r#"
person maya "Maya"
journey a "A" { owner: @maya  status: validated  reviewed: 2026-02-29  stage s "S" { step x "X" } }
"#;
    assert_eq!(codes(&analyze_one(source)), ["J0404"]);
}

#[test]
fn unresolved_owner_is_not_also_missing() {
    let source = "journey a \"A\" { owner: @nobody  stage s \"S\" { step x \"X\" } }\n";
    assert_eq!(codes(&analyze_one(source)), ["J0201"]);
}

#[test]
fn duplicate_is_not_also_unused() {
    let source = r#"
person maya "Maya"
person maya "Maya again"
journey a "A" { owner: @maya  stage s "S" { step x "X" } }
"#;
    let analysis = analyze_one(source);
    assert_eq!(codes(&analysis), ["J0202"]);
}

#[test]
fn reference_of_the_wrong_kind_counts_as_use() {
    let source = r#"
person maya "Maya"
channel web "Website"
journey a "A" { owner: @maya  committee: web  stage s "S" { step x "X" } }
"#;
    let analysis = analyze_one(source);
    assert_eq!(codes(&analysis), ["J0203"]);
    // The editor finds `web` in `committee: web` among its references.
    let web = analysis
        .model
        .symbols
        .iter()
        .position(|symbol| symbol.name.as_deref() == Some("web"))
        .expect("web");
    assert!(
        analysis
            .model
            .references
            .iter()
            .any(|reference| reference.target.index() == web)
    );
}

#[test]
fn unnamed_declarations_need_a_label() {
    let source = r#"
person maya "Maya"
journey a "A" {
  owner: @maya
  stage s "S" {
    step x "X" {
      pain { severity: high }
      opportunity { owner: @maya }
      touchpoint "Has a label"
      evidence
    }
  }
}
"#;
    let analysis = analyze_one(source);
    let unlabelled: Vec<&str> = analysis
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.code.id == "J0108")
        .map(|diagnostic| {
            source[diagnostic.primary.at.span.range()]
                .split_whitespace()
                .next()
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(unlabelled, ["pain", "opportunity", "evidence"]);
}

#[test]
fn required_name_missing_is_not_also_unlabelled() {
    let analysis = analyze_one("persona { goal: \"x\" }\n");
    assert_eq!(codes(&analysis), ["J0103"]);
}

#[test]
fn emotion_averages_per_stage_and_journey() {
    let source = r#"
person maya "Maya"
journey a "A" {
  owner: @maya
  stage s "S" { step x "X" { emotion: -2 }  step y "Y" { emotion: 1 }  step z "Z" }
  stage t "T" { step w "W" { emotion: 2 } }
  stage u "U" { step v "V" }
}
"#;
    let journey = analyze_one(source).model.journeys[0].clone();
    let stages: Vec<Option<f64>> = journey.stages.iter().map(|stage| stage.emotion_average).collect();
    assert_eq!(stages, [Some(-0.5), Some(2.0), None]);
    // The journey averages the steps, not the stage averages: (-2 + 1 + 2) / 3.
    assert_eq!(journey.emotion_average, Some(0.33));
}

#[test]
fn dates_are_calendar_dates() {
    for (text, valid) in [
        ("2028-02-29", true),
        ("2027-02-29", false),
        ("2026-04-31", false),
        ("2026-00-10", false),
    ] {
        assert_eq!(parse_date(text).is_some(), valid, "{text}");
    }
}
