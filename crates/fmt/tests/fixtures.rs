//! The formatter on every `.journey` file of `examples/` and
//! `tests/fixtures/`, and on messy copies of them.

mod common;

use std::path::{Path, PathBuf};

use journey_fmt::FormatError;
use journey_syntax::lexer::{Token, lex};
use proptest::prelude::*;

use common::{checked_model, format_and_check, parses_cleanly};

/// A `.journey` file of the repository and its text.
struct Fixture {
    path: PathBuf,
    text: String,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every `.journey` file below `folder` that is valid UTF-8.
fn fixtures_in(folder: &str) -> Vec<Fixture> {
    let root = repo_root().join(folder);
    let files = journey_workspace::journey_files(&root).expect("the folder is readable");
    files
        .into_iter()
        .filter_map(|relative| {
            let path = root.join(relative);
            let text = String::from_utf8(std::fs::read(&path).expect("the file is readable")).ok()?;
            Some(Fixture { path, text })
        })
        .collect()
}

fn all_fixtures() -> Vec<Fixture> {
    let mut fixtures = fixtures_in("examples");
    fixtures.extend(fixtures_in("tests/fixtures"));
    assert!(fixtures.len() >= 10, "the fixtures were not found");
    fixtures
}

#[test]
fn fixtures_keep_their_content() {
    for fixture in all_fixtures() {
        if parses_cleanly(&fixture.text) {
            format_and_check(&fixture.text);
        } else {
            let result = journey_fmt::format(&fixture.text);
            assert!(
                matches!(result, Err(FormatError::Syntax(_))),
                "{} has syntax errors",
                fixture.path.display()
            );
        }
    }
}

#[test]
fn northwind_is_formatted() {
    let fixtures = fixtures_in("examples/northwind");
    assert!(fixtures.len() >= 5);
    for fixture in &fixtures {
        let formatted = journey_fmt::format(&fixture.text).unwrap();
        assert_eq!(formatted, fixture.text, "{} is not formatted", fixture.path.display());
    }
}

#[test]
fn northwind_model_unchanged_across_files() {
    let fixtures = fixtures_in("examples/northwind");
    let formatted: Vec<String> = fixtures
        .iter()
        .map(|fixture| journey_fmt::format(&fixture.text).unwrap())
        .collect();
    let paths: Vec<String> = fixtures
        .iter()
        .map(|fixture| fixture.path.display().to_string())
        .collect();
    let before: Vec<(&str, &str)> = paths
        .iter()
        .map(String::as_str)
        .zip(fixtures.iter().map(|f| f.text.as_str()))
        .collect();
    let after: Vec<(&str, &str)> = paths
        .iter()
        .map(String::as_str)
        .zip(formatted.iter().map(String::as_str))
        .collect();
    let (json, diagnostics) = checked_model(&after);
    assert_eq!((json, diagnostics), checked_model(&before));
}

/// A small deterministic generator, so that a failing seed reproduces.
struct Rng(u64);

impl Rng {
    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound as u64) as usize
    }

    fn whitespace(&mut self, max: usize) -> String {
        (0..self.below(max + 1))
            .map(|_| if self.below(3) == 0 { '\t' } else { ' ' })
            .collect()
    }
}

fn is_punctuation(token: Option<&Token<'_>>) -> bool {
    matches!(
        token,
        Some(
            Token::LBrace
                | Token::RBrace
                | Token::LBracket
                | Token::RBracket
                | Token::Colon
                | Token::Comma
                | Token::Dot
        )
    )
}

/// Rewrites a formatted text with the same tokens, comments and line
/// structure but messy whitespace, extra blank lines where one already was,
/// escapes in strings, and commas added or dropped at the end of lists.
fn mess(text: &str, rng: &mut Rng) -> String {
    let tokens = lex(text);
    let mut out = if rng.below(3) == 0 {
        "\n\n \n".to_owned()
    } else {
        String::new()
    };
    let mut previous: Option<Token<'_>> = None;
    let mut previous_end = 0;
    for (index, (token, range)) in tokens.iter().enumerate() {
        let gap = &text[previous_end..range.start];
        let next = tokens[index + 1..]
            .iter()
            .find(|(token, _)| !token.is_trivia())
            .map(|(token, _)| token);
        if *token == Token::Comma && next == Some(&Token::RBracket) && rng.below(2) == 0 {
            previous_end = range.end;
            continue;
        }
        let tight = is_punctuation(previous.as_ref()) || is_punctuation(Some(token));
        out.push_str(&mess_gap(gap, tight, rng));
        if *token == Token::RBracket
            && !gap.contains('\n')
            && !matches!(previous, Some(Token::LBracket))
            && rng.below(2) == 0
        {
            out.push(',');
        }
        out.push_str(&mess_token(*token, &text[range.clone()], rng));
        previous = Some(*token);
        previous_end = range.end;
    }
    out.push_str(&mess_gap(&text[previous_end..], false, rng));
    out
}

fn mess_gap(gap: &str, tight: bool, rng: &mut Rng) -> String {
    let newlines = gap.matches('\n').count();
    if newlines == 0 {
        let spaces = rng.whitespace(3);
        return if spaces.is_empty() && !tight && !gap.is_empty() {
            " ".to_owned()
        } else {
            spaces
        };
    }
    let mut messy = rng.whitespace(2);
    messy.push('\n');
    if newlines >= 2 {
        for _ in 0..=rng.below(3) {
            messy.push_str(&rng.whitespace(2));
            messy.push('\n');
        }
    }
    messy.push_str(&rng.whitespace(6));
    messy
}

/// Writes one letter of a one-line string as a `\u{…}` escape.
fn mess_token(token: Token<'_>, text: &str, rng: &mut Rng) -> String {
    let Token::Str(_) = token else { return text.to_owned() };
    if rng.below(2) == 0 {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut escaped = false;
    let mut in_braces = false;
    let mut done = false;
    for c in text.chars() {
        if !done && !escaped && !in_braces && c.is_alphabetic() {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
            done = true;
            continue;
        }
        in_braces = (in_braces || (escaped && c == 'u')) && c != '}';
        escaped = !escaped && c == '\\';
        out.push(c);
    }
    out
}

proptest! {
    #[test]
    fn messy_copies_format_back(seed in 1u64.., pick in any::<prop::sample::Index>()) {
        let fixtures: Vec<Fixture> = all_fixtures().into_iter().filter(|fixture| parses_cleanly(&fixture.text)).collect();
        let fixture = pick.get(&fixtures);
        let formatted = journey_fmt::format(&fixture.text).unwrap();
        let messy = mess(&formatted, &mut Rng(seed));
        prop_assert!(parses_cleanly(&messy), "the messy copy does not parse:\n{messy}");
        let restored = journey_fmt::format(&messy).unwrap();
        prop_assert_eq!(restored, formatted, "{} was not restored from:\n{}", fixture.path.display(), messy);
    }
}
