//! The French diagnostics and CLI messages use the same `$variables` as the
//! English ones: a variable only one language uses is either lost from the
//! French text or printed as an error marker.

use std::collections::{BTreeMap, BTreeSet};

use journey_tests::repo_root;

/// Catalogue files whose two languages are compared.
const FILES: &[&str] = &["diagnostics.ftl", "cli.ftl"];

/// Reads the variables of each message of a Fluent file.
fn variables(lang: &str, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = repo_root().join("crates/i18n/locales").join(lang).join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let mut messages: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            let id = line.split_once(" =").map(|(id, _)| id.trim().to_owned());
            current = id.clone();
            if let Some(id) = id {
                messages.entry(id).or_default();
            }
        }
        if let Some(id) = &current {
            let found = line
                .split('$')
                .skip(1)
                .map(|rest| rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
            messages.entry(id.clone()).or_default().extend(found);
        }
    }
    messages
}

#[test]
fn french_messages_use_the_english_variables() {
    let mut differences = String::new();
    for file in FILES {
        let english = variables("en", file);
        let french = variables("fr", file);
        for (id, english_variables) in &english {
            let Some(french_variables) = french.get(id) else {
                continue;
            };
            if english_variables != french_variables {
                differences.push_str(&format!(
                    "\n  {file} {id}: en {english_variables:?}, fr {french_variables:?}"
                ));
            }
        }
    }
    assert!(differences.is_empty(), "messages whose variables differ:{differences}");
}

#[test]
fn variable_reader_sees_selectors() {
    let english = variables("en", "cli.ftl");
    let summary = english.get("cli-summary").expect("cli-summary exists");
    let expected: BTreeSet<String> = ["errors", "warnings", "infos", "files"]
        .into_iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(summary, &expected);
}
