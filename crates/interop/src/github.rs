//! Diagnostics as GitHub Actions workflow commands. The runner turns each
//! `::error file=…,line=…::message` line on standard output into an
//! annotation on that line of the pull request.

use std::fmt::Write;

use journey_diagnostics::{Diagnostic, Severity};
use journey_i18n::text;

use crate::ci::{CiContext, Located};

/// Builds one workflow command per diagnostic, each ending with a newline.
/// Errors come first, then warnings, then notices, each kind in file order:
/// GitHub shows only the first ten annotations of each kind per step.
pub fn github_annotations(context: &CiContext, diagnostics: &[Diagnostic]) -> String {
    let mut ordered: Vec<&Diagnostic> = diagnostics.iter().collect();
    ordered.sort_by_key(|diagnostic| std::cmp::Reverse(diagnostic.severity));
    let mut out = String::new();
    for diagnostic in ordered {
        let located = context.locate(diagnostic);
        let _ = writeln!(out, "{}", command(context, &located));
    }
    out
}

fn command(context: &CiContext, located: &Located) -> String {
    let kind = match located.diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let at = &located.primary;
    let code = located.diagnostic.code;
    let title = format!("{} {}", code.id, code.name);
    let properties = [
        ("file", at.path.clone()),
        ("line", at.line.to_string()),
        ("col", at.column.to_string()),
        ("endLine", at.end_line.to_string()),
        ("endColumn", at.end_column.to_string()),
        ("title", title),
    ];
    let properties: Vec<String> = properties
        .iter()
        .map(|(key, value)| format!("{key}={}", escape_property(value)))
        .collect();
    format!(
        "::{kind} {}::{}",
        properties.join(","),
        escape_data(&message(context, located))
    )
}

/// Builds the annotation text: the message, the label when it adds
/// something, the help, and the related places.
fn message(context: &CiContext, located: &Located) -> String {
    let mut lines = vec![located.message.clone()];
    if let Some(label) = located.label.as_ref().filter(|label| **label != located.message) {
        lines.push(label.clone());
    }
    if let Some(help) = &located.help {
        lines.push(format!("{}: {help}", text(context.lang, "interop-help-prefix")));
    }
    let note = text(context.lang, "interop-note-prefix");
    for (position, label) in &located.related {
        let place = format!("{}:{}:{}", position.path, position.line, position.column);
        match label {
            Some(label) => lines.push(format!("{note}: {label} ({place})")),
            None => lines.push(format!("{note}: {place}")),
        }
    }
    lines.join("\n")
}

/// Escapes the message of a workflow command: the runner decodes `%25`,
/// `%0D` and `%0A` back to `%`, carriage return and line feed.
pub fn escape_data(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '%' => escaped.push_str("%25"),
            '\r' => escaped.push_str("%0D"),
            '\n' => escaped.push_str("%0A"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// Escapes a property value of a workflow command: as [`escape_data`],
/// plus `:` and `,`, which separate the command's parts.
pub fn escape_property(value: &str) -> String {
    escape_data(value).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_escapes_percent_and_line_breaks() {
        assert_eq!(escape_data("50% done"), "50%25 done");
        assert_eq!(escape_data("first\nsecond"), "first%0Asecond");
        assert_eq!(escape_data("first\r\nsecond"), "first%0D%0Asecond");
        assert_eq!(escape_data("a: b, c"), "a: b, c");
    }

    #[test]
    fn data_escapes_percent_before_the_rest() {
        // A literal `%0A` in a message must not turn into a line break.
        assert_eq!(escape_data("%0A"), "%250A");
    }

    #[test]
    fn properties_escape_colon_and_comma() {
        assert_eq!(
            escape_property("C:\\journeys\\a,b.journey"),
            "C%3A\\journeys\\a%2Cb.journey"
        );
        assert_eq!(escape_property("J0501: 100%"), "J0501%3A 100%25");
        assert_eq!(escape_property("a\nb"), "a%0Ab");
        assert_eq!(escape_property("%3A"), "%253A");
    }
}
