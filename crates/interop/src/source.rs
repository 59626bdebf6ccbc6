//! Small pieces of `.journey` source: quoted strings and numbers.

/// Writes `text` as a `.journey` string literal, escaping what the lexer
/// requires: quotes, backslashes, line breaks and other control characters.
pub fn quote(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            c if c.is_control() => quoted.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// Writes a number with at most two decimals and no trailing zeros, as the
/// lexer reads numbers (`2`, `-0.5`, `1.25`).
pub fn number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" { "0".to_owned() } else { text.to_owned() }
}

/// Writes a `//` comment line per line of `text`, indented by `indent`.
pub fn comment(indent: &str, text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.is_empty() {
                format!("{indent}//\n")
            } else {
                format!("{indent}// {line}\n")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_quotes_and_controls() {
        assert_eq!(quote("Say \"hi\""), r#""Say \"hi\"""#);
        assert_eq!(quote("a\\b"), r#""a\\b""#);
        assert_eq!(quote("two\nlines\tand\u{7}"), r#""two\nlines\tand\u{7}""#);
        assert_eq!(quote("Étape 顧客 😀"), "\"Étape 顧客 😀\"");
    }

    #[test]
    fn numbers_drop_trailing_zeros() {
        assert_eq!(number(2.0), "2");
        assert_eq!(number(-0.5), "-0.5");
        assert_eq!(number(1.25), "1.25");
        assert_eq!(number(1.0 / 3.0), "0.33");
        assert_eq!(number(-0.001), "0");
    }
}
