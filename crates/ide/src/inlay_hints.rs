//! Inlay hints: the framework level derived for each journey, shown after its title.

use journey_diagnostics::{FileId, Message, Span};
use journey_i18n::Lang;

use crate::hover::anchor_path;
use crate::snapshot::Snapshot;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlayHint {
    /// Where the hint is drawn: after the journey's label, or its name.
    pub offset: u32,
    pub label: String,
    pub tooltip: String,
}

impl Snapshot {
    /// The level hints of the journeys of `file` that start inside `range`.
    pub fn inlay_hints(&self, file: FileId, range: Span, lang: Lang) -> Vec<InlayHint> {
        let Some(parse) = self.parse(file) else {
            return Vec::new();
        };
        let model = self.model();
        let mut hints = Vec::new();
        for journey in &model.journeys {
            let symbol = self.symbol(journey.symbol);
            let Some(level) = journey.level else { continue };
            if symbol.decl.file != file || !range.contains(symbol.decl.span.start as usize) {
                continue;
            }
            let Some(decl) = parse.file.items.iter().find(|decl| decl.span == symbol.decl.span) else {
                continue;
            };
            let end = decl
                .label
                .as_ref()
                .map_or(symbol.name_span.span.end, |label| label.span.end);
            let tooltip = match journey.parent {
                Some(anchor) => Message::new("ide-hint-level-parent")
                    .arg("level", level as usize)
                    .arg("parent", anchor_path(model, anchor)),
                None => Message::new("ide-hint-level-root"),
            };
            hints.push(InlayHint {
                offset: end,
                label: journey_i18n::format(
                    lang,
                    &Message::new("ide-hover-level-value").arg("level", level as usize),
                ),
                tooltip: journey_i18n::format(lang, &tooltip),
            });
        }
        hints
    }
}
