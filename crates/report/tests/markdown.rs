//! The Markdown report: snapshots of the bundled example in English and
//! French, and hostile labels shown literally.

mod common;

use journey_i18n::Lang;

#[test]
fn northwind_in_english() {
    let report = journey_report::compute(&common::northwind());
    insta::assert_snapshot!(journey_report::markdown(&report, Lang::En));
}

#[test]
fn northwind_in_french() {
    let report = journey_report::compute(&common::northwind());
    insta::assert_snapshot!(journey_report::markdown(&report, Lang::Fr));
}

#[test]
fn northwind_has_every_section() {
    let report = journey_report::compute(&common::northwind());
    let markdown = journey_report::markdown(&report, Lang::En);
    for heading in [
        "## Atlas overview",
        "## Ownership",
        "## Refinement",
        "## Experience",
        "## Opportunities",
        "## KPIs",
        "## Current vs future state",
    ] {
        assert!(markdown.contains(heading), "missing {heading}");
    }
}

#[test]
fn empty_sections_are_left_out() {
    let analysis = common::analysis_of(
        "person ana \"Ana\"\njourney j \"J\" { owner: @ana  stage a \"A\" { step s \"S\" } }",
        "2026-01-01",
    );
    let markdown = journey_report::markdown(&journey_report::compute(&analysis), Lang::En);
    assert!(markdown.contains("## Atlas overview"));
    for heading in [
        "## Refinement",
        "## Experience",
        "## Opportunities",
        "## KPIs",
        "## Current vs future state",
    ] {
        assert!(!markdown.contains(heading), "{heading} has nothing to say:\n{markdown}");
    }
}

#[test]
fn hostile_labels_stay_text() {
    let analysis = common::analysis_of(common::HOSTILE, "2026-06-01");
    let markdown = journey_report::markdown(&journey_report::compute(&analysis), Lang::En);
    assert!(!markdown.contains("<script"), "raw HTML in:\n{markdown}");
    assert!(!markdown.contains("<img"), "raw HTML in:\n{markdown}");
    assert!(markdown.contains("&lt;script&gt;alert(\"journey\")&lt;/script&gt;"));
    assert!(markdown.contains("Unit \\| pipe"), "a pipe would split the table cell");
    assert!(
        markdown.contains("Step \\[link\\](http://example.com)"),
        "a label must not become a link"
    );
    assert!(markdown.contains("Orphan \\# heading"));
    assert_tables_are_regular(&markdown);
}

#[test]
fn hostile_labels_parse_as_plain_text() {
    use pulldown_cmark::{Event, Options, Parser, Tag};

    let analysis = common::analysis_of(common::HOSTILE, "2026-06-01");
    let markdown = journey_report::markdown(&journey_report::compute(&analysis), Lang::En);
    let mut text = String::new();
    let mut emphasis = 0;
    for event in Parser::new_ext(&markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => panic!("raw HTML {html:?} in:\n{markdown}"),
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => panic!("link to {dest_url}"),
            Event::Start(Tag::Emphasis | Tag::Strikethrough) => emphasis += 1,
            Event::Text(part) | Event::Code(part) => text.push_str(&part),
            _ => {}
        }
    }
    for literal in common::LITERALS {
        assert!(text.contains(literal), "{literal:?} is not shown as text");
    }
    assert!(text.contains("Step [link](http://example.com)"));
    assert!(text.contains("Score *bold* _em_"));
    assert_eq!(emphasis, 1, "only the footer is in italics");
}

#[test]
fn long_tables_are_cut_in_markdown() {
    let mut atlas = String::from("person ana \"Ana\"\njourney root \"Root\" { owner: @ana  stage s \"S\" {\n");
    for index in 0..60 {
        atlas.push_str(&format!(
            "  step s{index} \"Step {index}\" {{ pain p{index} \"Pain {index}\" {{ severity: low }} }}\n"
        ));
    }
    atlas.push_str("} }\n");
    let analysis = common::analysis_of(&atlas, "2026-01-01");
    let markdown = journey_report::markdown(&journey_report::compute(&analysis), Lang::En);
    assert!(
        markdown.contains("10 more entries are in the HTML and JSON reports."),
        "{markdown}"
    );
    assert!(markdown.contains("Pain 49"));
    assert!(!markdown.contains("| Pain 50 |"));
}

/// Asserts that every row of every table has as many cell separators
/// (unescaped `|`) as its header, so no label split a cell.
fn assert_tables_are_regular(markdown: &str) {
    let separators = |line: &str| line.replace("\\|", "").matches('|').count();
    let mut header: Option<usize> = None;
    for line in markdown.lines() {
        if !line.starts_with('|') {
            header = None;
            continue;
        }
        let count = separators(line);
        match header {
            None => header = Some(count),
            Some(expected) => assert_eq!(count, expected, "irregular row: {line}"),
        }
    }
}
