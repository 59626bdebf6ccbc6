//! `docs/reports.md` against the code: the fail-on table lists exactly the
//! conditions, and the ranking weights are the ones the code uses.

use journey_report::{Condition, level_weight};

fn reports_md() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/reports.md");
    std::fs::read_to_string(path).expect("docs/reports.md exists")
}

#[test]
fn fail_on_table_lists_every_condition() {
    let docs = reports_md();
    let documented: Vec<&str> = docs
        .lines()
        .skip_while(|line| !line.starts_with("| Condition | Met when |"))
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .filter_map(|line| line.split('`').nth(1))
        .collect();
    let names: Vec<&str> = Condition::ALL.iter().map(|condition| condition.name()).collect();
    assert_eq!(documented, names);
}

#[test]
fn ranking_weights_match_the_docs() {
    let docs = reports_md();
    assert!(docs.contains("score = weight(impact) / weight(effort)      with low = 1, medium = 2, high = 3"));
    assert_eq!(
        [level_weight("low"), level_weight("medium"), level_weight("high")],
        [Some(1), Some(2), Some(3)]
    );
}
