//! Property tests: the parser, the checker, the formatter and the editor
//! model never panic, on arbitrary bytes and on soups of the language's own
//! tokens, which reach deeper into the grammar than random text.

use proptest::prelude::*;

/// Fragments of the language, glued at random into almost-valid files.
const TOKENS: &[&str] = &[
    "journey",
    "stage",
    "step",
    "person",
    "team",
    "committee",
    "facet",
    "value",
    "persona",
    "channel",
    "kpi",
    "insight",
    "workspace",
    "phase",
    "touchpoint",
    "pain",
    "gain",
    "opportunity",
    "solution",
    "evidence",
    "frontstage",
    "backstage",
    "support",
    "owner:",
    "parent:",
    "level:",
    "status:",
    "emotion:",
    "target:",
    "actual:",
    "members:",
    "for:",
    "channel:",
    "review:",
    "reviewed:",
    "future_of:",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    ".",
    "@maya",
    "maya",
    "a.b.c",
    "\"Label\"",
    "\"unterminated",
    "\"\"\"triple\nline\"\"\"",
    "\"\\u{1F600}\"",
    "\"\\q\"",
    "80%",
    "140%",
    "-3",
    "2026-02-30",
    "2026-10-01",
    "every 6 weeks",
    "quarterly",
    "// c\n",
    "/// doc\n",
    "/* block */",
    "/* open",
    "\n",
    "étape",
    "顧客",
    "$",
    "\u{FEFF}",
    "\r\n",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..120).prop_map(|tokens| tokens.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn parser_on_bytes(data in prop::collection::vec(any::<u8>(), 0..400)) {
        journey_robust::parse_bytes(&data);
    }

    #[test]
    fn parser_on_strings(text in any::<String>()) {
        journey_robust::parse_bytes(text.as_bytes());
    }

    #[test]
    fn parser_on_token_soup(text in soup()) {
        journey_robust::parse_bytes(text.as_bytes());
    }

    #[test]
    fn checker_on_bytes(data in prop::collection::vec(any::<u8>(), 0..400)) {
        journey_robust::check_files(&data);
    }

    #[test]
    fn checker_on_token_soup(files in prop::collection::vec(soup(), 1..4)) {
        journey_robust::check_files(files.join("\0").as_bytes());
    }

    #[test]
    fn formatter_on_token_soup(text in soup()) {
        journey_robust::format_is_idempotent(text.as_bytes());
    }

    #[test]
    fn editor_on_bytes(data in prop::collection::vec(any::<u8>(), 0..600)) {
        journey_robust::edit_session(&data);
    }
}

/// A generated workspace with faults, every file cut at random points: the
/// shapes a file takes while someone types it.
#[test]
fn checker_on_truncated_workspaces() {
    let config = journey_gen::Config {
        fault_rate: 0.3,
        ..journey_gen::Config::lines(11, 3_000)
    };
    let workspace = journey_gen::generate(&config);
    for file in workspace.journey_files() {
        let text = file.text.as_bytes();
        for cut in (0..text.len()).step_by(97) {
            journey_robust::check_files(&text[..cut]);
            journey_robust::format_is_idempotent(&text[..cut]);
        }
    }
}

#[test]
fn formatter_on_generated_workspace() {
    let workspace = journey_gen::generate(&journey_gen::Config::lines(12, 3_000));
    for file in workspace.journey_files() {
        journey_robust::format_is_idempotent(file.text.as_bytes());
    }
}
