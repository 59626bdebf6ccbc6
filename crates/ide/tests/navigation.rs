//! Go to definition, find references and document highlight across files.

mod common;

const TEXT: &str = r#"//- people.journey
person maya "Maya"
person 顧客 "Customer lead"
//- journeys/a.journey
journey a "A" {
  owner: @maya
  stage s "S" { step t "T" { emotion: 1 } }
}
//- journeys/b.journey
journey b "B" {
  parent: a.s
  owner: @顧客
  stage x "X" { step y "Y" { emotion: 1 } }
}
journey c "C" { parent: a.s  owner: @maya  stage z "Z" { step w "W" { emotion: 0 } } }
"#;

fn with_cursor(marker: &str) -> common::Fixture {
    common::fixture_with_cursor(TEXT, marker)
}

#[test]
fn definition_across_files() {
    let fixture = with_cursor("owner: @ma|ya\n  stage s");
    let (file, offset) = fixture.cursor();
    let target = fixture.snapshot.definition(file, offset).unwrap();
    assert_eq!(fixture.snapshot.path(target.file), Some("people.journey"));
    assert_eq!(fixture.slice(target.file, target.span), "maya");
}

#[test]
fn definition_of_path_segment_and_cjk_name() {
    let fixture = with_cursor("parent: a.s|\n");
    let (file, offset) = fixture.cursor();
    let target = fixture.snapshot.definition(file, offset).unwrap();
    assert_eq!(fixture.snapshot.path(target.file), Some("journeys/a.journey"));
    assert_eq!(fixture.slice(target.file, target.span), "s");

    let fixture = with_cursor("@顧|客");
    let (file, offset) = fixture.cursor();
    let target = fixture.snapshot.definition(file, offset).unwrap();
    assert_eq!(fixture.slice(target.file, target.span), "顧客");
}

#[test]
fn references_with_and_without_declaration() {
    let fixture = with_cursor("person ma|ya");
    let (file, offset) = fixture.cursor();
    let paths = |with: bool| -> Vec<String> {
        fixture
            .snapshot
            .references(file, offset, with)
            .iter()
            .map(|at| {
                format!(
                    "{}:{}",
                    fixture.snapshot.path(at.file).unwrap(),
                    fixture.slice(at.file, at.span)
                )
            })
            .collect()
    };
    assert_eq!(
        paths(true),
        [
            "people.journey:maya",
            "journeys/a.journey:maya",
            "journeys/b.journey:maya"
        ]
    );
    assert_eq!(paths(false), ["journeys/a.journey:maya", "journeys/b.journey:maya"]);
}

#[test]
fn highlights_stay_in_the_file() {
    let fixture = with_cursor("parent: a.|s\n");
    let (file, offset) = fixture.cursor();
    let highlights = fixture.snapshot.highlights(file, offset);
    assert_eq!(highlights.len(), 2, "{highlights:?}");
    assert!(highlights.iter().all(|highlight| !highlight.declaration));
    assert!(
        highlights
            .iter()
            .all(|highlight| fixture.slice(file, highlight.span) == "s")
    );
}

#[test]
fn nothing_on_keywords() {
    let fixture = with_cursor("jou|rney a");
    let (file, offset) = fixture.cursor();
    assert_eq!(fixture.snapshot.definition(file, offset), None);
    assert!(fixture.snapshot.references(file, offset, true).is_empty());
}
