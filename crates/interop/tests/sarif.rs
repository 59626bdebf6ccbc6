//! `sarif_log` output validated against the official SARIF 2.1.0 schema,
//! and the facts code-scanning services read from it.

mod common;

use journey_diagnostics::CODES;
use journey_i18n::Lang;
use journey_interop::{CiContext, sarif_log};
use serde_json::Value;

const WORKSPACE: &str = r#"person maya "Maya"
person maya "Maya again"
journey trip "Trip" {
  owner: @mayaa
  stage go "Go" {
    step pay "Pay" { emotion: 7 }
    kpi done { target: 120% }
  }
}
"#;

fn log(lang: Lang, prefix: &str) -> Value {
    let checked = common::check(&[("journeys/trip.journey", WORKSPACE)]);
    assert!(!checked.analysis.diagnostics.is_empty());
    let context = CiContext {
        lang,
        sources: &checked.sources,
        root_prefix: prefix.to_owned(),
    };
    serde_json::from_str(&sarif_log(&context, &checked.analysis.diagnostics)).expect("the log is JSON")
}

/// The `language` patterns of the official schema,
/// `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`, have a stray `]` that
/// JavaScript reads as a literal and Rust's regex engines reject, so the
/// validator refuses the schema as it is.
const STRAY_BRACKET_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";

/// Builds a validator for the official schema. The copy in memory escapes
/// the stray `]`, which keeps the patterns' meaning. The file is unchanged.
fn validator() -> jsonschema::Validator {
    let mut schema = schema();
    let escaped = escape_stray_brackets(&mut schema);
    assert_eq!(
        escaped, 2,
        "the schema file changed: check its `language` patterns again"
    );
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the official schema compiles")
}

fn escape_stray_brackets(value: &mut Value) -> usize {
    match value {
        Value::Object(map) => {
            let mut count = 0;
            for (key, child) in map.iter_mut() {
                if key == "pattern" && *child == STRAY_BRACKET_PATTERN {
                    *child = Value::from(r"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\]?$");
                    count += 1;
                } else {
                    count += escape_stray_brackets(child);
                }
            }
            count
        }
        Value::Array(items) => items.iter_mut().map(escape_stray_brackets).sum(),
        _ => 0,
    }
}

fn schema() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn log_validates_against_the_schema() {
    let validator = validator();
    for lang in Lang::ALL {
        let log = log(lang, "docs/atlas");
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

#[test]
fn schema_rejects_a_broken_log() {
    // The validation above would pass anything if the schema were not applied.
    let validator = validator();
    let mut log = log(Lang::En, "");
    log["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(!validator.is_valid(&log));

    let mut log = self::log(Lang::En, "");
    log["runs"][0]["tool"]["driver"]["informationUri"] = Value::from("not a URI");
    assert!(!validator.is_valid(&log), "formats are checked too");
}

#[test]
fn rules_list_every_code_with_help_and_link() {
    let log = log(Lang::En, "");
    let rules = log["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), CODES.len());
    for (rule, code) in rules.iter().zip(CODES) {
        assert_eq!(rule["id"], code.id);
        let anchor = format!("/diagnostics.md#{}-{}", code.id.to_ascii_lowercase(), code.name);
        assert!(
            rule["helpUri"].as_str().unwrap().ends_with(&anchor),
            "{}",
            rule["helpUri"]
        );
        assert!(rule["help"]["text"].as_str().unwrap().contains(&anchor));
        assert!(
            !rule["shortDescription"]["text"].as_str().unwrap().starts_with("rule-"),
            "summary missing for {}",
            code.id
        );
    }
}

#[test]
fn results_point_at_repository_paths() {
    let log = log(Lang::En, "docs/atlas");
    let results = log["runs"][0]["results"].as_array().unwrap();
    let unknown = results
        .iter()
        .find(|result| result["ruleId"] == "J0201")
        .expect("the unknown person is reported");
    let location = &unknown["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "docs/atlas/journeys/trip.journey");
    assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    assert_eq!(location["region"]["startLine"], 4);
    assert_eq!(location["region"]["startColumn"], 11);
    assert_eq!(location["region"]["endColumn"], 16);
    assert_eq!(unknown["level"], "error");
    let rule_index = unknown["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(log["runs"][0]["tool"]["driver"]["rules"][rule_index]["id"], "J0201");
    assert_eq!(
        unknown["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
        "maya"
    );
}

#[test]
fn related_locations_carry_their_message() {
    let log = log(Lang::En, "");
    let results = log["runs"][0]["results"].as_array().unwrap();
    let duplicate = results
        .iter()
        .find(|result| result["ruleId"] == "J0202")
        .expect("the duplicate is reported");
    let related = &duplicate["relatedLocations"][0];
    assert_eq!(related["physicalLocation"]["region"]["startLine"], 1);
    assert!(related["message"]["text"].as_str().unwrap().contains("first declared"));
}

#[test]
fn messages_follow_the_language() {
    let log = log(Lang::Fr, "");
    let results = log["runs"][0]["results"].as_array().unwrap();
    let unknown = results.iter().find(|result| result["ruleId"] == "J0201").unwrap();
    assert!(
        unknown["message"]["text"].as_str().unwrap().contains("aide"),
        "{}",
        unknown["message"]["text"]
    );
}

#[test]
fn columns_count_code_points() {
    let checked = common::check(&[("é.journey", "journey é \"É\" {\n  owner: @ŝ\n}\n")]);
    let context = CiContext {
        lang: Lang::En,
        sources: &checked.sources,
        root_prefix: String::new(),
    };
    let log: Value = serde_json::from_str(&sarif_log(&context, &checked.analysis.diagnostics)).unwrap();
    assert_eq!(log["runs"][0]["columnKind"], "unicodeCodePoints");
    let result = &log["runs"][0]["results"][0];
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "%C3%A9.journey");
    assert_eq!(location["region"]["startColumn"], 11);
    assert_eq!(location["region"]["endColumn"], 12);
}

/// Computes the anchor GitHub gives a Markdown heading: lowercase, spaces
/// to `-`, punctuation other than `-` and `_` removed.
fn github_slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

#[test]
fn help_links_reach_headings_of_the_diagnostics_page() {
    let page =
        std::fs::read_to_string(common::repo_root().join("docs/diagnostics.md")).expect("docs/diagnostics.md exists");
    let anchors: Vec<String> = page
        .lines()
        .filter_map(|line| line.strip_prefix('#'))
        .map(|heading| github_slug(heading.trim_start_matches('#')))
        .collect();
    for code in CODES {
        let url = journey_interop::diagnostic_docs_url(code);
        let anchor = url.rsplit_once('#').unwrap().1;
        assert!(
            anchors.iter().any(|found| found == anchor),
            "no heading of docs/diagnostics.md has the anchor #{anchor}"
        );
    }
}
