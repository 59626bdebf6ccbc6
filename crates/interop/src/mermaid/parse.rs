//! Reading Mermaid `journey` diagrams from lines of text.
//!
//! The reader follows the lexer of Mermaid's journey grammar: keywords are
//! case-insensitive, `title` and `section` need a space after them, a task
//! is `name: score: actor, actor`, and `#` starts a comment.
//!
//! It is more lenient than Mermaid where that recovers what the author
//! meant. `;` separates statements, and `%%` also starts a comment after
//! other text. A task with no score or a bad one is kept and reported. A
//! line that is exactly `journey` starts another diagram in the same file.

use journey_diagnostics::Message;

/// One line of input with the position of its first character in the file.
#[derive(Debug, Clone, Copy)]
pub struct SourceLine<'a> {
    pub text: &'a str,
    /// One-based line number.
    pub line: u32,
    /// One-based column of the first character of `text`.
    pub column: u32,
}

/// Something the import changed or could not read, at a one-based line and column.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub line: u32,
    pub column: u32,
    pub message: Message,
}

/// One `journey` diagram as written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Diagram {
    /// The line of the `journey` keyword.
    pub line: u32,
    pub title: Option<String>,
    /// The title set by YAML front matter, used when there is no `title` line.
    pub front_matter_title: Option<String>,
    /// The Markdown heading above the code block, for diagrams without a title.
    pub heading: Option<String>,
    pub acc_title: Option<String>,
    pub acc_descr: Option<String>,
    /// Tasks written before any `section` line sit in a section with no label.
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub label: Option<String>,
    pub line: u32,
    pub tasks: Vec<Task>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    pub label: String,
    pub line: u32,
    pub column: u32,
    pub score: Score,
    pub actors: Vec<String>,
}

/// The score of a task as written.
#[derive(Debug, Clone, PartialEq)]
pub enum Score {
    Number(f64),
    Missing,
    /// Text that is not a finite number.
    Invalid(String),
}

/// U+2060 WORD JOINER: the export puts it before a label that would
/// otherwise read as a keyword (`Title deeds`), and the reader removes it.
pub const KEYWORD_GUARD: char = '\u{2060}';

#[derive(Debug, PartialEq)]
enum State {
    /// Before the first statement of a diagram: blank lines, comments,
    /// directives and front matter may come before `journey`.
    Header,
    FrontMatter,
    Directive,
    Journey,
    /// A diagram of another type, skipped until the next `---` or `journey` line.
    Foreign,
    /// Inside `accDescr { … }`.
    Description,
}

/// Reads every journey diagram in `lines`.
pub fn parse_diagrams(lines: &[SourceLine]) -> (Vec<Diagram>, Vec<Notice>) {
    let mut reader = Reader::default();
    for line in lines {
        reader.line(*line);
    }
    reader.finish()
}

#[derive(Default)]
struct Reader {
    diagrams: Vec<Diagram>,
    notices: Vec<Notice>,
    state: Option<State>,
    current: Option<Diagram>,
    front_matter_title: Option<String>,
    description: String,
    description_start: (u32, u32),
}

impl Reader {
    fn state(&self) -> &State {
        self.state.as_ref().unwrap_or(&State::Header)
    }

    fn line(&mut self, source: SourceLine) {
        let text = source.text.trim_end_matches(['\r', '\n']);
        let trimmed = text.trim();
        let indent = (text.chars().count() - text.trim_start().chars().count()) as u32;
        let at = SourceLine {
            text: trimmed,
            line: source.line,
            column: source.column + indent,
        };
        match self.state() {
            State::Header => self.header_line(at),
            State::FrontMatter => self.front_matter_line(at),
            State::Directive => {
                if trimmed.ends_with("}%%") {
                    self.state = Some(State::Header);
                }
            }
            State::Foreign => {
                if trimmed == "---" {
                    self.state = Some(State::FrontMatter);
                } else if trimmed.eq_ignore_ascii_case("journey") {
                    self.start_diagram(at.line);
                }
            }
            State::Journey => self.journey_line(at),
            State::Description => self.description_line(at),
        }
    }

    fn header_line(&mut self, at: SourceLine) {
        let text = at.text;
        if text.is_empty() || (text.starts_with("%%") && !text.starts_with("%%{")) {
            return;
        }
        if text.starts_with("%%{") {
            if !text.ends_with("}%%") {
                self.state = Some(State::Directive);
            }
            return;
        }
        if text == "---" {
            self.state = Some(State::FrontMatter);
            return;
        }
        match strip_keyword(text, "journey") {
            Some(rest) => {
                self.start_diagram(at.line);
                let column = at.column + (text.len() - rest.len()) as u32;
                self.statements(SourceLine {
                    text: rest,
                    line: at.line,
                    column,
                });
            }
            None => {
                self.front_matter_title = None;
                self.state = Some(State::Foreign);
            }
        }
    }

    fn front_matter_line(&mut self, at: SourceLine) {
        if at.text == "---" {
            self.state = Some(State::Header);
            return;
        }
        // NOTE: only a top-level `title:` is read from the YAML front matter;
        // the configuration keys there do not change the journey.
        if let Some(value) = at.text.strip_prefix("title:").filter(|_| at.column == 1) {
            self.front_matter_title = Some(unquote_yaml(value.trim()).to_owned()).filter(|title| !title.is_empty());
        }
    }

    fn start_diagram(&mut self, line: u32) {
        self.close_diagram();
        let front_matter_title = self.front_matter_title.take();
        self.current = Some(Diagram {
            line,
            front_matter_title,
            ..Diagram::default()
        });
        self.state = Some(State::Journey);
    }

    fn close_diagram(&mut self) {
        if let Some(diagram) = self.current.take() {
            self.diagrams.push(diagram);
        }
    }

    fn journey_line(&mut self, at: SourceLine) {
        if at.text == "---" {
            self.close_diagram();
            self.state = Some(State::FrontMatter);
            return;
        }
        if at.text.eq_ignore_ascii_case("journey") {
            self.start_diagram(at.line);
            return;
        }
        if at.text.starts_with("%%") {
            return;
        }
        // Accessibility values run to the end of the line, `#` included.
        if self.accessibility(at) {
            return;
        }
        self.statements(at);
    }

    /// Splits a line at `;` and reads each statement, after cutting comments.
    fn statements(&mut self, at: SourceLine) {
        let end = comment_start(at.text);
        let mut offset = 0;
        for part in at.text[..end].split(';') {
            let column = at.column + at.text[..offset].chars().count() as u32;
            offset += part.len() + 1;
            let leading = part.len() - part.trim_start().len();
            let column = column + part[..leading].chars().count() as u32;
            let statement = part.trim();
            if !statement.is_empty() {
                self.statement(SourceLine {
                    text: statement,
                    line: at.line,
                    column,
                });
            }
        }
    }

    fn accessibility(&mut self, at: SourceLine) -> bool {
        let text = at.text;
        if let Some(value) =
            strip_prefix_ignore_case(text, "acctitle").and_then(|rest| rest.trim_start().strip_prefix(':'))
        {
            self.diagram().acc_title = Some(value.trim().to_owned());
            return true;
        }
        let Some(rest) = strip_prefix_ignore_case(text, "accdescr") else {
            return false;
        };
        let rest = rest.trim_start();
        if let Some(value) = rest.strip_prefix(':') {
            self.diagram().acc_descr = Some(value.trim().to_owned());
            return true;
        }
        let Some(body) = rest.strip_prefix('{') else {
            return false;
        };
        match body.split_once('}') {
            Some((value, _)) => self.diagram().acc_descr = Some(value.trim().to_owned()),
            None => {
                self.description = body.trim().to_owned();
                self.description_start = (at.line, at.column);
                self.state = Some(State::Description);
            }
        }
        true
    }

    fn description_line(&mut self, at: SourceLine) {
        let (value, closed) = match at.text.split_once('}') {
            Some((value, _)) => (value, true),
            None => (at.text, false),
        };
        if !value.is_empty() {
            if !self.description.is_empty() {
                self.description.push('\n');
            }
            self.description.push_str(value.trim());
        }
        if closed {
            self.diagram().acc_descr = Some(std::mem::take(&mut self.description));
            self.state = Some(State::Journey);
        }
    }

    fn statement(&mut self, at: SourceLine) {
        let text = at.text;
        if strip_keyword(text, "journey").is_some_and(str::is_empty) {
            return;
        }
        if let Some(title) = strip_keyword_and_space(text, "title") {
            self.diagram().title = Some(unguard(title.trim()).to_owned());
            return;
        }
        if let Some(label) = strip_keyword_and_space(text, "section") {
            self.section(at, label);
            return;
        }
        self.task(at);
    }

    fn section(&mut self, at: SourceLine, written: &str) {
        let label = match written.split_once(':') {
            Some((label, _)) => {
                let message = Message::new("interop-mermaid-section-colon").arg("section", label.trim());
                self.notice(at, message);
                label
            }
            None => written,
        };
        let section = Section {
            label: Some(unguard(label.trim()).to_owned()),
            line: at.line,
            tasks: Vec::new(),
        };
        self.diagram().sections.push(section);
    }

    fn task(&mut self, at: SourceLine) {
        let (name, data) = match at.text.split_once(':') {
            Some((name, data)) => (name, Some(data)),
            None => (at.text, None),
        };
        let label = unguard(name.trim()).to_owned();
        if label.is_empty() {
            self.notice(at, Message::new("interop-mermaid-task-without-name"));
            return;
        }
        let (score, actors) = match data {
            Some(data) => self.task_data(at, &label, data),
            None => (Score::Missing, Vec::new()),
        };
        let task = Task {
            label,
            line: at.line,
            column: at.column,
            score,
            actors,
        };
        let diagram = self.diagram();
        if diagram.sections.is_empty() {
            diagram.sections.push(Section {
                label: None,
                line: at.line,
                tasks: Vec::new(),
            });
        }
        diagram
            .sections
            .last_mut()
            .expect("a section was just ensured")
            .tasks
            .push(task);
    }

    fn task_data(&mut self, at: SourceLine, label: &str, data: &str) -> (Score, Vec<String>) {
        let mut pieces = data.split(':');
        let score_text = pieces.next().unwrap_or_default().trim();
        let score = match score_text.parse::<f64>() {
            _ if score_text.is_empty() => Score::Missing,
            Ok(value) if value.is_finite() => Score::Number(value),
            _ => Score::Invalid(score_text.to_owned()),
        };
        let actors = pieces
            .next()
            .map(|list| {
                list.split(',')
                    .map(str::trim)
                    .filter(|actor| !actor.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        if pieces.next().is_some() {
            self.notice(at, Message::new("interop-mermaid-extra-field").arg("task", label));
        }
        (score, actors)
    }

    fn diagram(&mut self) -> &mut Diagram {
        self.current.get_or_insert_with(Diagram::default)
    }

    fn notice(&mut self, at: SourceLine, message: Message) {
        self.notices.push(Notice {
            line: at.line,
            column: at.column,
            message,
        });
    }

    fn finish(mut self) -> (Vec<Diagram>, Vec<Notice>) {
        if *self.state() == State::Description {
            let (line, column) = self.description_start;
            self.notices.push(Notice {
                line,
                column,
                message: Message::new("interop-mermaid-unclosed-description"),
            });
            let description = std::mem::take(&mut self.description);
            self.diagram().acc_descr = Some(description);
        }
        self.close_diagram();
        (self.diagrams, self.notices)
    }
}

/// Finds the byte offset where a comment starts: at `#`, or at `%%`.
fn comment_start(text: &str) -> usize {
    let hash = text.find('#').unwrap_or(text.len());
    let percent = text.find("%%").unwrap_or(text.len());
    hash.min(percent)
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &text[prefix.len()..])
}

/// Strips a keyword that is followed by the end of the text or a character
/// that cannot continue a word.
fn strip_keyword<'a>(text: &'a str, keyword: &str) -> Option<&'a str> {
    let rest = strip_prefix_ignore_case(text, keyword)?;
    match rest.chars().next() {
        Some(next) if next.is_alphanumeric() || next == '_' => None,
        _ => Some(rest),
    }
}

/// Strips a keyword that Mermaid requires to be followed by whitespace.
fn strip_keyword_and_space<'a>(text: &'a str, keyword: &str) -> Option<&'a str> {
    let rest = strip_prefix_ignore_case(text, keyword)?;
    rest.starts_with(char::is_whitespace).then_some(rest)
}

fn unguard(label: &str) -> &str {
    label.trim_start_matches(KEYWORD_GUARD)
}

fn unquote_yaml(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(quote).and_then(|rest| rest.strip_suffix(quote)) {
            return inner;
        }
    }
    value
}

/// Splits a whole file into lines numbered from 1, for plain Mermaid files.
pub fn lines_of(text: &str) -> Vec<SourceLine<'_>> {
    text.split('\n')
        .enumerate()
        .map(|(index, line)| SourceLine {
            text: line,
            line: index as u32 + 1,
            column: 1,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Vec<Diagram>, Vec<Notice>) {
        parse_diagrams(&lines_of(text))
    }

    #[test]
    fn reads_the_mermaid_example() {
        let (diagrams, notices) = parse(
            "journey\n    title My working day\n    section Go to work\n      Make tea: 5: Me\n      Do work: 1: Me, Cat\n    section Go home\n      Sit down: 5: Me\n",
        );
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(diagrams.len(), 1);
        let diagram = &diagrams[0];
        assert_eq!(diagram.title.as_deref(), Some("My working day"));
        assert_eq!(diagram.sections.len(), 2);
        let task = &diagram.sections[0].tasks[1];
        assert_eq!(task.label, "Do work");
        assert_eq!(task.score, Score::Number(1.0));
        assert_eq!(task.actors, ["Me", "Cat"]);
        assert_eq!((task.line, task.column), (5, 7));
    }

    #[test]
    fn keywords_ignore_case_and_need_a_space() {
        let (diagrams, _) = parse("JOURNEY\nTitle Trip\nSECTION Away\nTitles: 3\nsectional: 2\n");
        let diagram = &diagrams[0];
        assert_eq!(diagram.title.as_deref(), Some("Trip"));
        let labels: Vec<&str> = diagram.sections[0]
            .tasks
            .iter()
            .map(|task| task.label.as_str())
            .collect();
        assert_eq!(labels, ["Titles", "sectional"]);
    }

    #[test]
    fn scores_missing_or_invalid_are_kept() {
        let (diagrams, _) = parse("journey\nsection S\nA:5\nB\nC: lots: Me\nD: : Me\n");
        let scores: Vec<&Score> = diagrams[0].sections[0].tasks.iter().map(|task| &task.score).collect();
        assert_eq!(
            scores,
            [
                &Score::Number(5.0),
                &Score::Missing,
                &Score::Invalid("lots".into()),
                &Score::Missing
            ]
        );
    }

    #[test]
    fn comments_and_accessibility() {
        let (diagrams, _) = parse(
            "%% before\njourney\n  %% inside\n  accTitle: Trip # not a comment\n  accDescr {\n    Two\n    lines }\n  A: 3 # comment: 1\n  B: 2: Me %% trailing\n",
        );
        let diagram = &diagrams[0];
        assert_eq!(diagram.acc_title.as_deref(), Some("Trip # not a comment"));
        assert_eq!(diagram.acc_descr.as_deref(), Some("Two\nlines"));
        let tasks = &diagram.sections[0].tasks;
        assert_eq!(tasks[0].score, Score::Number(3.0));
        assert_eq!(tasks[1].actors, ["Me"]);
    }

    #[test]
    fn several_diagrams_and_front_matter() {
        let (diagrams, _) = parse("---\ntitle: \"First\"\n---\njourney\nA: 1\njourney\ntitle Second\nB: 2\n");
        assert_eq!(diagrams.len(), 2);
        assert_eq!(diagrams[0].front_matter_title.as_deref(), Some("First"));
        assert_eq!(diagrams[1].title.as_deref(), Some("Second"));
        assert_eq!(diagrams[1].line, 6);
    }

    #[test]
    fn other_diagram_types_are_skipped() {
        let (diagrams, _) = parse("flowchart LR\n  journey --> B\n");
        assert!(diagrams.is_empty());
    }

    #[test]
    fn semicolons_separate_statements() {
        let (diagrams, _) = parse("journey\nsection S; A: 1; B: 2\n");
        let tasks = &diagrams[0].sections[0].tasks;
        assert_eq!(tasks.len(), 2);
        assert_eq!((tasks[1].label.as_str(), tasks[1].column), ("B", 18));
    }

    #[test]
    fn guard_character_is_removed() {
        let (diagrams, _) = parse("journey\nsection S\n\u{2060}Title deeds: 3\n");
        assert_eq!(diagrams[0].sections[0].tasks[0].label, "Title deeds");
    }
}
