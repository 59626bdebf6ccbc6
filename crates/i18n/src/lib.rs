//! The message catalogues: every sentence a person reads, in English and
//! French, as Project Fluent files under `locales/`, compiled into the binary.
//!
//! Other crates build [`Message`] values (an id and arguments); this crate
//! turns them into text. Choosing the language from flags, environment or
//! locale is the caller's job, through [`Lang::resolve`].

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use journey_diagnostics::{Arg, Message};

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// Parses a language tag or a POSIX locale (`fr`, `fr-CA`, `fr_FR.UTF-8`);
    /// returns `None` for a language the tool does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// Picks the language from, in order, an explicit choice (`--lang`), the
    /// `JOURNEY_LANG` variable and the system locale, falling back to English.
    pub fn resolve(flag: Option<&str>, env: Option<&str>, locale: Option<&str>) -> Lang {
        [flag, env, locale]
            .into_iter()
            .flatten()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }
}

// Every `locales/<lang>/*.ftl` file, listed by the build script.
include!(concat!(env!("OUT_DIR"), "/sources.rs"));

type Bundle = FluentBundle<FluentResource>;

/// Returns the catalogue of `lang`, built on first use. Each language is
/// built on its own, so a command that speaks one never builds the other.
fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    let index = Lang::ALL
        .iter()
        .position(|candidate| *candidate == lang)
        .expect("Lang::ALL lists every language");
    BUNDLES[index].get_or_init(|| {
        let id = lang.code().parse().expect("language codes are valid tags");
        let mut bundle = Bundle::new_concurrent(vec![id]);
        // Unicode isolation marks would end up in terminals, JSON and CI logs.
        bundle.set_use_isolating(false);
        for (_, source) in SOURCES.iter().filter(|(source_lang, _)| *source_lang == lang) {
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(_, errors)| panic!("invalid Fluent file for {}: {errors:?}", lang.code()));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("duplicate Fluent message: {errors:?}"));
        }
        bundle
    })
}

/// Formats a message in `lang`. A message missing from the catalogue comes
/// out as its id, so a gap shows instead of vanishing.
pub fn format(lang: Lang, message: &Message) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in &message.args {
        match value {
            Arg::Str(text) => args.set(*name, FluentValue::from(localize_key(lang, name, text))),
            Arg::Num(number) => args.set(*name, FluentValue::from(*number)),
        }
    }
    format_id(lang, message.id, Some(&args))
}

/// Arguments that hold a key rather than text: a kind of declaration or
/// value (`kind-person`) or where a date came from (`source-flag`).
const KEY_ARGS: &[(&str, &str)] = &[
    ("kind", "kind-"),
    ("expected", "kind-"),
    ("found", "kind-"),
    ("first", "kind-"),
    ("place", "kind-"),
    ("source", "source-"),
];

fn localize_key(lang: Lang, name: &str, value: &str) -> String {
    let Some((_, prefix)) = KEY_ARGS.iter().find(|(arg, _)| *arg == name) else {
        return value.to_owned();
    };
    let id = format!("{prefix}{value}");
    if has_message(lang, &id) {
        text(lang, &id)
    } else {
        value.to_owned()
    }
}

/// Formats a message that takes no arguments.
pub fn text(lang: Lang, id: &str) -> String {
    format_id(lang, id, None)
}

fn format_id(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
        return id.to_owned();
    };
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, args, &mut errors).into_owned()
}

/// Returns whether the catalogue of `lang` has a message called `id`.
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// Lists the message ids of one language's catalogue, for consistency tests.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let mut ids = Vec::new();
    for (_, source) in SOURCES.iter().filter(|(source_lang, _)| *source_lang == lang) {
        for line in source.lines() {
            let Some((id, _)) = line.split_once(" =") else { continue };
            if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                ids.push(id.to_owned());
            }
        }
    }
    ids.sort();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_resolve_in_order() {
        assert_eq!(Lang::resolve(Some("fr"), Some("en"), None), Lang::Fr);
        assert_eq!(Lang::resolve(None, Some("fr_FR.UTF-8"), Some("en_US")), Lang::Fr);
        assert_eq!(Lang::resolve(None, None, Some("fr-CA")), Lang::Fr);
        assert_eq!(Lang::resolve(Some("de"), None, Some("fr")), Lang::Fr);
        assert_eq!(Lang::resolve(None, None, None), Lang::En);
    }

    #[test]
    fn catalogues_have_the_same_messages() {
        let english = message_ids(Lang::En);
        let french = message_ids(Lang::Fr);
        let missing_in_french: Vec<_> = english.iter().filter(|id| !french.contains(id)).collect();
        let missing_in_english: Vec<_> = french.iter().filter(|id| !english.contains(id)).collect();
        assert!(missing_in_french.is_empty(), "missing in French: {missing_in_french:?}");
        assert!(
            missing_in_english.is_empty(),
            "missing in English: {missing_in_english:?}"
        );
    }

    #[test]
    fn every_rule_has_a_summary() {
        for lang in Lang::ALL {
            for code in journey_diagnostics::CODES {
                assert!(
                    has_message(lang, &code.summary_id()),
                    "{} has no {} in {}",
                    code.id,
                    code.summary_id(),
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn formats_arguments() {
        let message = Message::new("syntax-unclosed").arg("delimiter", "}");
        assert_eq!(format(Lang::En, &message), "missing closing `}`");
    }
}
