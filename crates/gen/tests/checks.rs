//! The generator checked against the real parser and checker: its output is
//! deterministic, sized as asked, clean without faults and reports the
//! faults it was asked for.

use journey_diagnostics::{FileId, Severity};
use journey_gen::{Config, Detail, Size, Workspace, generate};
use journey_model::{ParsedFile, Settings, Today, TodaySource, analyze, date::parse_date};

fn check(workspace: &Workspace) -> journey_model::Analysis {
    let files: Vec<ParsedFile> = workspace
        .journey_files()
        .enumerate()
        .map(|(index, file)| ParsedFile::new(FileId(index as u32), file.path.clone(), file.text.as_str()))
        .collect();
    let today = Today {
        date: parse_date("2026-12-01").unwrap(),
        source: TodaySource::Settings,
    };
    analyze(&files, &Settings::default(), today)
}

fn codes(analysis: &journey_model::Analysis, severity: Severity) -> Vec<&'static str> {
    let mut codes: Vec<&str> = analysis
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.severity == severity)
        .map(|d| d.code.id)
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

#[test]
fn same_seed_same_bytes() {
    assert_eq!(generate(&Config::lines(7, 5_000)), generate(&Config::lines(7, 5_000)));
    assert_ne!(generate(&Config::lines(7, 5_000)), generate(&Config::lines(8, 5_000)));
}

#[test]
fn size_by_lines() {
    let workspace = generate(&Config::lines(1, 10_000));
    let lines = workspace.lines();
    assert!((10_000..10_400).contains(&lines), "{lines} lines");
}

#[test]
fn size_by_journeys() {
    let workspace = generate(&Config::journeys(1, 300));
    assert_eq!(workspace.journeys, 300);
}

#[test]
fn clean_workspace_has_no_errors() {
    for config in [
        Config::lines(3, 20_000),
        Config::journeys(3, 500),
        Config::lines(4, 1_000),
    ] {
        let analysis = check(&generate(&config));
        assert_eq!(codes(&analysis, Severity::Error), Vec::<&str>::new(), "{config:?}");
        // Overdue reviews are the only warnings, as in a real atlas.
        assert!(
            codes(&analysis, Severity::Warning).iter().all(|code| *code == "J0505"),
            "{config:?}: {:?}",
            codes(&analysis, Severity::Warning)
        );
    }
}

#[test]
fn framework_has_three_levels() {
    let analysis = check(&generate(&Config::journeys(2, 200)));
    let levels: Vec<u32> = analysis
        .model
        .journeys
        .iter()
        .filter_map(|journey| journey.level)
        .collect();
    assert_eq!(levels.len(), 200, "every journey is reachable");
    for level in 0..3 {
        assert!(levels.contains(&level), "level {level} missing");
    }
}

#[test]
fn faults_are_reported() {
    let config = Config {
        seed: 5,
        size: Size::Lines(30_000),
        detail: Detail::Full,
        fault_rate: 0.2,
    };
    let analysis = check(&generate(&config));
    let errors = codes(&analysis, Severity::Error);
    for expected in ["J0001", "J0002", "J0003"] {
        assert!(errors.contains(&expected), "{expected} missing from {errors:?}");
    }
    assert!(errors.len() >= 6, "{errors:?}");
}
