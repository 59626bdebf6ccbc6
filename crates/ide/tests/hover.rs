//! Hover text, snapshot-tested with the cursor drawn under the source line.

mod common;

use common::{PEOPLE, fixture};
use journey_i18n::Lang;

/// Renders the source line with a caret under the hovered range, then the hover.
fn hover(text: &str, lang: Lang) -> String {
    let fixture = fixture(text);
    let (file, offset) = fixture.cursor();
    let Some(hover) = fixture.snapshot.hover(file, offset, lang) else {
        return "no hover".to_owned();
    };
    let source = fixture.text(file);
    let line_start = source[..hover.span.start as usize]
        .rfind('\n')
        .map_or(0, |newline| newline + 1);
    let line_end = source[line_start..]
        .find('\n')
        .map_or(source.len(), |newline| line_start + newline);
    let before = source[line_start..hover.span.start as usize].chars().count();
    let width = fixture.slice(file, hover.span).chars().count().max(1);
    format!(
        "{}\n{}{}\n\n{}",
        &source[line_start..line_end],
        " ".repeat(before),
        "^".repeat(width),
        hover.markdown
    )
}

fn journeys() -> String {
    format!(
        "{PEOPLE}//- journeys/lifecycle.journey\n{}",
        r#"/// The end-to-end lifecycle.
journey lifecycle "Customer lifecycle" {
  owner: @maya
  status: validated
  reviewed: 2026-10-01
  review: quarterly
  stage join "Join" {
    step sign "Sign up" { emotion: 1  touchpoint "Form" { channel: web } }
  }
}
journey open_account "Open an account" {
  parent: lifecycle.join
  level: 2
  owner: @chloé
  committee: onboarding
  department: retail
  stage apply "Apply" {
    step fill "Fill in the form" {
      emotion: -1
      pain slow "Too slow" { severity: high }
      opportunity prefill "Prefill" { impact: high  effort: low  owner: @omar  for: slow }
    }
    kpi nps { target: 40  actual: 31 }
  }
}
"#
    )
}

fn at(marker: &str) -> String {
    let text = journeys();
    let plain = marker.replace('|', "");
    assert!(text.contains(&plain), "{marker}");
    text.replacen(&plain, &marker.replace('|', "$0"), 1)
}

#[test]
fn journey_declaration() {
    insta::assert_snapshot!(hover(&at("journey life|cycle"), Lang::En));
}

#[test]
fn journey_with_parent_and_mismatched_level() {
    insta::assert_snapshot!(hover(&at("journey open_|account"), Lang::En));
}

#[test]
fn person_reference_after_accent() {
    // The cursor sits after `é`, a two-byte character.
    insta::assert_snapshot!(hover(&at("@chloé|"), Lang::En));
}

#[test]
fn stage_in_parent_path() {
    insta::assert_snapshot!(hover(&at("lifecycle.jo|in"), Lang::En));
}

#[test]
fn opportunity_and_pain() {
    insta::assert_snapshot!(hover(&at("opportunity pre|fill"), Lang::En));
    insta::assert_snapshot!(hover(&at("for: sl|ow"), Lang::En));
}

#[test]
fn kpi_value_shows_library_kpi() {
    insta::assert_snapshot!(hover(&at("kpi n|ps {"), Lang::En));
}

#[test]
fn unnamed_touchpoint_keyword() {
    insta::assert_snapshot!(hover(&at("touch|point \"Form\""), Lang::En));
}

#[test]
fn facet_key_and_value() {
    insta::assert_snapshot!(hover(&at("depart|ment: retail"), Lang::En));
    insta::assert_snapshot!(hover(&at("department: re|tail"), Lang::En));
}

#[test]
fn journey_in_french() {
    insta::assert_snapshot!(hover(&at("journey open_|account"), Lang::Fr));
}

#[test]
fn no_hover_on_keywords_and_values() {
    assert_eq!(hover(&at("sta|tus: validated"), Lang::En), "no hover");
    assert_eq!(hover(&at("status: vali|dated"), Lang::En), "no hover");
}
