//! Mermaid `journey` diagrams: export of one journey, and import of the
//! diagrams in a Mermaid file or in the code blocks of a Markdown file.

mod export;
mod import;
mod markdown;
mod parse;

pub use export::{emotion_to_score, journey_to_mermaid};
pub use import::{ImportOptions, Imported, MERMAID_MAX, MERMAID_MIN, score_to_emotion};
pub use markdown::{Block, BlockLine, mermaid_blocks};
pub use parse::{Diagram, Notice, Score, Section, SourceLine, Task, lines_of, parse_diagrams};

/// How the input file holds its diagrams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// A Mermaid file (`.mmd`, `.mermaid`): the whole text is diagram source.
    Mermaid,
    /// A Markdown file: the diagrams are in ```` ```mermaid ```` code blocks.
    Markdown,
}

impl InputKind {
    /// Picks the kind from a file name: Markdown for `.md` and `.markdown`.
    pub fn from_path(path: &str) -> InputKind {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            InputKind::Markdown
        } else {
            InputKind::Mermaid
        }
    }
}

/// Why nothing could be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The input holds no `journey` diagram.
    NoJourneyDiagram,
}

/// Reads every journey diagram of `text` and writes `.journey` source for them.
pub fn import(text: &str, kind: InputKind, options: &ImportOptions) -> Result<Imported, ImportError> {
    let (diagrams, notices) = read_diagrams(text, kind);
    if diagrams.is_empty() {
        return Err(ImportError::NoJourneyDiagram);
    }
    Ok(import::write_journeys(&diagrams, options, notices))
}

/// Reads the journey diagrams of a Mermaid or Markdown text.
pub fn read_diagrams(text: &str, kind: InputKind) -> (Vec<Diagram>, Vec<Notice>) {
    match kind {
        InputKind::Mermaid => parse_diagrams(&lines_of(text)),
        InputKind::Markdown => {
            let mut diagrams = Vec::new();
            let mut notices = Vec::new();
            for block in mermaid_blocks(text) {
                let lines: Vec<SourceLine> = block
                    .lines
                    .iter()
                    .map(|line| SourceLine {
                        text: &line.text,
                        line: line.line,
                        column: line.column,
                    })
                    .collect();
                let (found, mut found_notices) = parse_diagrams(&lines);
                diagrams.extend(found.into_iter().map(|diagram| Diagram {
                    heading: block.heading.clone(),
                    ..diagram
                }));
                notices.append(&mut found_notices);
            }
            (diagrams, notices)
        }
    }
}
