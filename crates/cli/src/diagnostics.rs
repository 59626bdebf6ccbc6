//! Rendering diagnostics for people (ariadne) and for programs (JSON).

use std::io::{IsTerminal, Write};

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind};
use journey_diagnostics::{Diagnostic, Severity};
use journey_i18n::{Lang, format, text};
use journey_workspace::SourceMap;
use serde::Serialize;

/// Whether to colour output written to stderr: only on a terminal, and never with `NO_COLOR`.
pub fn stderr_color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
}

/// Writes each diagnostic as an ariadne report.
pub fn write_human(out: &mut impl Write, lang: Lang, sources: &SourceMap, diagnostics: &[Diagnostic], color: bool) {
    // ariadne copies each text it is given and indexes its lines, so it gets
    // only the files that a report quotes, not the whole workspace.
    let mut quoted = vec![false; sources.len()];
    for diagnostic in diagnostics {
        let labels = std::iter::once(&diagnostic.primary).chain(&diagnostic.related);
        for label in labels {
            if let Some(slot) = quoted.get_mut(label.at.file.0 as usize) {
                *slot = true;
            }
        }
    }
    let mut cache = ariadne::sources(
        sources
            .iter()
            .filter(|(file, _, _)| quoted[file.0 as usize])
            .map(|(_, path, text)| (path.to_owned(), text.to_owned())),
    );
    for diagnostic in diagnostics {
        let report = build_report(lang, sources, diagnostic, color);
        let mut buffer = Vec::new();
        let _ = report.write(&mut cache, &mut buffer);
        let rendered = String::from_utf8_lossy(&buffer);
        // NOTE: ariadne 0.6 colours the header of a custom report kind even
        // when its config disables colour, so escapes are removed here.
        let rendered = if color {
            rendered.into_owned()
        } else {
            strip_ansi(&rendered)
        };
        let rendered = localize_help_word(lang, &rendered);
        // A failed write to stderr leaves nothing useful to do.
        let _ = out.write_all(rendered.as_bytes());
    }
}

/// Translates the word "Help" that ariadne 0.6 writes before each help
/// line. Only lines made of the margin `│` and the help are touched, so
/// source lines quoting the same word stay as they are.
fn localize_help_word(lang: Lang, rendered: &str) -> String {
    let word = text(lang, "cli-help-label");
    let word = format!("{word}{}", colon_space(lang));
    let mut output = String::with_capacity(rendered.len());
    for line in rendered.split_inclusive('\n') {
        let is_help = strip_ansi(line).trim_start().starts_with("│ Help:");
        match line.find("Help") {
            Some(index) if is_help => {
                output.push_str(&line[..index]);
                output.push_str(&word);
                output.push_str(&line[index + "Help".len()..]);
            }
            _ => output.push_str(line),
        }
    }
    output
}

/// French puts a narrow no-break space before a colon; English puts none.
pub fn colon_space(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{202F}",
        Lang::En => "",
    }
}

/// Removes ANSI escape sequences (`ESC [ … letter`).
fn strip_ansi(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            for next in chars.by_ref() {
                if next.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain
}

type SourceSpan = (String, std::ops::Range<usize>);

fn build_report<'a>(lang: Lang, sources: &SourceMap, diagnostic: &Diagnostic, color: bool) -> Report<'a, SourceSpan> {
    let severity_id = match diagnostic.severity {
        Severity::Error => "severity-error",
        Severity::Warning => "severity-warning",
        Severity::Info => "severity-info",
    };
    // ariadne writes the colon right after the kind.
    let kind_text: &'static str = leak(format!("{}{}", text(lang, severity_id), colon_space(lang)));
    let colour = match diagnostic.severity {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Info => Color::Cyan,
    };
    // NOTE: ariadne 0.6 computes the `[ file:line:column ]` header of a
    // secondary label in characters even with `IndexType::Byte`, so spans
    // are converted to character offsets and given in characters.
    let span = |at: journey_diagnostics::FileSpan| {
        let text = sources.text(at.file);
        let start = char_offset(text, at.span.start as usize);
        let end = char_offset(text, at.span.end as usize);
        (sources.path(at.file).to_owned(), start..end)
    };
    let primary = &diagnostic.primary;
    // A label is only underlined when it has text, so the primary label
    // always gets one: its own, or else the diagnostic's message.
    let label_text = primary
        .message
        .as_ref()
        .map_or_else(|| format(lang, &diagnostic.message), |message| format(lang, message));
    let label = Label::new(span(primary.at)).with_color(colour).with_message(label_text);
    let mut builder = Report::build(ReportKind::Custom(kind_text, colour), span(primary.at))
        .with_config(Config::default().with_index_type(IndexType::Char).with_color(color))
        .with_code(diagnostic.code.id)
        .with_message(format(lang, &diagnostic.message))
        .with_label(label);
    for related in &diagnostic.related {
        let mut label = Label::new(span(related.at)).with_color(Color::Blue);
        if let Some(message) = &related.message {
            label = label.with_message(format(lang, message));
        }
        builder = builder.with_label(label);
    }
    if let Some(help) = &diagnostic.help {
        builder = builder.with_help(format(lang, help));
    }
    builder.finish()
}

/// Counts the characters before byte `offset`, clamped to the text.
fn char_offset(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    text[..offset].chars().count()
}

/// ariadne's custom report kinds borrow a `&'a str`; the three severity
/// words live as long as the process, so leaking them once each is fine.
fn leak(text: String) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static WORDS: OnceLock<Mutex<HashMap<String, &'static str>>> = OnceLock::new();
    let mut words = WORDS
        .get_or_init(Default::default)
        .lock()
        .expect("no panic while holding the lock");
    words
        .entry(text.clone())
        .or_insert_with(|| Box::leak(text.into_boxed_str()))
}

/// Writes the closing count line, for example `2 errors, 1 warning`.
pub fn write_summary(out: &mut impl Write, lang: Lang, diagnostics: &[Diagnostic], files: usize) {
    let count = |severity| diagnostics.iter().filter(|d| d.severity == severity).count();
    let message = journey_diagnostics::Message::new("cli-summary")
        .arg("errors", count(Severity::Error))
        .arg("warnings", count(Severity::Warning))
        .arg("infos", count(Severity::Info))
        .arg("files", files);
    let _ = writeln!(out, "{}", format(lang, &message));
}

#[derive(Serialize)]
struct JsonPosition {
    file: String,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    /// Byte offsets into the file.
    start: u32,
    end: u32,
}

#[derive(Serialize)]
struct JsonLabel {
    #[serde(flatten)]
    position: JsonPosition,
    message: Option<String>,
}

#[derive(Serialize)]
struct JsonEdit {
    #[serde(flatten)]
    position: JsonPosition,
    replacement: String,
}

#[derive(Serialize)]
struct JsonFix {
    title: String,
    edits: Vec<JsonEdit>,
}

#[derive(Serialize)]
struct JsonDiagnostic {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    message: String,
    #[serde(flatten)]
    position: JsonPosition,
    label: Option<String>,
    help: Option<String>,
    related: Vec<JsonLabel>,
    fix: Option<JsonFix>,
}

fn position(sources: &SourceMap, at: journey_diagnostics::FileSpan) -> JsonPosition {
    let start = sources.line_column(at.file, at.span.start);
    let end = sources.line_column(at.file, at.span.end);
    JsonPosition {
        file: sources.path(at.file).to_owned(),
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        start: at.span.start,
        end: at.span.end,
    }
}

/// Writes the diagnostics as a JSON array, one object per diagnostic.
pub fn write_json(out: &mut impl Write, lang: Lang, sources: &SourceMap, diagnostics: &[Diagnostic]) {
    let items: Vec<JsonDiagnostic> = diagnostics
        .iter()
        .map(|diagnostic| JsonDiagnostic {
            code: diagnostic.code.id,
            name: diagnostic.code.name,
            severity: diagnostic.severity.as_str(),
            message: format(lang, &diagnostic.message),
            position: position(sources, diagnostic.primary.at),
            label: diagnostic.primary.message.as_ref().map(|message| format(lang, message)),
            help: diagnostic.help.as_ref().map(|help| format(lang, help)),
            related: diagnostic
                .related
                .iter()
                .map(|label| JsonLabel {
                    position: position(sources, label.at),
                    message: label.message.as_ref().map(|message| format(lang, message)),
                })
                .collect(),
            fix: diagnostic.fix.as_ref().map(|fix| JsonFix {
                title: format(lang, &fix.title),
                edits: fix
                    .edits
                    .iter()
                    .map(|edit| JsonEdit {
                        position: position(sources, edit.at),
                        replacement: edit.replacement.clone(),
                    })
                    .collect(),
            }),
        })
        .collect();
    let mut json = serde_json::to_string_pretty(&items).expect("diagnostics always serialise");
    json.push('\n');
    let _ = out.write_all(json.as_bytes());
}
