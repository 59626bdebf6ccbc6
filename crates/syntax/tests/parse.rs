//! Parser behaviour on valid and broken input.

use journey_diagnostics::FileId;
use journey_syntax::ast::{Entry, ValueKind};
use journey_syntax::parse;

fn codes(source: &str) -> Vec<(&'static str, String)> {
    parse(FileId(0), source)
        .diagnostics
        .iter()
        .map(|d| (d.code.id, source[d.primary.at.span.range()].to_owned()))
        .collect()
}

#[test]
fn parses_sketch() {
    let source = r#"
/// The lifecycle.
journey lifecycle "Customer lifecycle" {
  owner: @maya
  status: validated
  reviewed: 2026-10-01
  review: every 45 days
  parent: a.b.c
  persona: [newcomer, expat,]
  stage discover "Discover"
  stage join "Join" {
    step s "S" {
      touchpoint "Online form" { channel: web }
      emotion: -1
      pain "Twice" { severity: high  insight: verbatims_q3 }
      evidence "Printed receipt"
    }
    kpi completion { target: 80%  actual: 62.5% }
  }
}
person maya "Maya" { role: "Lead \"quoted\" \u{e9}" }
"#;
    let parse = parse(FileId(0), source);
    assert_eq!(parse.diagnostics, vec![]);
    assert_eq!(parse.file.items.len(), 2);
    let journey = &parse.file.items[0];
    assert_eq!(journey.doc.as_ref().map(|d| d.text.as_str()), Some("The lifecycle."));
    assert_eq!(journey.name.as_ref().unwrap().text, "lifecycle");
    assert_eq!(journey.properties().count(), 6);
    assert_eq!(journey.children().count(), 2);
    let review = journey.property("review").unwrap().value.as_ref().unwrap();
    assert!(matches!(review.kind, ValueKind::Every { count, .. } if count == 45.0));
    let role = parse.file.items[1].property("role").unwrap().value.as_ref().unwrap();
    assert_eq!(
        role.kind,
        ValueKind::String(journey_syntax::ast::StringLit {
            value: "Lead \"quoted\" é".into(),
            span: role.span,
            triple: false
        })
    );
}

#[test]
fn missing_brace_keeps_next_journey() {
    let source = "journey a \"A\" {\n  stage s \"S\" {\n    step x \"X\"\n}\njourney b \"B\" { owner: @o }\n";
    let parse = parse(FileId(0), source);
    assert_eq!(codes(source), vec![("J0003", "{".into())]);
    assert_eq!(parse.file.items.len(), 2);
    assert_eq!(parse.file.items[1].name.as_ref().unwrap().text, "b");
}

#[test]
fn stray_tokens_and_unterminated_string() {
    let source = "journey a \"A\" {\n  owner: @o ]] 12\n  status: \"oops\n  stage s \"S\"\n}\njourney b \"B\"\n";
    let parse = parse(FileId(0), source);
    let found = codes(source);
    assert_eq!(found, vec![("J0001", "]] 12".into()), ("J0002", "\"oops".into())]);
    assert_eq!(parse.file.items.len(), 2);
    let a = &parse.file.items[0];
    assert_eq!(a.children().count(), 1);
}

#[test]
fn missing_value_and_comma() {
    let source = "journey a { owner:\n persona: [x y]\n}";
    assert_eq!(codes(source), vec![("J0001", ":".into()), ("J0001", "x".into())]);
}

#[test]
fn deep_nesting_is_an_error() {
    let source = format!("journey a {}{}", "{".repeat(10_000), "}".repeat(10_000));
    let parse = parse(FileId(0), &source);
    let deep: Vec<_> = parse.diagnostics.iter().filter(|d| d.code.id == "J0005").collect();
    assert_eq!(deep.len(), 1);
}

#[test]
fn deep_unclosed_nesting_is_an_error() {
    let source = "step x { ".repeat(10_000);
    let parse = parse(FileId(0), &source);
    assert!(parse.diagnostics.iter().any(|d| d.code.id == "J0005"));
}

#[test]
fn comments_stay_trivia() {
    let source = "// top\njourney a { // end\n  /* block */ owner: @o\n}\n/// orphan doc\n";
    let parse = parse(FileId(0), source);
    assert_eq!(parse.diagnostics, vec![]);
    assert_eq!(parse.file.comments.len(), 4);
    assert!(matches!(parse.file.items[0].entries()[0], Entry::Property(_)));
}

#[test]
fn invalid_characters_grouped() {
    let source = "journey a $$$ { }";
    assert_eq!(codes(source), vec![("J0004", "$$$".into())]);
}
