//! The words the maps draw that are not user content, from the `render-`
//! messages of the catalogue, in the language of the build.

use journey_diagnostics::{Arg, Message};
use journey_i18n::Lang;

#[derive(Debug, Clone, Copy)]
pub struct Words {
    pub lang: Lang,
}

impl Words {
    pub fn new(lang: Lang) -> Words {
        Words { lang }
    }

    /// Formats a message without arguments, by its id without the `render-`
    /// prefix.
    pub fn get(&self, id: &str) -> String {
        journey_i18n::text(self.lang, &format!("render-{id}"))
    }

    /// Formats a message with arguments; `id` is the full message id.
    pub fn with(&self, id: &'static str, args: &[(&'static str, Arg)]) -> String {
        let message = args
            .iter()
            .cloned()
            .fold(Message::new(id), |message, (name, value)| message.arg(name, value));
        journey_i18n::format(self.lang, &message)
    }

    /// Names a keyword value (`status-mapped`, `severity-high`), or returns
    /// the keyword itself when the catalogue has no name for it.
    pub fn keyword(&self, group: &str, value: &str) -> String {
        let id = format!("render-{group}-{value}");
        if journey_i18n::has_message(self.lang, &id) {
            journey_i18n::text(self.lang, &id)
        } else {
            value.to_owned()
        }
    }
}

/// Makes a string argument.
pub fn s(value: impl Into<String>) -> Arg {
    Arg::Str(value.into())
}

/// Makes a number argument.
pub fn n(value: impl Into<f64>) -> Arg {
    Arg::Num(value.into())
}
