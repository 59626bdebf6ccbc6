//! Writing one journey as a Mermaid `journey` diagram.
//!
//! Stages become sections, steps become tasks, emotions are mapped from the
//! workspace's scale onto Mermaid's 1–5, and the journey's personas are the
//! actors of every task. A `%%` comment lists what Mermaid cannot show.

use std::fmt::Write;

use journey_diagnostics::Message;
use journey_i18n::{Lang, format};
use journey_model::{Journey, Model};

use super::import::{MERMAID_MAX, MERMAID_MIN};
use super::parse::KEYWORD_GUARD;
use crate::source::number;

/// Maps an emotion onto Mermaid's 1–5, clamped to that range.
pub fn emotion_to_score(emotion: f64, (min, max): (f64, f64)) -> f64 {
    if max <= min {
        return (MERMAID_MIN + MERMAID_MAX) / 2.0;
    }
    let score = MERMAID_MIN + (emotion - min) / (max - min) * (MERMAID_MAX - MERMAID_MIN);
    score.clamp(MERMAID_MIN, MERMAID_MAX)
}

/// Writes `journey` as a Mermaid diagram, without a Markdown fence.
pub fn journey_to_mermaid(model: &Model, journey: &Journey, lang: Lang) -> String {
    let scale = model.emotion_scale;
    let mut out = String::from("journey\n");
    let exported = Message::new("interop-export-header")
        .arg("journey", journey.name.as_str())
        .arg("min", number(scale.0))
        .arg("max", number(scale.1));
    let _ = writeln!(out, "  %% {}", one_line(&format(lang, &exported)));
    if let Some(omitted) = omitted(journey, lang) {
        let _ = writeln!(out, "  %% {}", one_line(&omitted));
    }
    let title = journey.label.as_deref().unwrap_or(&journey.name);
    let _ = writeln!(out, "  title {}", sanitize(title, Part::Title));
    if let Some(description) = &journey.description {
        let _ = writeln!(out, "  accDescr: {}", one_line(description));
    }
    let actors: Vec<String> = journey
        .personas
        .iter()
        .map(|persona| {
            let persona = &model.personas[persona.index()];
            sanitize(persona.label.as_deref().unwrap_or(&persona.name), Part::Actor)
        })
        .collect();
    for stage in &journey.stages {
        let _ = writeln!(
            out,
            "  section {}",
            sanitize(stage.label.as_deref().unwrap_or(&stage.name), Part::Section)
        );
        for step in &stage.steps {
            let score = match step.emotion {
                Some(emotion) => emotion_to_score(emotion, scale),
                None => {
                    let _ = writeln!(
                        out,
                        "    %% {}",
                        format(lang, &Message::new("interop-export-no-emotion"))
                    );
                    (MERMAID_MIN + MERMAID_MAX) / 2.0
                }
            };
            let task = sanitize(step.label.as_deref().unwrap_or(&step.name), Part::Task);
            let _ = write!(out, "    {task}: {}", number(score));
            if !actors.is_empty() {
                let _ = write!(out, ": {}", actors.join(", "));
            }
            out.push('\n');
        }
    }
    out
}

/// The sentence listing what the diagram leaves out, if anything.
fn omitted(journey: &Journey, lang: Lang) -> Option<String> {
    let steps: Vec<_> = journey.steps().collect();
    let stage_moments = |pick: fn(&journey_model::Stage) -> usize| journey.stages.iter().map(pick).sum::<usize>();
    let step_moments = |pick: fn(&journey_model::Step) -> usize| steps.iter().map(|step| pick(step)).sum::<usize>();
    let kpis = journey.kpis.len() + stage_moments(|stage| stage.kpis.len()) + step_moments(|step| step.kpis.len());
    let counts = [
        ("interop-omitted-phases", journey.phases.len()),
        (
            "interop-omitted-touchpoints",
            step_moments(|step| step.touchpoints.len()),
        ),
        (
            "interop-omitted-pains",
            stage_moments(|stage| stage.pains.len()) + step_moments(|step| step.pains.len()),
        ),
        (
            "interop-omitted-gains",
            stage_moments(|stage| stage.gains.len()) + step_moments(|step| step.gains.len()),
        ),
        ("interop-omitted-opportunities", journey.opportunities().count()),
        ("interop-omitted-kpis", kpis),
        ("interop-omitted-lanes", step_moments(|step| step.lanes.len())),
    ];
    let parts: Vec<String> = counts
        .iter()
        .filter(|(_, count)| *count > 0)
        .map(|(id, count)| format(lang, &Message::new(id).arg("count", *count)))
        .collect();
    if parts.is_empty() {
        return None;
    }
    Some(format(
        lang,
        &Message::new("interop-export-omitted").arg("list", parts.join(", ")),
    ))
}

/// Where a label goes in the diagram; each place forbids other characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Title,
    Section,
    Task,
    Actor,
}

/// Makes a label safe for Mermaid's journey lexer. Line breaks become
/// spaces; `#` (a comment), `;`, `%%` and, where they separate fields, `:`
/// and `,` become their full-width forms, which look alike; a label that
/// would read as a keyword gets an invisible word joiner in front.
fn sanitize(label: &str, part: Part) -> String {
    let mut safe = String::with_capacity(label.len());
    for c in one_line(label).chars() {
        match c {
            '#' => safe.push('＃'),
            ';' => safe.push('；'),
            ':' if part != Part::Title => safe.push('：'),
            ',' if part == Part::Actor => safe.push('，'),
            c => safe.push(c),
        }
    }
    let safe = safe.replace("%%", "％％");
    if part != Part::Title && reads_as_keyword(&safe) {
        format!("{KEYWORD_GUARD}{safe}")
    } else {
        safe
    }
}

/// Whether Mermaid would read the start of a task or section label as a
/// keyword: `journey`, `title `, `section `, `accTitle`, `accDescr`.
fn reads_as_keyword(label: &str) -> bool {
    let lower = label.to_lowercase();
    let word_end = |rest: &str| rest.chars().next().is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
    let spaced = |rest: &str| rest.starts_with(char::is_whitespace);
    lower.strip_prefix("journey").is_some_and(word_end)
        || lower.strip_prefix("title").is_some_and(spaced)
        || lower.strip_prefix("section").is_some_and(spaced)
        || lower.starts_with("acctitle")
        || lower.starts_with("accdescr")
}

/// Joins the lines of a text with spaces and trims it.
fn one_line(text: &str) -> String {
    text.split(['\n', '\r'])
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emotions_map_onto_one_to_five() {
        assert_eq!(emotion_to_score(-2.0, (-2.0, 2.0)), 1.0);
        assert_eq!(emotion_to_score(0.0, (-2.0, 2.0)), 3.0);
        assert_eq!(emotion_to_score(2.0, (-2.0, 2.0)), 5.0);
        assert_eq!(emotion_to_score(7.5, (0.0, 10.0)), 4.0);
        assert_eq!(emotion_to_score(9.0, (-2.0, 2.0)), 5.0);
    }

    #[test]
    fn labels_lose_separators() {
        assert_eq!(
            sanitize("Step 1: sign #2; 100%%", Part::Task),
            "Step 1： sign ＃2； 100％％"
        );
        assert_eq!(sanitize("Time: now", Part::Title), "Time: now");
        assert_eq!(sanitize("Smith, Jane", Part::Actor), "Smith， Jane");
        assert_eq!(sanitize("two\nlines", Part::Section), "two lines");
    }

    #[test]
    fn keyword_labels_are_guarded() {
        assert_eq!(sanitize("Title deeds", Part::Task), "\u{2060}Title deeds");
        assert_eq!(sanitize("Journey planning", Part::Section), "\u{2060}Journey planning");
        assert_eq!(sanitize("Journeys", Part::Task), "Journeys");
        assert_eq!(sanitize("Titles", Part::Task), "Titles");
    }
}
