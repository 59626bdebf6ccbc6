//! The journey framework: phases and stage indices, parent anchors, derived
//! levels, children, cycles and reachability.

mod support;

use journey_model::{Anchor, JourneyId};
use support::{analyze_one, codes, spans_of};

const PHASED: &str = r#"
person maya "Maya"
journey a "A" {
  owner: @maya
  phase p1 "P1" {
    stage s1 "S1" { step x "X" }
  }
  stage s2 "S2" { step y "Y"  step z "Z" }
  phase p2 "P2" {
    stage s3 "S3" { step w "W" }
    stage s4 "S4" { step v "V" }
  }
}
journey b "B" { parent: a.s4.v  owner: @maya  stage t "T" { step q "Q" } }
journey c "C" { parent: a.s2.z  owner: @maya  stage t "T" { step q "Q" } }
"#;

#[test]
fn stages_are_numbered_in_source_order_across_phases() {
    let analysis = analyze_one(PHASED);
    assert_eq!(codes(&analysis), Vec::<&str>::new());
    let a = &analysis.model.journeys[0];
    let names: Vec<&str> = a.stages.iter().map(|stage| stage.name.as_str()).collect();
    assert_eq!(names, ["s1", "s2", "s3", "s4"]);
    let phases: Vec<Option<usize>> = a.stages.iter().map(|stage| stage.phase).collect();
    assert_eq!(phases, [Some(0), None, Some(1), Some(1)]);
    assert_eq!(a.phases[0].stages, [0]);
    assert_eq!(a.phases[1].stages, [2, 3]);
}

#[test]
fn anchors_index_stages_and_steps() {
    let analysis = analyze_one(PHASED);
    let journeys = &analysis.model.journeys;
    // `a.s4.v`: the fourth stage (inside phase p2) and its first step.
    assert_eq!(
        journeys[1].parent,
        Some(Anchor {
            journey: JourneyId(0),
            stage: 3,
            step: Some(0)
        })
    );
    // `a.s2.z`: the second step of a stage outside any phase.
    assert_eq!(
        journeys[2].parent,
        Some(Anchor {
            journey: JourneyId(0),
            stage: 1,
            step: Some(1)
        })
    );
}

#[test]
fn stage_paths_skip_phases() {
    let analysis = analyze_one(PHASED);
    let paths: Vec<String> = (0..analysis.model.symbols.len())
        .filter_map(|index| analysis.model.symbol_path(journey_model::SymbolId(index as u32)))
        .collect();
    assert!(paths.iter().any(|path| path == "a.s3"), "{paths:?}");
    assert!(paths.iter().any(|path| path == "a.s4.v"), "{paths:?}");
    assert!(!paths.iter().any(|path| path.contains("p2.")), "{paths:?}");
}

#[test]
fn levels_and_children_follow_parents() {
    let source = r#"
person maya "Maya"
journey root "Root" { owner: @maya  stage s "S" { step x "X" } }
journey l1b "L1 b" { parent: root.s  owner: @maya  stage s "S" { step x "X" } }
journey l2 "L2" { parent: l1a.s.x  owner: @maya  stage s "S" { step x "X" } }
journey l1a "L1 a" { parent: root.s  level: 1  owner: @maya  stage s "S" { step x "X" } }
"#;
    let analysis = analyze_one(source);
    assert_eq!(codes(&analysis), Vec::<&str>::new());
    let levels: Vec<(&str, Option<u32>)> = analysis
        .model
        .journeys
        .iter()
        .map(|journey| (journey.name.as_str(), journey.level))
        .collect();
    assert_eq!(
        levels,
        [("root", Some(0)), ("l1b", Some(1)), ("l2", Some(2)), ("l1a", Some(1))]
    );
    // Children are listed in declaration order, not in the order of their `parent:`.
    assert_eq!(analysis.model.journeys[0].children, [JourneyId(1), JourneyId(3)]);
    assert_eq!(analysis.model.journeys[3].children, [JourneyId(2)]);
}

#[test]
fn max_depth_counts_levels_from_zero() {
    let source = r#"
person maya "Maya"
journey l0 "L0" { owner: @maya  stage s "S" { step x "X" } }
journey l1 "L1" { parent: l0.s  owner: @maya  stage s "S" { step x "X" } }
journey l2 "L2" { parent: l1.s  owner: @maya  stage s "S" { step x "X" } }
journey l3 "L3" { parent: l2.s  owner: @maya  stage s "S" { step x "X" } }
"#;
    let analysis = analyze_one(source);
    // The default max_depth of 3 allows L0, L1 and L2.
    assert_eq!(spans_of(&analysis, source, "J0304"), ["l3"]);
}

#[test]
fn cycle_is_reported_once_and_has_no_levels() {
    let source = r#"
person maya "Maya"
journey a "A" { parent: b.s  owner: @maya  stage s "S" { step x "X" } }
journey b "B" { parent: c.s  owner: @maya  stage s "S" { step x "X" } }
journey c "C" { parent: a.s  owner: @maya  stage s "S" { step x "X" } }
journey below "Below" { parent: b.s  level: 4  owner: @maya  stage s "S" { step x "X" } }
"#;
    let analysis = analyze_one(source);
    assert_eq!(codes(&analysis), ["J0301", "J0305"]);
    let cycle = &analysis.diagnostics[0];
    assert_eq!(&source[cycle.primary.at.span.range()], "b.s");
    assert_eq!(cycle.related.len(), 2);
    assert!(analysis.model.journeys.iter().all(|journey| journey.level.is_none()));
    // The journey below the cycle is unreachable, and its declared level is not compared.
    assert_eq!(spans_of(&analysis, source, "J0305"), ["below"]);
}

#[test]
fn self_parent_is_a_cycle() {
    let source =
        "person maya \"Maya\"\njourney a \"A\" { parent: a.s  owner: @maya  stage s \"S\" { step x \"X\" } }\n";
    let analysis = analyze_one(source);
    assert_eq!(codes(&analysis), ["J0301"]);
}

#[test]
fn parent_not_found_names_the_searched_path() {
    let source = r#"
person maya "Maya"
journey root "Root" { owner: @maya  stage join "Join" { step sign "Sign" } }
journey a "A" { parent: root.joins  owner: @maya  stage s "S" { step x "X" } }
journey b "B" { parent: root.join.sing  owner: @maya  stage s "S" { step x "X" } }
"#;
    let analysis = analyze_one(source);
    let paths: Vec<(String, String)> = analysis
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.code.id == "J0302")
        .map(|diagnostic| {
            let arg = |name| match diagnostic.message.get(name) {
                Some(journey_diagnostics::Arg::Str(text)) => text.clone(),
                other => panic!("{name}: {other:?}"),
            };
            (arg("name"), arg("path"))
        })
        .collect();
    // The missing stage is looked up in the journey, the missing step in the stage.
    assert_eq!(
        paths,
        [
            ("joins".to_owned(), "root".to_owned()),
            ("sing".to_owned(), "root.join".to_owned())
        ]
    );
}

#[test]
fn unresolved_parent_skips_level_check() {
    // The unknown parent is reported, and the declared level is not compared
    // with a level derived without it.
    let source = r#"
person maya "Maya"
journey a "A" { parent: nowhere.s  level: 1  owner: @maya  stage s "S" { step x "X" } }
"#;
    let analysis = analyze_one(source);
    assert_eq!(codes(&analysis), ["J0201"]);
}
