//! The CSV exports parse back with a real CSV reader, field for field,
//! also when labels hold commas, quotes and line breaks.

mod common;

use journey_interop::{CsvOptions, Delimiter, atlas_csv, steps_csv};

const SOURCE: &str = r#"
person ana "Ana \"the boss\", CX"
committee c "Committee, north" { owner: @ana }
facet department "Department" {
  value retail "Retail, private"
  value business "Business"
}
channel web "Web; app"
journey root "Root, \"L0\"" {
  owner: @ana
  status: validated
  reviewed: 2026-06-01
  review: quarterly
  department: [retail, business]
  stage one "One" {
    step a """Line one
line two""" {
      touchpoint "Form, \"v2\"" { channel: web }
      touchpoint "Email" { channel: web }
      emotion: -1.5
      pain "Slow, very slow" { severity: high }
      opportunity "Faster" { owner: @ana }
    }
  }
}
journey child "Child" {
  parent: root.one.a
  owner: @ana
  committee: c
  status: draft
  stage s "S" {
    step b "B" { emotion: 2 }
  }
}
"#;

fn records(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

fn model() -> journey_model::Model {
    let checked = common::check(&[("atlas.journey", SOURCE)]);
    let has_errors = checked
        .analysis
        .diagnostics
        .iter()
        .any(|diagnostic| diagnostic.severity == journey_diagnostics::Severity::Error);
    assert!(!has_errors, "{:#?}", common::describe(&checked));
    checked.analysis.model
}

#[test]
fn atlas_rows_parse_back() {
    let model = model();
    let rows = records(&atlas_csv(&model, CsvOptions::default()), b',');
    assert_eq!(rows[0], journey_interop::ATLAS_COLUMNS);
    assert_eq!(rows.len(), 3);
    let root = &rows[1];
    assert_eq!(root[0], "root");
    assert_eq!(root[1], "Root, \"L0\"");
    assert_eq!(root[2], "0");
    assert_eq!(root[4], "Ana \"the boss\", CX");
    assert_eq!(root[6], "validated");
    assert_eq!(root[7], "Department: Retail, private, Business");
    assert_eq!(root[8], "2026-06-01");
    assert_eq!(root[9], "2026-09-01");
    assert_eq!(root[10], "91", "overdue days on 2026-12-01");
    let child = &rows[2];
    assert_eq!(child[2], "1");
    assert_eq!(child[3], "root.one.a");
    assert_eq!(child[5], "Committee, north");
    assert_eq!(child[8], "");
}

#[test]
fn step_rows_parse_back() {
    let model = model();
    let rows = records(&steps_csv(&model, CsvOptions::default()), b',');
    assert_eq!(rows[0], journey_interop::STEP_COLUMNS);
    assert_eq!(rows.len(), 3);
    let step = &rows[1];
    assert_eq!(step[..5], ["root", "one", "One", "a", "Line one\nline two"]);
    assert_eq!(step[5], "Form, \"v2\"; Email");
    assert_eq!(step[6], "Web; app", "the channel appears once");
    assert_eq!(step[7], "-1.5");
    assert_eq!(step[8], "Slow, very slow");
    assert_eq!(step[10], "Faster");
    assert_eq!(rows[2][7], "2");
}

#[test]
fn delimiter_and_byte_order_mark() {
    let model = model();
    let options = CsvOptions {
        delimiter: Delimiter::Semicolon,
        byte_order_mark: true,
    };
    let text = atlas_csv(&model, options);
    let body = text
        .strip_prefix('\u{feff}')
        .expect("the text starts with a byte order mark");
    assert!(body.starts_with("id;title;level;"), "{body}");
    let rows = records(body, b';');
    assert_eq!(rows[1][1], "Root, \"L0\"");
    let tabs = records(
        &atlas_csv(
            &model,
            CsvOptions {
                delimiter: Delimiter::Tab,
                byte_order_mark: false,
            },
        ),
        b'\t',
    );
    assert_eq!(tabs[2][3], "root.one.a");
}
