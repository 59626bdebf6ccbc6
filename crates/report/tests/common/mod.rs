//! Analyses for the report tests: the bundled example and workspaces written inline.

// Each test binary uses a part of this module.
#![allow(dead_code)]

use std::path::Path;

use journey_diagnostics::FileId;
use journey_model::date::parse_date;
use journey_model::{Analysis, ParsedFile, Settings, Today, TodaySource, analyze, analyze_texts};

/// Checks `examples/northwind` as `journey check` would, with the date its journey.toml pins.
pub fn northwind() -> Analysis {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/northwind");
    let workspace = journey_workspace::load(&root).expect("the example loads");
    let date = workspace
        .settings
        .today
        .expect("the example pins `today` in journey.toml");
    let mut analysis = analyze_texts(
        &workspace.files,
        &workspace.settings,
        Today {
            date,
            source: TodaySource::Settings,
        },
    );
    analysis.diagnostics.extend(workspace.diagnostics);
    analysis
}

/// Checks one file of source text as of `today`.
pub fn analysis_of(text: &str, today: &str) -> Analysis {
    let file = ParsedFile::new(FileId(0), "atlas.journey", text);
    let today = Today {
        date: parse_date(today).expect("valid test date"),
        source: TodaySource::Flag,
    };
    analyze(&[file], &Settings::default(), today)
}

/// A workspace whose every label tries to break out of its context.
pub const HOSTILE: &str = r#"
workspace "<b>Bold</b> & co" { lead: @eve  review: monthly }
person eve "Eve <script>alert('owner')</script>" { role: "\"quoted\" role" }
committee board "Board </td></tr></table>"
facet unit "Unit | pipe" { value a "<img src=x onerror=alert(1)>" }
kpi score "Score *bold* _em_" { unit: "pts`" better: higher }
insight leak "Leak" { source: "</style><script>alert('style')</script>"  url: "https://example.com/x?a=1&b=<2>" }
journey evil "<script>alert(\"journey\")</script>" {
  owner: @eve
  committee: board
  status: validated
  unit: a
  reviewed: 2026-01-01
  stage s "Stage ]]> <!-- comment -->" {
    step t "Step [link](http://example.com)" {
      emotion: -2
      pain p "Pain {{ braces }} & </p>" { severity: critical  insight: leak }
      opportunity o "Fix `it` | now" { impact: high  effort: low  owner: @eve }
    }
  }
  kpi score { target: 10  actual: 5 }
}
journey orphan "Orphan # heading" { parent: evil.s  stage x "X" { step y "Y" { pain "Lonely <pain>" } } }
"#;

/// The strings of [`HOSTILE`] that a reader must see exactly as written.
pub const LITERALS: &[&str] = &[
    "<script>alert(\"journey\")</script>",
    "Eve <script>alert('owner')</script>",
    "Board </td></tr></table>",
    "<img src=x onerror=alert(1)>",
    "Pain {{ braces }} & </p>",
    "Lonely <pain>",
    "Fix `it` | now",
];
