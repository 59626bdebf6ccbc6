//! The logos lexer. Lexing never fails: text that matches no token becomes
//! `Token::Error`, and an unterminated string becomes its own token, so the
//! parser always receives the whole file.

use logos::{Lexer, Logos};

#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[logos(skip r"[ \t\r\n\f\u{FEFF}]+")]
pub enum Token<'src> {
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,

    #[regex(r"[\p{L}_][\p{L}\p{M}\p{N}_]*")]
    Ident(&'src str),

    /// `@name`; the slice includes the `@`.
    #[regex(r"@[\p{L}_][\p{L}\p{M}\p{N}_]*")]
    Person(&'src str),

    /// A string on one line; the slice includes the quotes.
    #[regex(r#""([^"\\\n]|\\[^\n])*""#)]
    Str(&'src str),

    /// A `"""` string that may span lines; the slice includes the quotes.
    #[token(r#"""""#, lex_triple_string)]
    TripleStr(&'src str),

    /// A string that reaches the end of its line (or of the file, for `"""`)
    /// without a closing quote.
    #[regex(r#""([^"\\\n]|\\[^\n])*\\?"#, priority = 1)]
    UnterminatedStr(&'src str),

    #[regex(r"-?[0-9]+(\.[0-9]+)?")]
    Number(&'src str),

    /// A number followed by `%`; the slice includes the sign.
    #[regex(r"-?[0-9]+(\.[0-9]+)?%")]
    Percent(&'src str),

    #[regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")]
    Date(&'src str),

    /// A `//` comment. `////` and longer are ordinary comments, as in Rust.
    #[regex(r"//[^\n]*", allow_greedy = true)]
    LineComment(&'src str),

    #[regex(r"///([^/\n][^\n]*)?", allow_greedy = true)]
    DocComment(&'src str),

    #[token("/*", lex_block_comment)]
    BlockComment(&'src str),

    /// A `/*` comment with no matching `*/`.
    UnterminatedComment(&'src str),

    /// Text that is not part of any token.
    Error(&'src str),
}

impl Token<'_> {
    pub fn is_trivia(&self) -> bool {
        matches!(
            self,
            Token::LineComment(_) | Token::DocComment(_) | Token::BlockComment(_) | Token::UnterminatedComment(_)
        )
    }

    /// Describes the token kind in diagnostics; identifiers and punctuation
    /// are shown as written, other kinds by a word the catalogue translates.
    pub fn describe(&self) -> String {
        match self {
            Token::LBrace => "`{`".into(),
            Token::RBrace => "`}`".into(),
            Token::LBracket => "`[`".into(),
            Token::RBracket => "`]`".into(),
            Token::Colon => "`:`".into(),
            Token::Comma => "`,`".into(),
            Token::Dot => "`.`".into(),
            Token::Ident(text)
            | Token::Person(text)
            | Token::Number(text)
            | Token::Percent(text)
            | Token::Date(text) => {
                format!("`{text}`")
            }
            Token::Str(_) | Token::TripleStr(_) | Token::UnterminatedStr(_) => "string".into(),
            Token::LineComment(_) | Token::DocComment(_) | Token::BlockComment(_) | Token::UnterminatedComment(_) => {
                "comment".into()
            }
            Token::Error(text) => format!("`{text}`"),
        }
    }
}

fn lex_triple_string<'src>(lexer: &mut Lexer<'src, Token<'src>>) -> logos::Filter<&'src str> {
    let rest = lexer.remainder();
    match rest.find(r#"""""#) {
        Some(end) => {
            lexer.bump(end + 3);
            logos::Filter::Emit(lexer.slice())
        }
        None => {
            lexer.bump(rest.len());
            logos::Filter::Emit(lexer.slice())
        }
    }
}

fn lex_block_comment<'src>(lexer: &mut Lexer<'src, Token<'src>>) -> &'src str {
    let rest = lexer.remainder().as_bytes();
    lexer.bump(block_comment_body(rest).unwrap_or(rest.len()));
    lexer.slice()
}

/// The length of a block comment's text after its opening `/*`, up to and
/// including the `*/` that closes it, with nested comments counted. `None`
/// when the comment is never closed.
fn block_comment_body(rest: &[u8]) -> Option<usize> {
    let mut depth = 1usize;
    let mut index = 0;
    while index < rest.len() {
        match (rest[index], rest.get(index + 1)) {
            (b'/', Some(b'*')) => {
                depth += 1;
                index += 2;
            }
            (b'*', Some(b'/')) => {
                depth -= 1;
                index += 2;
                if depth == 0 {
                    return Some(index);
                }
            }
            _ => index += 1,
        }
    }
    None
}

/// A token with its byte range in the source.
pub type Spanned<'src> = (Token<'src>, std::ops::Range<usize>);

/// Splits `source` into tokens, comments included, in source order.
pub fn lex(source: &str) -> Vec<Spanned<'_>> {
    let mut tokens = Vec::new();
    let mut lexer = Token::lexer(source);
    while let Some(result) = lexer.next() {
        let span = lexer.span();
        let token = match result {
            Ok(Token::TripleStr(text)) if !text.ends_with(r#"""""#) || text.len() < 6 => Token::UnterminatedStr(text),
            // A comment that runs to the end of the file may still end in `*/`
            // when that `*/` closes a nested comment.
            Ok(Token::BlockComment(text)) if block_comment_body(&text.as_bytes()[2..]) != Some(text.len() - 2) => {
                Token::UnterminatedComment(text)
            }
            Ok(token) => token,
            Err(()) => Token::Error(&source[span.clone()]),
        };
        tokens.push((token, span));
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<Token<'_>> {
        lex(source).into_iter().map(|(token, _)| token).collect()
    }

    #[test]
    fn lexes_declaration() {
        assert_eq!(
            kinds(r#"journey a "A" { owner: @maya }"#),
            vec![
                Token::Ident("journey"),
                Token::Ident("a"),
                Token::Str(r#""A""#),
                Token::LBrace,
                Token::Ident("owner"),
                Token::Colon,
                Token::Person("@maya"),
                Token::RBrace,
            ]
        );
    }

    #[test]
    fn lexes_literals() {
        assert_eq!(
            kinds("2026-10-01 80% -1 3.5 étape_paiement 顧客"),
            vec![
                Token::Date("2026-10-01"),
                Token::Percent("80%"),
                Token::Number("-1"),
                Token::Number("3.5"),
                Token::Ident("étape_paiement"),
                Token::Ident("顧客"),
            ]
        );
    }

    #[test]
    fn lexes_comments() {
        assert_eq!(
            kinds("/// doc\n// line\n//// not doc\n/* a /* nested */ b */ x"),
            vec![
                Token::DocComment("/// doc"),
                Token::LineComment("// line"),
                Token::LineComment("//// not doc"),
                Token::BlockComment("/* a /* nested */ b */"),
                Token::Ident("x"),
            ]
        );
    }

    #[test]
    fn unterminated_string_stops_at_line_end() {
        assert_eq!(
            kinds("\"abc\nnext"),
            vec![Token::UnterminatedStr("\"abc"), Token::Ident("next")]
        );
    }

    #[test]
    fn triple_strings() {
        assert_eq!(kinds("\"\"\"a\nb\"\"\""), vec![Token::TripleStr("\"\"\"a\nb\"\"\"")]);
        assert_eq!(kinds("\"\"\"a\nb"), vec![Token::UnterminatedStr("\"\"\"a\nb")]);
    }

    #[test]
    fn unterminated_block_comment() {
        assert_eq!(kinds("/* a"), vec![Token::UnterminatedComment("/* a")]);
    }

    #[test]
    fn unterminated_nested_block_comment() {
        // The `*/` closes only the inner comment.
        assert_eq!(kinds("/* a /* b */"), vec![Token::UnterminatedComment("/* a /* b */")]);
        assert_eq!(
            kinds("/**/ /* a /* b */ */"),
            vec![Token::BlockComment("/**/"), Token::BlockComment("/* a /* b */ */")]
        );
    }

    #[test]
    fn stray_characters_become_errors() {
        assert_eq!(
            kinds("a $ b"),
            vec![Token::Ident("a"), Token::Error("$"), Token::Ident("b")]
        );
    }
}
