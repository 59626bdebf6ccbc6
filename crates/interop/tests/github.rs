//! GitHub Actions workflow commands: the format of each line, and escapes
//! that the runner decodes back to the original text.

mod common;

use journey_i18n::Lang;
use journey_interop::{CiContext, github_annotations};

/// Reverses the runner's escapes, as it does before showing an annotation.
fn unescape(value: &str) -> String {
    value
        .replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

/// Splits `::kind key=value,…::message` into its parts, the way the runner does.
fn parse(line: &str) -> (String, Vec<(String, String)>, String) {
    let rest = line.strip_prefix("::").expect("a workflow command starts with ::");
    let (head, message) = rest.split_once("::").expect("a workflow command has a message");
    let (kind, properties) = head.split_once(' ').unwrap_or((head, ""));
    let properties = properties
        .split(',')
        .map(|pair| {
            let (key, value) = pair.split_once('=').expect("properties are key=value");
            (key.to_owned(), unescape(value))
        })
        .collect();
    (kind.to_owned(), properties, unescape(message))
}

fn property<'a>(properties: &'a [(String, String)], key: &str) -> &'a str {
    &properties
        .iter()
        .find(|(name, _)| name == key)
        .unwrap_or_else(|| panic!("no {key}"))
        .1
}

#[test]
fn special_characters_survive_the_runner() {
    let path = "odd, name: 100%.journey";
    let text = "journey j \"J\" {\n  owner: @nobody\n  stage s \"S\" {\n    step x \"X\" { kpi k { target: 120% } }\n  }\n}\nkpi k \"K\"\n";
    let checked = common::check(&[(path, text)]);
    let context = CiContext {
        lang: Lang::En,
        sources: &checked.sources,
        root_prefix: "a,b:c".to_owned(),
    };
    let output = github_annotations(&context, &checked.analysis.diagnostics);
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(
        lines.len(),
        checked.analysis.diagnostics.len(),
        "one line per diagnostic:\n{output}"
    );

    for line in &lines {
        let (_, properties, _) = parse(line);
        assert_eq!(property(&properties, "file"), "a,b:c/odd, name: 100%.journey", "{line}");
    }
    let percent = lines
        .iter()
        .find(|line| line.contains("J0402"))
        .expect("the percentage is reported");
    assert!(percent.contains("120%25"), "{percent}");
    let (kind, properties, message) = parse(percent);
    assert_eq!(kind, "error");
    assert_eq!(property(&properties, "line"), "4");
    assert_eq!(property(&properties, "title"), "J0402 percentage_over_100");
    assert!(message.starts_with("120% is outside"), "{message}");

    let unknown = lines
        .iter()
        .find(|line| line.contains("J0201"))
        .expect("the unknown person is reported");
    let (_, properties, message) = parse(unknown);
    assert_eq!(
        (property(&properties, "line"), property(&properties, "col")),
        ("2", "11")
    );
    assert_eq!(property(&properties, "endColumn"), "17");
    assert!(message.contains('\n'), "the help is on its own line: {message:?}");
    assert!(!unknown.contains('\n'));
}

#[test]
fn severities_map_to_commands() {
    let text = "journey j \"J\" {\n  stage s \"S\"\n}\n";
    let checked = common::check(&[("j.journey", text)]);
    let context = CiContext {
        lang: Lang::En,
        sources: &checked.sources,
        root_prefix: String::new(),
    };
    let output = github_annotations(&context, &checked.analysis.diagnostics);
    assert!(output.lines().all(|line| line.starts_with("::warning ")), "{output}");
    assert!(output.contains("file=j.journey,line=1,col=9,"), "{output}");
}

#[test]
fn errors_come_before_warnings() {
    // GitHub shows ten annotations of each kind per step, so errors lead.
    let text = "journey a \"A\" {\n  stage s \"S\"\n}\njourney b \"B\" {\n  owner: @nobody\n}\n";
    let checked = common::check(&[("j.journey", text)]);
    let context = CiContext {
        lang: Lang::En,
        sources: &checked.sources,
        root_prefix: String::new(),
    };
    let output = github_annotations(&context, &checked.analysis.diagnostics);
    let kinds: Vec<&str> = output.lines().map(|line| line.split(' ').next().unwrap()).collect();
    assert_eq!(kinds, ["::error", "::warning", "::warning"], "{output}");
    let warnings: Vec<&str> = output.lines().filter(|line| line.starts_with("::warning")).collect();
    assert!(warnings[0].contains("line=1,"), "file order within a kind:\n{output}");
    assert!(warnings[1].contains("line=2,"), "file order within a kind:\n{output}");
}
