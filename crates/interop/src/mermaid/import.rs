//! Writing `.journey` source for Mermaid diagrams read by [`super::parse`].
//!
//! Each diagram becomes a journey: sections become stages, tasks become
//! steps, scores become emotions on the workspace's scale, and actors become
//! personas. The file declares the personas it refers to, and a placeholder
//! owner unless the target workspace has a lead, so it checks clean on its
//! own. Generated placeholders carry a `TODO:` comment.

use std::collections::BTreeMap;
use std::fmt::Write;

use journey_diagnostics::Message;
use journey_i18n::{Lang, format, text};

use super::parse::{Diagram, Notice, Score, Section, Task};
use crate::ident::Names;
use crate::source::{comment, number, quote};

/// Mermaid's score range.
pub const MERMAID_MIN: f64 = 1.0;
pub const MERMAID_MAX: f64 = 5.0;

/// The target workspace that the generated source must fit into.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub lang: Lang,
    /// The emotion scale of the target workspace, `(min, max)`.
    pub emotion_scale: (f64, f64),
    /// The input file as the header comment names it.
    pub source_name: String,
    /// The title of a diagram that has none and no heading above it.
    pub fallback_title: String,
    /// Top-level names already declared in the target workspace.
    pub existing_names: Vec<String>,
    /// Personas already declared in the target workspace: label to name.
    pub personas: BTreeMap<String, String>,
    /// A person of the target workspace to own the journeys, by name. Without
    /// one, the file declares a placeholder person.
    pub owner: Option<String>,
}

impl ImportOptions {
    pub fn new(lang: Lang, source_name: impl Into<String>, fallback_title: impl Into<String>) -> Self {
        ImportOptions {
            lang,
            emotion_scale: (-2.0, 2.0),
            source_name: source_name.into(),
            fallback_title: fallback_title.into(),
            existing_names: Vec::new(),
            personas: BTreeMap::new(),
            owner: None,
        }
    }
}

/// The generated source and what it declares.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub source: String,
    /// The names of the journeys, in diagram order.
    pub journeys: Vec<String>,
    pub notices: Vec<Notice>,
}

/// Maps a Mermaid score (1 to 5) onto the emotion scale.
pub fn score_to_emotion(score: f64, (min, max): (f64, f64)) -> f64 {
    min + (score - MERMAID_MIN) / (MERMAID_MAX - MERMAID_MIN) * (max - min)
}

/// Writes the `.journey` source for `diagrams`.
pub fn write_journeys(diagrams: &[Diagram], options: &ImportOptions, mut notices: Vec<Notice>) -> Imported {
    let mut writer = Writer {
        options,
        names: Names::new(options.existing_names.iter().cloned()),
        notices: &mut notices,
    };
    let personas = writer.personas(diagrams);
    let owner = writer.owner();
    let mut body = String::new();
    let mut journeys = Vec::new();
    for diagram in diagrams {
        let name = writer.journey(&mut body, diagram, &personas, &owner);
        journeys.push(name);
    }

    let mut source = comment("", &header(options));
    source.push('\n');
    if let Owner::Placeholder { name, label } = &owner {
        source.push_str(&comment(
            "",
            &format!("TODO: {}", text(options.lang, "interop-import-owner-placeholder")),
        ));
        let _ = writeln!(source, "person {name} {}\n", quote(label));
    }
    let new_personas: Vec<&Persona> = personas.iter().filter(|persona| persona.declare).collect();
    for persona in &new_personas {
        let _ = writeln!(source, "persona {} {}", persona.name, quote(&persona.label));
    }
    if !new_personas.is_empty() {
        source.push('\n');
    }
    source.push_str(body.trim_end());
    source.push('\n');
    notices.sort_by_key(|notice| (notice.line, notice.column));
    Imported {
        source,
        journeys,
        notices,
    }
}

fn header(options: &ImportOptions) -> String {
    let from = Message::new("interop-import-header").arg("source", options.source_name.as_str());
    format!(
        "{}\n{}",
        format(options.lang, &from),
        text(options.lang, "interop-import-review")
    )
}

struct Persona {
    name: String,
    label: String,
    declare: bool,
}

enum Owner {
    Existing(String),
    Placeholder { name: String, label: String },
}

impl Owner {
    fn name(&self) -> &str {
        match self {
            Owner::Existing(name) | Owner::Placeholder { name, .. } => name,
        }
    }
}

struct Writer<'a> {
    options: &'a ImportOptions,
    /// The top-level namespace of the target workspace and this file.
    names: Names,
    notices: &'a mut Vec<Notice>,
}

impl Writer<'_> {
    /// Declares one persona per distinct actor label, in order of first
    /// appearance, and reuses the workspace's own.
    fn personas(&mut self, diagrams: &[Diagram]) -> Vec<Persona> {
        let mut personas: Vec<Persona> = Vec::new();
        let actors = diagrams
            .iter()
            .flat_map(|diagram| &diagram.sections)
            .flat_map(|section| &section.tasks);
        for actor in actors.flat_map(|task| &task.actors) {
            if personas.iter().any(|persona| persona.label == *actor) {
                continue;
            }
            let persona = match self.options.personas.get(actor) {
                Some(name) => Persona {
                    name: name.clone(),
                    label: actor.clone(),
                    declare: false,
                },
                None => {
                    let name = self.names.claim("persona", actor, personas.len() + 1);
                    Persona {
                        name,
                        label: actor.clone(),
                        declare: true,
                    }
                }
            };
            personas.push(persona);
        }
        personas
    }

    fn owner(&mut self) -> Owner {
        match &self.options.owner {
            Some(name) => Owner::Existing(name.clone()),
            None => {
                let name = self.names.claim_exact("journey_owner".to_owned());
                Owner::Placeholder {
                    name,
                    label: text(self.options.lang, "interop-import-owner-label"),
                }
            }
        }
    }

    fn journey(&mut self, out: &mut String, diagram: &Diagram, personas: &[Persona], owner: &Owner) -> String {
        let label = self.title(diagram);
        let name = self.names.claim("journey", &label, 1);
        let lang = self.options.lang;
        let from = Message::new("interop-import-from-line").arg("line", diagram.line as usize);
        out.push_str(&comment("", &format(lang, &from)));
        let _ = writeln!(out, "journey {name} {} {{", quote(&label));

        if let Some(description) = &diagram.acc_descr {
            let _ = writeln!(out, "  description: {}", quote(description));
        }
        if let Some(acc_title) = diagram.acc_title.as_ref().filter(|acc_title| **acc_title != label) {
            out.push_str(&comment("  ", &format!("accTitle: {acc_title}")));
        }
        if let Owner::Existing(_) = owner {
            out.push_str(&comment(
                "  ",
                &format!("TODO: {}", text(lang, "interop-import-owner-lead")),
            ));
        }
        let _ = writeln!(out, "  owner: @{}", owner.name());
        let _ = writeln!(out, "  status: draft");

        let actors = journey_actors(diagram);
        let persona_of = |actor: &String| {
            personas
                .iter()
                .find(|persona| persona.label == *actor)
                .map(|persona| persona.name.as_str())
                .unwrap_or_default()
        };
        let names: Vec<&str> = actors.iter().map(|actor| persona_of(actor)).collect();
        match names.as_slice() {
            [] => {}
            [one] => {
                let _ = writeln!(out, "  persona: {one}");
            }
            many => {
                let _ = writeln!(out, "  persona: [{}]", many.join(", "));
            }
        }

        if diagram.sections.iter().all(|section| section.tasks.is_empty()) {
            self.notice(diagram.line, 1, Message::new("interop-mermaid-no-tasks"));
        }
        let mut inner = Names::default();
        for (index, section) in diagram.sections.iter().enumerate() {
            out.push('\n');
            self.stage(out, &mut inner, section, index + 1, &actors);
        }
        out.push_str("}\n\n");
        name
    }

    fn title(&mut self, diagram: &Diagram) -> String {
        let written = [&diagram.title, &diagram.front_matter_title, &diagram.acc_title]
            .into_iter()
            .find_map(|title| title.as_ref().filter(|title| !title.is_empty()));
        if let Some(title) = written {
            return title.clone();
        }
        let title = diagram
            .heading
            .clone()
            .filter(|heading| !heading.is_empty())
            .unwrap_or(self.options.fallback_title.clone());
        self.notice(
            diagram.line,
            1,
            Message::new("interop-mermaid-no-title").arg("title", title.as_str()),
        );
        title
    }

    fn stage(&mut self, out: &mut String, names: &mut Names, section: &Section, position: usize, actors: &[&String]) {
        let lang = self.options.lang;
        let label = section
            .label
            .clone()
            .unwrap_or_else(|| text(lang, "interop-import-default-stage"));
        let name = names.claim("stage", &label, position);
        if section.tasks.is_empty() {
            self.notice(
                section.line,
                1,
                Message::new("interop-mermaid-empty-section").arg("section", label.as_str()),
            );
            let _ = writeln!(out, "  stage {name} {}", quote(&label));
            return;
        }
        let _ = writeln!(out, "  stage {name} {} {{", quote(&label));
        for (index, task) in section.tasks.iter().enumerate() {
            self.step(out, names, task, index + 1, actors);
        }
        out.push_str("  }\n");
    }

    fn step(&mut self, out: &mut String, names: &mut Names, task: &Task, position: usize, actors: &[&String]) {
        let lang = self.options.lang;
        let name = names.claim("step", &task.label, position);
        let own: Vec<&String> = task.actors.iter().collect();
        if !own.is_empty() && own != actors {
            let list: Vec<&str> = own.iter().map(|actor| actor.as_str()).collect();
            let message = Message::new("interop-import-step-actors").arg("actors", list.join(", "));
            out.push_str(&comment("    ", &format(lang, &message)));
        }
        match self.emotion(task) {
            Some(emotion) => {
                let _ = writeln!(
                    out,
                    "    step {name} {} {{ emotion: {} }}",
                    quote(&task.label),
                    number(emotion)
                );
            }
            None => {
                let message = Message::new("interop-import-no-score").arg("line", task.line as usize);
                out.push_str(&comment("    ", &format!("TODO: {}", format(lang, &message))));
                let _ = writeln!(out, "    step {name} {}", quote(&task.label));
            }
        }
    }

    /// Computes the step's emotion: the score clamped to 1–5 and mapped onto
    /// the scale, or nothing when the score is missing or not a number.
    fn emotion(&mut self, task: &Task) -> Option<f64> {
        let score = match &task.score {
            Score::Number(score) => *score,
            Score::Missing => {
                let message = Message::new("interop-mermaid-score-missing").arg("task", task.label.as_str());
                self.notice(task.line, task.column, message);
                return None;
            }
            Score::Invalid(written) => {
                let message = Message::new("interop-mermaid-score-invalid")
                    .arg("task", task.label.as_str())
                    .arg("score", written.as_str());
                self.notice(task.line, task.column, message);
                return None;
            }
        };
        let clamped = score.clamp(MERMAID_MIN, MERMAID_MAX);
        if clamped != score {
            let message = Message::new("interop-mermaid-score-clamped")
                .arg("task", task.label.as_str())
                .arg("score", score)
                .arg("clamped", clamped);
            self.notice(task.line, task.column, message);
        }
        Some(score_to_emotion(clamped, self.options.emotion_scale))
    }

    fn notice(&mut self, line: u32, column: u32, message: Message) {
        self.notices.push(Notice { line, column, message });
    }
}

/// Lists the actors of a diagram in order of first appearance.
fn journey_actors(diagram: &Diagram) -> Vec<&String> {
    let mut actors: Vec<&String> = Vec::new();
    for actor in diagram
        .sections
        .iter()
        .flat_map(|section| &section.tasks)
        .flat_map(|task| &task.actors)
    {
        if !actors.contains(&actor) {
            actors.push(actor);
        }
    }
    actors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_map_onto_the_scale() {
        assert_eq!(score_to_emotion(1.0, (-2.0, 2.0)), -2.0);
        assert_eq!(score_to_emotion(3.0, (-2.0, 2.0)), 0.0);
        assert_eq!(score_to_emotion(5.0, (-2.0, 2.0)), 2.0);
        assert_eq!(score_to_emotion(2.0, (0.0, 10.0)), 2.5);
    }
}
