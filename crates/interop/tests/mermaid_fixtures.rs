//! Every Mermaid input under `tests/fixtures/mermaid/` imports into a
//! `.journey` file that the real checker accepts. The generated source and
//! the import notices are snapshots in `tests/snapshots/`.
//!
//! A fixture expects no diagnostic at all, unless its first line is
//! `%% expect: J0509, …`: then exactly those codes, in that order.

mod common;

use std::path::Path;

use journey_diagnostics::Severity;
use journey_i18n::{Lang, format};
use journey_interop::mermaid::{ImportOptions, InputKind, import};

fn fixtures() -> Vec<std::path::PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mermaid");
    let mut paths: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    paths
}

fn expected_codes(text: &str) -> Vec<String> {
    let first = text.lines().next().unwrap_or_default();
    first
        .strip_prefix("%% expect:")
        .map(|codes| codes.split(',').map(|code| code.trim().to_owned()).collect())
        .unwrap_or_default()
}

#[test]
fn fixtures_import_and_check_clean() {
    let paths = fixtures();
    assert!(paths.len() >= 10, "the fixture folder is missing files");
    for path in paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let options = ImportOptions::new(Lang::En, format!("fixtures/{name}"), stem);
        let imported =
            import(&text, InputKind::from_path(&name), &options).unwrap_or_else(|error| panic!("{name}: {error:?}"));

        let notices: Vec<String> = imported
            .notices
            .iter()
            .map(|notice| {
                format!(
                    "{}:{}: {}",
                    notice.line,
                    notice.column,
                    format(Lang::En, &notice.message)
                )
            })
            .collect();
        let snapshot = format!("{}\n--- notices ---\n{}\n", imported.source, notices.join("\n"));
        insta::assert_snapshot!(name.replace('.', "_"), snapshot);
        let formatted = journey_fmt::format(&imported.source).expect("the source parses");
        assert_eq!(
            formatted, imported.source,
            "{name}: the import is not in the canonical layout"
        );

        let checked = common::check(&[("imported.journey", &imported.source)]);
        let codes: Vec<&str> = checked
            .analysis
            .diagnostics
            .iter()
            .map(|diagnostic| diagnostic.code.id)
            .collect();
        assert_eq!(
            codes,
            expected_codes(&text),
            "{name}: {:#?}",
            common::describe(&checked)
        );
        assert!(
            checked
                .analysis
                .diagnostics
                .iter()
                .all(|diagnostic| diagnostic.severity < Severity::Error),
            "{name}"
        );
        assert!(!imported.journeys.is_empty(), "{name}");
    }
}

#[test]
fn every_listed_case_has_a_fixture() {
    let all: String = fixtures()
        .iter()
        .map(|path| std::fs::read_to_string(path).unwrap())
        .collect();
    let cases = [
        ("Chinese", "用户注册流程"),
        ("Japanese", "レストランを予約する"),
        ("Cyrillic", "Оформление заказа"),
        ("accented Latin", "Découverte"),
        ("score outside 1–5", ": 7:"),
        ("missing score", "No colon at all"),
        ("several actors", "Me, Cat"),
        ("actor with spaces", "Hungry customer"),
        ("no space after the colon", "Open the app:5:Me"),
        ("%% comment", "%% A comment"),
        ("accTitle", "accTitle:"),
        ("accDescr", "accDescr {"),
        ("tab indentation", "\t\tStep one"),
        ("CRLF", "\r\n"),
    ];
    for (case, needle) in cases {
        assert!(all.contains(needle), "no fixture covers {case}");
    }
}
