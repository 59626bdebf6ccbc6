//! The files `journey init` scaffolds: a small commented workspace that
//! checks clean, in English or French.

use journey_i18n::Lang;

/// One file of the scaffold, by its path relative to the new workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScaffoldFile {
    pub path: &'static str,
    pub contents: &'static str,
}

const ENGLISH: &[ScaffoldFile] = &[
    ScaffoldFile {
        path: "journey.toml",
        contents: include_str!("init/en/journey.toml"),
    },
    ScaffoldFile {
        path: "people.journey",
        contents: include_str!("init/en/people.journey"),
    },
    ScaffoldFile {
        path: "journeys/lifecycle.journey",
        contents: include_str!("init/en/journeys/lifecycle.journey"),
    },
    ScaffoldFile {
        path: "journeys/sign_up.journey",
        contents: include_str!("init/en/journeys/sign_up.journey"),
    },
];

const FRENCH: &[ScaffoldFile] = &[
    ScaffoldFile {
        path: "journey.toml",
        contents: include_str!("init/fr/journey.toml"),
    },
    ScaffoldFile {
        path: "people.journey",
        contents: include_str!("init/fr/people.journey"),
    },
    ScaffoldFile {
        path: "journeys/cycle_de_vie.journey",
        contents: include_str!("init/fr/journeys/cycle_de_vie.journey"),
    },
    ScaffoldFile {
        path: "journeys/inscription.journey",
        contents: include_str!("init/fr/journeys/inscription.journey"),
    },
];

/// The scaffold in `lang`: `journey.toml`, a people file, an L0 journey and
/// an L1 journey that zooms into one of its stages.
pub fn scaffold(lang: Lang) -> &'static [ScaffoldFile] {
    match lang {
        Lang::En => ENGLISH,
        Lang::Fr => FRENCH,
    }
}
