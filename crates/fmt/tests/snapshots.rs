//! Messy inputs and their formatted output, as insta snapshots. Each
//! snapshot shows the input above the output; every case also checks that
//! the output formats to itself.

use journey_fmt::format;

/// Formats `input`, checks that the result is stable, and returns both for the snapshot.
fn formatted(input: &str) -> String {
    let output = format(input).unwrap_or_else(|error| panic!("{error}: {input}"));
    assert_eq!(
        format(&output).as_deref(),
        Ok(output.as_str()),
        "formatting is not idempotent"
    );
    format!("{input}\n---- formatted ----\n{output}")
}

#[test]
fn comments_at_line_ends() {
    insta::assert_snapshot!(formatted(
        r#"workspace "Northwind Bank" {   // the bank
  lead:   @maya       // journey lead
  review: quarterly// default cadence
}   // end of workspace
person maya "Maya" { role: "Lead" }  /* inline block */ // and a line comment
"#
    ));
}

#[test]
fn comments_between_properties() {
    insta::assert_snapshot!(formatted(
        r#"journey j "J" {
owner: @maya
      // who decides


        // second comment, after blank lines
status: mapped
  /* a block comment on its own line */
reviewed: 2026-10-01
     /* before the entry */ review: monthly
}
"#
    ));
}

#[test]
fn comments_before_closing_brace() {
    insta::assert_snapshot!(formatted(
        r#"journey j "J" {
  stage s "S" {
    step t "T" {
      emotion: 1
      // TODO: measure it
      }
  // end of stage s
  }

  // trailing note of the journey
}
stage_only "X" { // nothing here yet
}
"#
    ));
}

#[test]
fn comments_at_file_start_and_end() {
    insta::assert_snapshot!(formatted(
        "\n\n   // The first line of the file.\n/* A block\n   over two lines. */\n\n\nperson a \"A\"\n\n\n// The last comment.\n/* And the very last */   "
    ));
}

#[test]
fn comments_inside_lists() {
    insta::assert_snapshot!(formatted(
        r#"team t "T" {
  members: [@a, // first
    @b,
    // before c
    @c /* after c */ ,
    // before the end
  ]
  tags: [/* only a comment */]
}
"#
    ));
}

#[test]
fn comments_inside_a_property() {
    insta::assert_snapshot!(formatted(
        r#"journey j /* name */ "J" {
  parent: /* before the value */ lifecycle.join
  owner: // a line comment after the colon
    @maya
  review: every /* count */ 6 weeks
}
"#
    ));
}

#[test]
fn doc_comments() {
    insta::assert_snapshot!(formatted(
        r#"   /// The lifecycle.
///   Indented second line.

///
/// After a blank line.

journey lifecycle "Lifecycle" {
      /// A stage.
  stage join "Join"
  owner: @maya
  /// Stands before no declaration, so it stays a comment.
}
/// At the end of the file.
"#
    ));
}

#[test]
fn indentation_and_spacing() {
    insta::assert_snapshot!(formatted(
        "journey\tj   \"J\"{\r\n\t\towner :@maya\r\n  status:mapped   \r\n\tstage s \"S\"{step t \"T\"{emotion:-1}}}\r\n"
    ));
}

#[test]
fn blocks_on_one_line() {
    insta::assert_snapshot!(formatted(
        r#"channel web "Website" {kind:digital}
kpi completion "Completion" {   unit: "%"     better: higher   }
channel branch "Branch" {
  kind: physical
}
stage s "S" { step t "T" }
stage two "Two" { step a "A" step b "B" }
stage nested "Nested" { step a "A" { emotion: 1 } }
opportunity callback "Offer a call back to every customer who waited" { impact: medium effort: medium owner: @chloé status: planned }
stage empty "Empty" {
}
facet f "F" {}
"#
    ));
}

#[test]
fn long_lists_wrap() {
    insta::assert_snapshot!(formatted(
        r#"committee c "C" {
  members: [@maya,@lena,compliance,]
  insight: [verbatims_q3, funnel_2026, interviews_2025, call_center_logs, web_analytics, branch_survey]
  nested: [[a, b], [c_long_name_number_one, c_long_name_number_two, c_long_name_number_three, d_four]]
  empty: [ ]
  }
"#
    ));
}

#[test]
fn strings_requoted() {
    insta::assert_snapshot!(formatted(
        r#"person p "Tab\tQuote\" \u{e9}\u{1F600} back\\slash" {
  role: "Zero\u{200b}width and no\u{a0}break"
  email: "line\nbreak"
  description: """  Kept   "as is"
    with \n no escapes   """
}
"#
    ));
}

#[test]
fn blank_lines_collapse() {
    insta::assert_snapshot!(formatted(
        "\n\n\nperson a \"A\"\n\n\n\n\nperson b \"B\"\njourney j \"J\" {\n\n\n  owner: @a\n\n\n\n  status: mapped\n\n\n}\n\n\n\n"
    ));
}

#[test]
fn literals_kept_as_written() {
    insta::assert_snapshot!(formatted(
        "journey j \"J\" {\n  parent: lifecycle . join\n  review: every   45\n days\n  emotion: -1.50\n  kpi k { target: 80.0%  actual: 62% }\n  reviewed: 2026-10-01\n}\n"
    ));
}

#[test]
fn wide_characters_count_double() {
    // `persona p "P" { goal: "" }` takes 26 columns and each `顧` two more:
    // 37 of them fill the line to exactly 100 columns, 38 overflow it.
    let fits = "顧".repeat(37);
    let overflows = "顧".repeat(38);
    insta::assert_snapshot!(formatted(&format!(
        "persona p \"P\" {{ goal: \"{fits}\" }}\npersona q \"Q\" {{ goal: \"{overflows}\" }}\n"
    )));
}

#[test]
fn empty_and_comment_only_files() {
    assert_eq!(format("").as_deref(), Ok(""));
    assert_eq!(format(" \n\n\t\n").as_deref(), Ok(""));
    insta::assert_snapshot!(formatted("  // only a comment\n\n\n/* and a block */"));
}

#[test]
fn syntax_errors_rejected() {
    let Err(journey_fmt::FormatError::Syntax(diagnostics)) = format("person a \"A\" {\n  role: \"x\n}\n") else {
        panic!("a file with a syntax error must be rejected");
    };
    let codes: Vec<&str> = diagnostics.iter().map(|diagnostic| diagnostic.code.id).collect();
    assert_eq!(codes, ["J0002"]);
}
