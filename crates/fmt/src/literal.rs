//! The text of leaf values: strings quoted the canonical way, and every
//! other literal as written.

use std::fmt::Write as _;

use journey_diagnostics::Span;
use journey_syntax::ast::{StringLit, Value, ValueKind};
use journey_syntax::lexer::lex;

/// Returns the text of a string literal: `"""` strings verbatim, others
/// re-quoted by [`quote`].
pub(crate) fn string_text(source: &str, literal: &StringLit) -> String {
    if literal.triple {
        source[literal.span.range()].to_owned()
    } else {
        quote(&literal.value)
    }
}

/// Quotes a string value. `"`, `\`, line feeds and tabs take their short
/// escapes. Control characters, whitespace other than the space and
/// invisible formatting characters take `\u{…}`, so that nothing hidden is
/// in the source. Every other character is written as itself.
pub fn quote(value: &str) -> String {
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('"');
    for c in value.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            c if is_hidden(c) => {
                let _ = write!(quoted, "\\u{{{:x}}}", c as u32);
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// Characters that do not show, or show as a plain space, in an editor.
/// The zero-width joiner and non-joiner stay literal: emoji sequences and
/// several scripts need them.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(
            c,
            '\u{ad}' | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}' | '\u{feff}'
        )
}

/// Returns the tokens of a value that is not a list, with their canonical
/// text and source spans, and the text that joins them on one line: a space in
/// `every 6 weeks`, nothing in a path such as `lifecycle.join`.
pub(crate) fn leaf_tokens(source: &str, value: &Value) -> (Vec<(String, Span)>, &'static str) {
    if let ValueKind::String(literal) = &value.kind {
        return (vec![(string_text(source, literal), literal.span)], "");
    }
    let start = value.span.start as usize;
    let text = &source[value.span.range()];
    let tokens = lex(text)
        .into_iter()
        .filter(|(token, _)| !token.is_trivia())
        .map(|(_, range)| {
            (
                text[range.clone()].to_owned(),
                Span::new(start + range.start, start + range.end),
            )
        })
        .collect();
    let joiner = if matches!(value.kind, ValueKind::Every { .. }) {
        " "
    } else {
        ""
    };
    (tokens, joiner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_uses_short_escapes() {
        assert_eq!(quote("say \"hi\"\n\tnow \\ok"), r#""say \"hi\"\n\tnow \\ok""#);
    }

    #[test]
    fn quote_keeps_letters_and_emoji() {
        assert_eq!(quote("Chloé 顧客 👩‍💻"), "\"Chloé 顧客 👩‍💻\"");
    }

    #[test]
    fn quote_escapes_hidden_characters() {
        assert_eq!(
            quote("a\u{a0}b\u{200b}c\u{202e}\u{7}"),
            r#""a\u{a0}b\u{200b}c\u{202e}\u{7}""#
        );
    }
}
