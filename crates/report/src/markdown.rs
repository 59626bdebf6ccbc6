//! Writes the report as GitHub-flavoured Markdown, short enough for a
//! pull-request comment: tables and lists longer than [`MAX_ROWS`] are cut,
//! with a note that the HTML and JSON reports have them all.

use std::fmt::Write;

use journey_diagnostics::Message;

use crate::document::{Block, Document, Inline, Row, Table};

/// The most data rows a Markdown table shows, and the most items a list shows.
pub const MAX_ROWS: usize = 50;

pub fn write(document: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&document.title));
    for line in &document.intro {
        let _ = writeln!(out, "{}\n", block_text(line));
    }
    let figures: Vec<String> = document
        .figures
        .iter()
        .map(|figure| format!("**{}** {}", figure.value, escape(&figure.label)))
        .collect();
    let _ = writeln!(out, "{}\n", figures.join(" · "));

    for section in &document.sections {
        let _ = writeln!(out, "## {}\n", escape(&section.title));
        for block in &section.blocks {
            write_block(&mut out, document, block);
        }
    }
    let _ = writeln!(out, "---\n\n_{}_", escape(&document.footer));
    out
}

fn write_block(out: &mut String, document: &Document, block: &Block) {
    match block {
        Block::Heading(title) => {
            let _ = writeln!(out, "### {}\n", escape(title));
        }
        Block::Paragraph(line) => {
            let _ = writeln!(out, "{}\n", block_text(line));
        }
        Block::Note(line) => {
            let _ = writeln!(out, "> {}\n", block_text(line));
        }
        Block::List(items) => {
            for item in items.iter().take(MAX_ROWS) {
                let _ = writeln!(out, "- {}", block_text(item));
            }
            out.push('\n');
            write_more_rows(out, document, items.len());
        }
        Block::Table(table) => write_table(out, document, table),
    }
}

fn write_table(out: &mut String, document: &Document, table: &Table) {
    let header: Vec<String> = table.columns.iter().map(|column| escape(&column.title)).collect();
    let rule: Vec<&str> = table
        .columns
        .iter()
        .map(|column| if column.numeric { "---:" } else { "---" })
        .collect();
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}|", rule.join("|"));

    let data_rows = table.rows.iter().filter(|row| !row.summary).count();
    let mut shown = 0;
    for row in &table.rows {
        if !row.summary {
            shown += 1;
            if shown > MAX_ROWS {
                continue;
            }
        }
        let _ = writeln!(out, "| {} |", cells(row).join(" | "));
    }
    out.push('\n');
    write_more_rows(out, document, data_rows);
}

/// Says how many rows or items past [`MAX_ROWS`] were left out.
fn write_more_rows(out: &mut String, document: &Document, total: usize) {
    if total > MAX_ROWS {
        let message = Message::new("report-more-rows").arg("count", total - MAX_ROWS);
        let _ = writeln!(out, "_{}_\n", escape(&journey_i18n::format(document.lang, &message)));
    }
}

fn cells(row: &Row) -> Vec<String> {
    row.cells
        .iter()
        .map(|cell| {
            let text = inlines(cell);
            if row.summary && !text.starts_with("**") {
                format!("**{text}**")
            } else {
                text
            }
        })
        .collect()
}

fn inlines(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) | Inline::Badge(_, text) => escape(text),
            Inline::Journey { label, .. } => escape(label),
            Inline::Strong(text) => format!("**{}**", escape(text)),
            Inline::Code(text) => code(text),
        })
        .collect()
}

/// Writes the text of a paragraph or list item. A label that opens it with
/// `-`, `+`, `=` or `1.` would start a nested list or a heading underline,
/// so that first mark gets a backslash. A leading `>` is already `&gt;`.
fn block_text(line: &[Inline]) -> String {
    let text = inlines(line);
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let mark = match text[digits..].chars().next() {
        Some('.' | ')') if digits > 0 => digits,
        Some('-' | '+' | '=') if digits == 0 => 0,
        _ => return text,
    };
    format!("{}\\{}", &text[..mark], &text[mark..])
}

/// Escapes text so that GitHub shows it literally: HTML is turned into
/// entities, Markdown punctuation gets a backslash, and line breaks, which
/// would end a table row, become spaces.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '\n' | '\r' | '\t' => escaped.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '!' | '$' => {
                escaped.push('\\');
                escaped.push(c);
            }
            _ => escaped.push(c),
        }
    }
    escaped
}

/// A code span that holds any text: the fence is one backtick longer than
/// the longest run of backticks inside. A `|` still needs a backslash in a
/// GitHub table, and HTML needs no escaping inside code.
fn code(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let body = text.replace(['\n', '\r'], " ").replace('|', "\\|");
    let padding = if body.starts_with('`') || body.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{padding}{body}{padding}{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_shows_markup_literally() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(escape("a | b *c* _d_ [e](f)"), "a \\| b \\*c\\* \\_d\\_ \\[e\\](f)");
        assert_eq!(escape("two\nlines"), "two lines");
    }

    #[test]
    fn block_text_protects_its_start() {
        let line = |text: &str| block_text(&[Inline::Text(text.to_owned())]);
        assert_eq!(line("1. First"), "1\\. First");
        assert_eq!(line("- dash"), "\\- dash");
        assert_eq!(line("> quote"), "&gt; quote");
        assert_eq!(line("2026 plan"), "2026 plan");
        assert_eq!(line("plain - text"), "plain - text");
    }

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code("journey check"), "`journey check`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x"), "`` `x ``");
    }
}
