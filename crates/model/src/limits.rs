//! Limits on the length of names and labels. A name or label past its limit
//! is an error, and a label is cut at the limit in the model, so that one
//! absurd value cannot slow the checker's suggestions or the renderers'
//! text layout down.

use ecow::EcoString;
use journey_diagnostics::{Diagnostic, FileId, Message, TEXT_TOO_LONG};
use journey_syntax::ast::Decl;

use crate::lower::Lowerer;

/// Maximum length of a declaration's name, in characters.
pub const MAX_NAME_CHARS: usize = 100;
/// Maximum length of a declaration's label, in characters.
pub const MAX_LABEL_CHARS: usize = 500;

impl Lowerer {
    /// Reports a name or label over its limit and returns the label to keep,
    /// cut at [`MAX_LABEL_CHARS`].
    pub(crate) fn checked_label(&mut self, file: FileId, decl: &Decl) -> Option<EcoString> {
        let keyword = decl.keyword.text.as_str();
        // A text of at most `max` bytes has at most `max` characters: most
        // are, and are not counted.
        if let Some(name) = decl.name.as_ref().filter(|name| name.text.len() > MAX_NAME_CHARS) {
            let length = name.text.chars().count();
            if length > MAX_NAME_CHARS {
                let message = Message::new("limits-name-too-long")
                    .arg("keyword", keyword)
                    .arg("length", length)
                    .arg("max", MAX_NAME_CHARS);
                self.diagnostics.push(
                    Diagnostic::new(&TEXT_TOO_LONG, self.at(file, name.span), message)
                        .with_help(Message::new("limits-help-name-too-long")),
                );
            }
        }
        let label = decl.label.as_ref()?;
        if label.value.len() <= MAX_LABEL_CHARS {
            return Some(label.value.clone());
        }
        let length = label.value.chars().count();
        if length <= MAX_LABEL_CHARS {
            return Some(label.value.clone());
        }
        let message = Message::new("limits-label-too-long")
            .arg("keyword", keyword)
            .arg("length", length)
            .arg("max", MAX_LABEL_CHARS);
        self.diagnostics.push(
            Diagnostic::new(&TEXT_TOO_LONG, self.at(file, label.span), message)
                .with_help(Message::new("limits-help-label-too-long")),
        );
        Some(cut_label(&label.value))
    }
}

/// Returns the label as the model keeps it, at most [`MAX_LABEL_CHARS`]
/// characters. A label under the limit shares the syntax tree's buffer.
pub(crate) fn cut_label(label: &EcoString) -> EcoString {
    if label.len() <= MAX_LABEL_CHARS {
        return label.clone();
    }
    match label.char_indices().nth(MAX_LABEL_CHARS) {
        Some((end, _)) => label[..end].into(),
        None => label.clone(),
    }
}

#[cfg(test)]
mod tests {
    use journey_diagnostics::FileId;

    use super::*;
    use crate::{ParsedFile, Settings, Today, TodaySource, analyze, date::parse_date};

    fn check(text: &str) -> crate::Analysis {
        let files = [ParsedFile::new(FileId(0), "main.journey", text)];
        let today = Today {
            date: parse_date("2026-12-01").unwrap(),
            source: TodaySource::Settings,
        };
        analyze(&files, &Settings::default(), today)
    }

    fn too_long(analysis: &crate::Analysis) -> Vec<&'static str> {
        analysis
            .diagnostics
            .iter()
            .filter(|d| d.code.id == "J0010")
            .map(|d| d.message.id)
            .collect()
    }

    #[test]
    fn label_at_the_limit_is_accepted() {
        let analysis = check(&format!("person maya \"{}\"\n", "é".repeat(MAX_LABEL_CHARS)));
        assert!(too_long(&analysis).is_empty());
        assert_eq!(
            analysis.model.persons[0]
                .label
                .as_ref()
                .map(|label| label.chars().count()),
            Some(MAX_LABEL_CHARS)
        );
    }

    #[test]
    fn long_label_is_reported_and_cut() {
        let analysis = check(&format!("person maya \"{}\"\n", "é".repeat(MAX_LABEL_CHARS + 1)));
        assert_eq!(too_long(&analysis), vec!["limits-label-too-long"]);
        assert_eq!(
            analysis.model.persons[0]
                .label
                .as_ref()
                .map(|label| label.chars().count()),
            Some(MAX_LABEL_CHARS)
        );
    }

    #[test]
    fn long_name_is_reported() {
        let name = "n".repeat(MAX_NAME_CHARS + 1);
        let analysis = check(&format!(
            "person {name} \"Maya\"\njourney j \"J\" {{ owner: @{name} }}\n"
        ));
        assert_eq!(too_long(&analysis), vec!["limits-name-too-long"]);
        assert!(
            analysis.model.journeys[0].owner.is_some(),
            "the long name still resolves"
        );
    }
}
