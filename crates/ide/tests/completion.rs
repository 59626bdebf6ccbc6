//! Completion by context, snapshot-tested as one line per item:
//! `label  [kind]  detail  → replaced text`.

mod common;

use common::{PEOPLE, fixture};
use journey_ide::CompletionItem;

fn complete(source: &str) -> Vec<CompletionItem> {
    let text = format!("{PEOPLE}//- journeys/main.journey\n{source}");
    let fixture = fixture(&text);
    let (file, offset) = fixture.cursor();
    fixture.snapshot.completions(file, offset)
}

/// The items as lines, with the text each one replaces.
fn listing(source: &str) -> String {
    let text = format!("{PEOPLE}//- journeys/main.journey\n{source}");
    let fixture = fixture(&text);
    let (file, offset) = fixture.cursor();
    let items = fixture.snapshot.completions(file, offset);
    items
        .iter()
        .map(|item| {
            let replaced = fixture.slice(file, item.replace);
            let detail = item.detail.as_deref().unwrap_or("");
            format!(
                "{}  [{:?}]  {detail}  → {replaced:?} ⇒ {:?}",
                item.label, item.kind, item.insert_text
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn labels(source: &str) -> Vec<String> {
    complete(source).into_iter().map(|item| item.label).collect()
}

const OTHER: &str = r#"journey lifecycle "Lifecycle" {
  owner: @maya
  stage join "Join" { step sign "Sign" { emotion: 1 } }
  stage use "Use" { step pay "Pay" { emotion: 1 } }
}
"#;

#[test]
fn people_after_owner() {
    insta::assert_snapshot!(listing("journey a \"A\" {\n  owner: $0\n}\n"));
}

#[test]
fn people_replace_the_typed_reference_after_accent() {
    // `@chl` is being typed; the item replaces it whole.
    insta::assert_snapshot!(listing("journey a \"A\" {\n  owner: @chl$0\n}\n"));
}

#[test]
fn channels_after_channel() {
    let source = "journey a \"A\" { stage s { step t { touchpoint \"Form\" { channel: $0 } } } }\n";
    assert_eq!(labels(source), ["web", "branch"]);
}

#[test]
fn statuses_by_declaration() {
    assert_eq!(
        labels("journey a \"A\" { status: $0 }\n"),
        ["planned", "draft", "mapped", "validated", "archived"]
    );
    let opportunity = "journey a \"A\" { stage s { step t { opportunity \"O\" { status: $0 } } } }\n";
    assert_eq!(
        labels(opportunity),
        ["idea", "planned", "in_progress", "done", "dropped"]
    );
}

#[test]
fn stage_paths_after_parent() {
    let source = format!("{OTHER}journey a \"A\" {{\n  parent: $0\n}}\n");
    insta::assert_snapshot!(listing(&source));
}

#[test]
fn stage_paths_after_a_dot_replace_the_whole_path() {
    let source = format!("{OTHER}journey a \"A\" {{\n  parent: lifecycle.u$0\n}}\n");
    let items = complete(&source);
    assert!(items.iter().any(|item| item.label == "lifecycle.use.pay"), "{items:?}");
    assert!(items.iter().all(|item| item.label.starts_with("lifecycle.")));
    insta::assert_snapshot!(listing(&source));
}

#[test]
fn facet_values_after_facet_name() {
    assert_eq!(labels("journey a \"A\" { department: $0 }\n"), ["retail", "business"]);
}

#[test]
fn properties_and_keywords_in_a_stage() {
    insta::assert_snapshot!(listing("journey a \"A\" {\n  stage s \"S\" {\n    $0\n  }\n}\n"));
}

#[test]
fn journey_block_omits_properties_already_set() {
    let items = labels("journey a \"A\" {\n  owner: @maya\n  st$0\n}\n");
    assert!(!items.contains(&"owner".to_owned()), "{items:?}");
    assert!(items.contains(&"status".to_owned()));
    assert!(items.contains(&"stage".to_owned()));
    assert!(
        items.contains(&"department".to_owned()),
        "facets are journey properties: {items:?}"
    );
}

#[test]
fn keywords_at_top_level() {
    insta::assert_snapshot!(listing("jo$0\n"));
}

#[test]
fn entry_after_a_complete_property() {
    let items = labels("journey a \"A\" { status: mapped $0 }\n");
    assert!(items.contains(&"owner".to_owned()), "{items:?}");
}

#[test]
fn members_offer_people_and_teams() {
    let source = "committee c \"C\" {\n  members: [@maya, $0]\n}\n";
    assert_eq!(labels(source), ["@maya", "@omar", "@chloé", "compliance"]);
}

#[test]
fn pains_of_the_journey_after_for() {
    let source = r#"journey a "A" {
  stage s {
    step t {
      pain slow "Slow"
      pain lost "Lost"
      opportunity "O" { for: [slow, $0] }
    }
  }
}
journey b "B" { stage s { step t { pain other "Other" } } }
"#;
    assert_eq!(labels(source), ["slow", "lost"]);
}

#[test]
fn nothing_in_comments_strings_or_names() {
    assert!(labels("// owner: $0\n").is_empty());
    assert!(labels("journey a \"A $0\" {}\n").is_empty());
    assert!(labels("journey $0\n").is_empty());
}

#[test]
fn unclosed_blocks_still_give_context() {
    // The journey's `}` is missing: the parser ends the block at the next
    // top-level keyword, and the token scan still sees the open stage.
    let source = "journey a \"A\" {\n  stage s {\n    step t { emotion: 1 }\n    $0\nperson z \"Z\"\n";
    let items = labels(source);
    assert!(items.contains(&"step".to_owned()), "{items:?}");
    assert!(items.contains(&"pain".to_owned()), "{items:?}");
}
