//! The `journey init` scaffold checks clean in every language, and has the
//! shape it promises: settings, a people file, an L0 and an L1 journey.

mod common;

use journey_diagnostics::FileId;
use journey_i18n::Lang;
use journey_interop::init::scaffold;
use journey_model::Settings;

#[test]
fn scaffold_checks_clean() {
    for lang in Lang::ALL {
        let files = scaffold(lang);
        let toml = files
            .iter()
            .find(|file| file.path == "journey.toml")
            .expect("the scaffold has settings");
        let (settings, problems) = Settings::parse(FileId(99), toml.contents);
        assert!(problems.is_empty(), "{}: {problems:?}", lang.code());
        let journeys: Vec<(&str, &str)> = files
            .iter()
            .filter(|file| file.path.ends_with(".journey"))
            .map(|file| (file.path, file.contents))
            .collect();
        assert_eq!(journeys.len(), 3);
        for (path, text) in &journeys {
            let formatted = journey_fmt::format(text).expect("the scaffold parses");
            assert_eq!(
                formatted,
                *text,
                "{path} in {} is not in the canonical layout",
                lang.code()
            );
        }
        let checked = common::check_with(&journeys, &settings);
        assert_eq!(common::describe(&checked), Vec::<String>::new(), "{}", lang.code());

        let levels: Vec<Option<u32>> = checked
            .analysis
            .model
            .journeys
            .iter()
            .map(|journey| journey.level)
            .collect();
        assert!(
            levels.contains(&Some(0)),
            "{}: no L0 journey in {levels:?}",
            lang.code()
        );
        assert!(
            levels.contains(&Some(1)),
            "{}: no L1 journey in {levels:?}",
            lang.code()
        );
    }
}

#[test]
fn scaffold_files_are_commented() {
    for lang in Lang::ALL {
        for file in scaffold(lang) {
            let marker = if file.path.ends_with(".toml") { "# " } else { "//" };
            assert!(
                file.contents.contains(marker),
                "{} in {} has no comment",
                file.path,
                lang.code()
            );
        }
    }
}
