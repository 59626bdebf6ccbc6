//! Rename across files, and what prepare-rename rejects.

mod common;

use journey_i18n::Lang;
use journey_ide::RenameError;

const TEXT: &str = r#"//- people.journey
person maya "Maya"
person omar "Omar"
channel web "Web"
//- journeys/a.journey
journey a "A" {
  owner: @maya
  status: validated
  review: monthly
  stage s "S" { step t "T" { emotion: 1  touchpoint "F" { channel: web } } }
}
//- journeys/b.journey
journey b "B" { parent: a.s  owner: @maya  stage x { step y { emotion: 1 } } }
"#;

fn with_cursor(marker: &str) -> common::Fixture {
    common::fixture_with_cursor(TEXT, marker)
}

#[test]
fn person_renamed_in_every_file() {
    let fixture = with_cursor("@ma|ya\n  status");
    let (file, offset) = fixture.cursor();
    let span = fixture.snapshot.prepare_rename(file, offset).unwrap();
    assert_eq!(fixture.slice(file, span), "maya");

    let change = fixture.snapshot.rename(file, offset, "@mia").unwrap();
    let files = fixture.apply(&change);
    assert_eq!(files.len(), 3);
    assert!(files["people.journey"].contains("person mia \"Maya\""));
    assert!(files["journeys/a.journey"].contains("owner: @mia"));
    assert!(files["journeys/b.journey"].contains("owner: @mia"));
}

#[test]
fn stage_renamed_in_parent_paths() {
    let fixture = with_cursor("stage |s \"S\"");
    let (file, offset) = fixture.cursor();
    let change = fixture.snapshot.rename(file, offset, "étape").unwrap();
    let files = fixture.apply(&change);
    assert!(files["journeys/a.journey"].contains("stage étape \"S\""));
    assert!(files["journeys/b.journey"].contains("parent: a.étape"));
}

#[test]
fn keywords_and_built_in_values_are_rejected() {
    let cases = [
        ("jour|ney a", RenameError::Keyword("journey".into())),
        ("own|er: @maya\n  status", RenameError::Keyword("owner".into())),
        ("status: valid|ated", RenameError::BuiltInValue("validated".into())),
        ("review: mon|thly", RenameError::BuiltInValue("monthly".into())),
        ("\"Ma|ya\"", RenameError::NothingToRename),
    ];
    for (marker, expected) in cases {
        let fixture = with_cursor(marker);
        let (file, offset) = fixture.cursor();
        assert_eq!(fixture.snapshot.prepare_rename(file, offset), Err(expected), "{marker}");
    }
}

#[test]
fn invalid_and_conflicting_names_are_rejected() {
    let fixture = with_cursor("person ma|ya");
    let (file, offset) = fixture.cursor();
    assert_eq!(
        fixture.snapshot.rename(file, offset, "two words"),
        Err(RenameError::InvalidName("two words".into()))
    );
    let conflict = fixture.snapshot.rename(file, offset, "web").unwrap_err();
    assert_eq!(
        conflict,
        RenameError::Conflict {
            name: "web".into(),
            kind: journey_model::schema::DeclKind::Channel
        }
    );
    assert_eq!(
        conflict.message(Lang::En),
        "a channel named `web` already exists in the same scope; choose another name"
    );
}

#[test]
fn local_names_conflict_only_inside_their_journey() {
    let fixture = with_cursor("stage |x {");
    let (file, offset) = fixture.cursor();
    // `s` is a stage of journey `a`, not of `b`.
    assert!(fixture.snapshot.rename(file, offset, "s").is_ok());
    assert!(matches!(
        fixture.snapshot.rename(file, offset, "y"),
        Err(RenameError::Conflict { .. })
    ));
}

#[test]
fn error_messages_in_french() {
    let error = RenameError::Keyword("owner".into());
    assert_eq!(
        error.message(Lang::Fr),
        "`owner` est un mot-clé du langage et ne peut pas être renommé"
    );
}
