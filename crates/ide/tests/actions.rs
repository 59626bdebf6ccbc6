//! Code actions: "did you mean", declaring a missing name, adding an owner.

mod common;

use common::fixture;
use journey_diagnostics::Span;
use journey_i18n::Lang;

fn actions(text: &str) -> (common::Fixture, Vec<journey_ide::CodeAction>) {
    let fixture = fixture(text);
    let (file, offset) = fixture.cursor();
    let actions = fixture
        .snapshot
        .code_actions(file, Span::empty(offset as usize), Lang::En);
    (fixture, actions)
}

#[test]
fn did_you_mean_replaces_the_name() {
    let (fixture, actions) = actions("person omar \"Omar\"\njourney a \"A\" { owner: @om$0ra }\n");
    let titles: Vec<&str> = actions.iter().map(|action| action.title.as_str()).collect();
    assert_eq!(titles, ["replace with `omar`", "Declare person `omra`"]);
    assert!(actions[0].preferred);
    let files = fixture.apply(&actions[0].change);
    assert_eq!(
        files["main.journey"],
        "person omar \"Omar\"\njourney a \"A\" { owner: @omar }\n"
    );
}

#[test]
fn declares_a_missing_person_after_the_others() {
    let text = "//- people.journey\nperson maya \"Maya\"\n\nchannel web \"Web\"\n//- a.journey\njourney a \"A\" { owner: @zo$0e }\n";
    let (fixture, actions) = actions(text);
    let declare = actions
        .iter()
        .find(|action| action.title == "Declare person `zoe`")
        .expect("a declare action");
    let files = fixture.apply(&declare.change);
    assert_eq!(
        files["people.journey"],
        "person maya \"Maya\"\nperson zoe \"zoe\"\n\nchannel web \"Web\"\n"
    );
}

#[test]
fn declares_a_missing_channel_at_the_end_of_the_file() {
    let text = "journey a \"A\" { owner: @x stage s { step t { touchpoint \"F\" { channel: ap$0p } } } }";
    let (fixture, actions) = actions(text);
    let declare = actions
        .iter()
        .find(|action| action.title == "Declare channel `app`")
        .expect("a declare action");
    let files = fixture.apply(&declare.change);
    assert!(
        files["main.journey"].ends_with("} } } }\n\nchannel app \"app\"\n"),
        "{files:?}"
    );
}

#[test]
fn adds_the_workspace_lead_as_owner() {
    let text = "workspace \"W\" { lead: @omar }\nperson maya \"Maya\"\nperson omar \"Omar\"\njourney a$0 \"A\" {\n    status: draft\n    stage s { step t { emotion: 0 } }\n}\n";
    let (fixture, actions) = actions(text);
    let add = actions
        .iter()
        .find(|action| action.title == "Add `owner: @omar`")
        .expect("an add-owner action");
    let files = fixture.apply(&add.change);
    assert!(
        files["main.journey"].contains("journey a \"A\" {\n    owner: @omar\n    status: draft\n"),
        "{files:?}"
    );
}

#[test]
fn adds_a_block_to_a_journey_without_one() {
    let text = "person maya \"Maya\"\njourney a$0 \"A\"\n";
    let (fixture, actions) = actions(text);
    let add = actions
        .iter()
        .find(|action| action.title == "Add `owner: @maya`")
        .expect("an add-owner action");
    let files = fixture.apply(&add.change);
    assert_eq!(
        files["main.journey"],
        "person maya \"Maya\"\njourney a \"A\" {\n  owner: @maya\n}\n"
    );
}

#[test]
fn no_action_away_from_diagnostics() {
    let (_, actions) =
        actions("person maya \"Maya\"\njourney a \"A\" { owner: @maya $0 stage s { step t { emotion: 0 } } }\n");
    assert!(actions.is_empty(), "{actions:?}");
}
