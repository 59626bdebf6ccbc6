//! The chumsky parser. It never fails: every token ends up in the tree or in
//! a diagnostic, so a file with errors still yields all the declarations that
//! can be read.
//!
//! Recovery rests on three rules. A block ends at its `}`, or, when the brace
//! is missing, at a keyword that only starts a top-level declaration
//! (`journey`, `person`…), so one unclosed journey does not swallow the next.
//! Tokens that cannot start an entry are skipped as one run and reported
//! once. Nesting deeper than [`MAX_NESTING`] is cut out before parsing, so
//! the parser's recursion is bounded whatever the input.

use chumsky::error::{Rich, RichReason};
use chumsky::input::{Input as _, ValueInput};
use chumsky::prelude::*;
use journey_diagnostics::{
    Code, Diagnostic, FILE_TOO_LARGE, FileId, FileSpan, INVALID_CHARACTER, INVALID_ESCAPE, Message, NESTING_TOO_DEEP,
    SYNTAX, Span, UNCLOSED_DELIMITER, UNTERMINATED_STRING,
};

use ecow::EcoString;

use crate::ast::*;
use crate::lexer::{Spanned, Token, lex};

/// The deepest nesting of `{ }` and `[ ]` the parser accepts. Real journeys
/// nest about six levels (journey, phase, stage, step, opportunity, solution).
pub const MAX_NESTING: usize = 32;

/// The largest `.journey` text parsed, in bytes. A larger file gets
/// [`file_too_large`] and is not parsed, whether it comes from disk or from
/// an editor buffer.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Creates the error for a file of `size` bytes over [`MAX_FILE_BYTES`].
pub fn file_too_large(file: FileId, size: u64) -> Diagnostic {
    let message = Message::new("file-too-large")
        .arg("size", size as usize)
        .arg("max", MAX_FILE_BYTES as usize);
    Diagnostic::new(&FILE_TOO_LARGE, FileSpan::new(file, Span::empty(0)), message)
}

/// Keywords that only start a top-level declaration. Inside a block whose
/// `}` is missing, one of them ends the block.
pub const ITEM_KEYWORDS: &[&str] = &[
    "workspace",
    "person",
    "team",
    "committee",
    "facet",
    "persona",
    "channel",
    "insight",
    "journey",
];

/// The result of parsing one file: a tree, always, and the problems found.
#[derive(Debug, Clone, PartialEq)]
pub struct Parse {
    pub file: SourceFile,
    pub diagnostics: Vec<Diagnostic>,
}

/// A structured syntax problem carried through chumsky's error channel.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    code: &'static Code,
    message: Message,
    help: Option<Message>,
    /// The label position when it differs from the error's own span (the `{` of an unclosed block).
    label_at: Option<Span>,
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message.id)
    }
}

impl std::fmt::Display for Token<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

type Error<'tok, 'src> = Rich<'tok, Token<'src>, SimpleSpan, Issue>;
type Extra<'tok, 'src> = extra::Err<Error<'tok, 'src>>;

fn issue<'tok, 'src>(span: SimpleSpan, code: &'static Code, message: Message) -> Error<'tok, 'src> {
    Rich::custom(
        span,
        Issue {
            code,
            message,
            help: None,
            label_at: None,
        },
    )
}

fn span_of(span: SimpleSpan) -> Span {
    Span::new(span.start, span.end)
}

/// Parses one file's text. `file` only tags the diagnostics.
pub fn parse(file: FileId, source: &str) -> Parse {
    let mut diagnostics = Vec::new();
    let (tokens, comments) = prepare_tokens(file, source, &mut diagnostics);

    let end = source.len();
    let input = tokens
        .as_slice()
        .map(SimpleSpan::from(end..end), |(token, span)| (token, span));
    let (output, errors) = file_parser().parse(input).into_output_errors();

    let mut seen = std::collections::HashSet::new();
    for error in errors {
        let diagnostic = to_diagnostic(file, error);
        // Two missing `}` at the end of a file produce the same error twice.
        if seen.insert((diagnostic.primary.at, diagnostic.message.id)) {
            diagnostics.push(diagnostic);
        }
    }

    let mut items = output.unwrap_or_default();
    let comments = attach_docs(source, &mut items, comments);
    diagnostics.sort_by_key(|diagnostic| diagnostic.sort_key());
    Parse {
        file: SourceFile { items, comments },
        diagnostics,
    }
}

/// Lexes, reports lexical errors, separates comments and cuts out nesting
/// beyond [`MAX_NESTING`]. Returns the tokens the grammar parses and every comment.
fn prepare_tokens<'src>(
    file: FileId,
    source: &'src str,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<(Token<'src>, SimpleSpan)>, Vec<Spanned<'src>>) {
    let mut tokens = Vec::new();
    let mut comments = Vec::new();
    let mut depth = 0usize;
    let mut skip_until_depth: Option<usize> = None;
    let mut pending_error: Option<std::ops::Range<usize>> = None;

    let flush_error = |pending: &mut Option<std::ops::Range<usize>>, diagnostics: &mut Vec<Diagnostic>| {
        if let Some(range) = pending.take() {
            let text = &source[range.clone()];
            let at = FileSpan::new(file, range.into());
            diagnostics.push(
                Diagnostic::new(
                    &INVALID_CHARACTER,
                    at,
                    Message::new("syntax-invalid-character").arg("text", text),
                )
                .with_help(Message::new("help-invalid-character")),
            );
        }
    };

    for (token, range) in lex(source) {
        if let Token::Error(_) = token {
            pending_error = match pending_error.take() {
                Some(previous) if previous.end == range.start => Some(previous.start..range.end),
                previous => {
                    let mut previous = previous;
                    flush_error(&mut previous, diagnostics);
                    Some(range)
                }
            };
            continue;
        }
        flush_error(&mut pending_error, diagnostics);

        if token.is_trivia() {
            if let Token::UnterminatedComment(_) = token {
                let at = FileSpan::new(file, Span::new(range.start, range.start + 2));
                diagnostics.push(
                    Diagnostic::new(&UNTERMINATED_STRING, at, Message::new("syntax-unterminated-comment"))
                        .with_help(Message::new("help-unterminated-comment")),
                );
            }
            comments.push((token, range));
            continue;
        }

        let token = match token {
            Token::UnterminatedStr(text) => {
                let at = FileSpan::new(file, range.clone().into());
                diagnostics.push(
                    Diagnostic::new(&UNTERMINATED_STRING, at, Message::new("syntax-unterminated-string")).with_help(
                        Message::new(if text.starts_with(r#"""""#) {
                            "help-unterminated-triple-string"
                        } else {
                            "help-unterminated-string"
                        }),
                    ),
                );
                token
            }
            other => other,
        };

        let opens = matches!(token, Token::LBrace | Token::LBracket);
        let closes = matches!(token, Token::RBrace | Token::RBracket);
        if opens {
            depth += 1;
            if depth > MAX_NESTING && skip_until_depth.is_none() {
                let at = FileSpan::new(file, range.clone().into());
                diagnostics.push(
                    Diagnostic::new(
                        &NESTING_TOO_DEEP,
                        at,
                        Message::new("syntax-nesting-too-deep").arg("max", MAX_NESTING),
                    )
                    .with_help(Message::new("help-nesting-too-deep")),
                );
                skip_until_depth = Some(depth - 1);
            }
        }
        let skipping = skip_until_depth.is_some();
        if closes {
            depth = depth.saturating_sub(1);
            if skip_until_depth == Some(depth) {
                skip_until_depth = None;
            }
        }
        if !skipping {
            tokens.push((token, SimpleSpan::from(range)));
        }
    }
    flush_error(&mut pending_error, diagnostics);
    (tokens, comments)
}

fn to_diagnostic(file: FileId, error: Error<'_, '_>) -> Diagnostic {
    let span = span_of(*error.span());
    match error.reason() {
        RichReason::Custom(issue) => {
            let at = FileSpan::new(file, issue.label_at.unwrap_or(span));
            let mut diagnostic = Diagnostic::new(issue.code, at, issue.message.clone());
            if let Some(help) = &issue.help {
                diagnostic = diagnostic.with_help(help.clone());
            }
            diagnostic
        }
        RichReason::ExpectedFound { expected, found } => {
            let mut expected: Vec<String> = expected.iter().map(|pattern| pattern.to_string()).collect();
            expected.sort();
            expected.dedup();
            let found = found
                .as_ref()
                .map_or_else(|| "end_of_file".to_owned(), |token| token.describe());
            let message = Message::new("syntax-expected")
                .arg("expected", expected.join(", "))
                .arg("found", found);
            Diagnostic::new(&SYNTAX, FileSpan::new(file, span), message)
        }
    }
}

/// Parses an identifier that the tree does not keep, for lookahead and for the
/// first token of an alternative that may fail: it allocates nothing, so
/// backtracking over it costs nothing.
fn ident<'tok, 'src: 'tok, I>() -> impl Parser<'tok, I, (&'src str, SimpleSpan), Extra<'tok, 'src>> + Clone
where
    I: ValueInput<'tok, Token = Token<'src>, Span = SimpleSpan>,
{
    select! { Token::Ident(text) = e => (text, e.span()) }
}

fn word<'tok, 'src: 'tok, I>() -> impl Parser<'tok, I, Word, Extra<'tok, 'src>> + Clone
where
    I: ValueInput<'tok, Token = Token<'src>, Span = SimpleSpan>,
{
    select! { Token::Ident(text) = e => Word { text: text.into(), span: span_of(e.span()) } }
}

fn string<'tok, 'src: 'tok, I>() -> impl Parser<'tok, I, StringLit, Extra<'tok, 'src>> + Clone
where
    I: ValueInput<'tok, Token = Token<'src>, Span = SimpleSpan>,
{
    select! {
        Token::Str(text) = e => (text, false, span_of(e.span())),
        Token::TripleStr(text) = e => (text, true, span_of(e.span())),
        Token::UnterminatedStr(text) = e => (text, text.starts_with(r#"""""#), span_of(e.span())),
    }
    .validate(|(text, triple, span), _, emitter| {
        let value = if triple {
            let inner = text.strip_prefix(r#"""""#).unwrap_or(text);
            EcoString::from(inner.strip_suffix(r#"""""#).unwrap_or(inner))
        } else {
            let inner = text.strip_prefix('"').unwrap_or(text);
            let inner = inner.strip_suffix('"').unwrap_or(inner);
            unescape(inner, span.start as usize + 1, |escape| {
                let message = Message::new("syntax-invalid-escape").arg("escape", escape.1);
                emitter.emit(issue(SimpleSpan::from(escape.0), &INVALID_ESCAPE, message));
            })
        };
        StringLit { value, span, triple }
    })
}

/// Resolves the escapes of a one-line string; `offset` is the byte offset of
/// `inner` in the file, so bad escapes are reported where they stand.
fn unescape(inner: &str, offset: usize, mut invalid: impl FnMut((std::ops::Range<usize>, &str))) -> EcoString {
    if !inner.contains('\\') {
        return inner.into();
    }
    let mut value = EcoString::with_capacity(inner.len());
    let mut chars = inner.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        if c != '\\' {
            value.push(c);
            continue;
        }
        let Some((_, escaped)) = chars.next() else { break };
        match escaped {
            '"' => value.push('"'),
            '\\' => value.push('\\'),
            'n' => value.push('\n'),
            't' => value.push('\t'),
            'u' => {
                let rest = &inner[index + 2..];
                let decoded = rest
                    .strip_prefix('{')
                    .and_then(|rest| rest.split_once('}'))
                    .and_then(|(hex, _)| {
                        u32::from_str_radix(hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .map(|c| (c, hex.len()))
                    });
                match decoded {
                    Some((c, hex_len)) => {
                        value.push(c);
                        for _ in 0..hex_len + 2 {
                            chars.next();
                        }
                    }
                    None => invalid((offset + index..offset + index + 2, &inner[index..index + 2])),
                }
            }
            other => {
                let end = index + 1 + other.len_utf8();
                invalid((offset + index..offset + end, &inner[index..end]));
            }
        }
    }
    value
}

fn value<'tok, 'src: 'tok, I>() -> impl Parser<'tok, I, Value, Extra<'tok, 'src>> + Clone
where
    I: ValueInput<'tok, Token = Token<'src>, Span = SimpleSpan>,
{
    recursive(|value| {
        let person = select! { Token::Person(text) = e => {
            let span = span_of(e.span());
            ValueKind::Person(Word { text: text[1..].into(), span: Span { start: span.start + 1, end: span.end } })
        }};
        let every = just(Token::Ident("every"))
            .ignore_then(select! { Token::Number(text) => text.parse::<f64>().unwrap_or(0.0) })
            .then(word())
            .map(|(count, unit)| ValueKind::Every { count, unit });
        // A word followed by `:` starts the next property, so it is never a value:
        // `owner:` with its value missing must not take the next key.
        let path = word()
            .separated_by(just(Token::Dot))
            .at_least(1)
            .collect::<Vec<_>>()
            .and_is(ident().then(just(Token::Colon)).not())
            .map(|mut segments: Vec<Word>| {
                // Collecting reserves room for four segments, and most paths have one.
                segments.shrink_to_fit();
                ValueKind::Path(segments)
            });
        let literal = select! {
            Token::Number(text) => ValueKind::Number(text.parse().unwrap_or(0.0)),
            Token::Percent(text) => ValueKind::Percent(text.trim_end_matches('%').parse().unwrap_or(0.0)),
            Token::Date(text) => ValueKind::Date(text.into()),
        };

        let stray = any()
            .filter(|token: &Token| !matches!(token, Token::RBracket | Token::RBrace | Token::LBrace | Token::Comma))
            .repeated()
            .at_least(1)
            .to_span()
            .validate(|span: SimpleSpan, _, emitter| {
                emitter.emit(issue(span, &SYNTAX, Message::new("syntax-invalid-list-item")));
                None
            });
        let item = value.clone().map(Some).or(stray);
        let items = item
            .map_with(|item, e| (item, e.span()))
            .then(just(Token::Comma).or_not().map(|comma| comma.is_some()))
            .repeated()
            .collect::<Vec<_>>()
            .validate(|items: Vec<((Option<Value>, SimpleSpan), bool)>, _, emitter| {
                let count = items.len();
                for (index, ((_, span), has_comma)) in items.iter().enumerate() {
                    if !has_comma && index + 1 < count {
                        emitter.emit(issue(*span, &SYNTAX, Message::new("syntax-missing-comma")));
                    }
                }
                items
                    .into_iter()
                    .filter_map(|((value, _), _)| value)
                    .collect::<Vec<_>>()
            });
        let list = just(Token::LBracket)
            .to_span()
            .then(items)
            .then(just(Token::RBracket).or_not())
            .validate(|((open, items), close), _, emitter| {
                if close.is_none() {
                    emitter.emit(unclosed(open, "]"));
                }
                ValueKind::List(items)
            });

        choice((person, every, path, string().map(ValueKind::String), literal, list)).map_with(|kind, e| Value {
            kind,
            span: span_of(e.span()),
        })
    })
}

fn unclosed<'tok, 'src>(open: SimpleSpan, closer: &str) -> Error<'tok, 'src> {
    Rich::custom(
        open,
        Issue {
            code: &UNCLOSED_DELIMITER,
            message: Message::new("syntax-unclosed").arg("delimiter", closer),
            help: Some(Message::new("help-unclosed").arg("delimiter", closer)),
            label_at: None,
        },
    )
}

fn property<'tok, 'src: 'tok, I>() -> impl Parser<'tok, I, Property, Extra<'tok, 'src>> + Clone
where
    I: ValueInput<'tok, Token = Token<'src>, Span = SimpleSpan>,
{
    // Most entries that start with a word are declarations, not properties:
    // the key becomes a `Word` only once the colon has matched.
    ident()
        .then(just(Token::Colon).to_span())
        .then(value().or_not())
        .validate(|(((key, key_span), colon), value), e, emitter| {
            let key = Word {
                text: key.into(),
                span: span_of(key_span),
            };
            if value.is_none() {
                let message = Message::new("syntax-missing-value").arg("key", key.text.as_str());
                emitter.emit(issue(colon, &SYNTAX, message));
            }
            Property {
                key,
                value,
                span: span_of(e.span()),
            }
        })
}

/// Skips a run of tokens that cannot start anything here and reports it once.
fn skipped<'tok, 'src: 'tok, I>(
    can_skip: impl Fn(&Token<'src>) -> bool + Clone + 'tok,
) -> impl Parser<'tok, I, (), Extra<'tok, 'src>> + Clone
where
    I: ValueInput<'tok, Token = Token<'src>, Span = SimpleSpan>,
{
    any()
        .filter(move |token: &Token<'src>| can_skip(token))
        .map_with(|token: Token<'src>, e| (token.describe(), e.span()))
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .validate(|tokens: Vec<(String, SimpleSpan)>, _, emitter| {
            let first = &tokens[0];
            let last = &tokens[tokens.len() - 1];
            let span = SimpleSpan::from(first.1.start..last.1.end);
            let message = Message::new("syntax-unexpected").arg("found", first.0.as_str());
            emitter.emit(issue(span, &SYNTAX, message));
        })
}

fn file_parser<'tok, 'src: 'tok, I>() -> impl Parser<'tok, I, Vec<Decl>, Extra<'tok, 'src>>
where
    I: ValueInput<'tok, Token = Token<'src>, Span = SimpleSpan>,
{
    // `decl(nested)`: a declaration; nested ones may not start with an item keyword.
    let entries = recursive(
        |entries: Recursive<dyn Parser<'tok, I, Vec<Entry>, Extra<'tok, 'src>>>| {
            let block = just(Token::LBrace)
                .to_span()
                .then(entries)
                .then(just(Token::RBrace).or_not())
                .validate(
                    |((open, entries), close): ((SimpleSpan, Vec<Entry>), Option<Token>), e, emitter| {
                        if close.is_none() {
                            emitter.emit(unclosed(open, "}"));
                        }
                        Block {
                            entries,
                            span: span_of(e.span()),
                            closed: close.is_some(),
                        }
                    },
                )
                .boxed();

            let nested_keyword = word().filter(|keyword: &Word| !ITEM_KEYWORDS.contains(&keyword.text.as_str()));
            let decl = declaration(nested_keyword, block.clone());

            let stray_block = block.validate(|block, _, emitter| {
                let open = SimpleSpan::from(block.span.start as usize..block.span.start as usize + 1);
                emitter.emit(issue(open, &SYNTAX, Message::new("syntax-stray-block")));
                None
            });
            let entry = choice((
                property().map(|property| Some(Entry::Property(property))),
                decl.map(|decl| Some(Entry::Decl(Box::new(decl)))),
                stray_block,
                skipped(|token| !matches!(token, Token::RBrace | Token::LBrace | Token::Ident(_))).to(None),
            ));
            entry.repeated().collect::<Vec<_>>().map(|entries| {
                // Collecting in place keeps the capacity of the vector of options,
                // grown by doubling: give the spare room back, as trees are kept.
                let mut entries: Vec<Entry> = entries.into_iter().flatten().collect();
                entries.shrink_to_fit();
                entries
            })
        },
    );

    let block = just(Token::LBrace)
        .to_span()
        .then(entries.clone())
        .then(just(Token::RBrace).or_not())
        .validate(|((open, entries), close), e, emitter| {
            if close.is_none() {
                emitter.emit(unclosed(open, "}"));
            }
            Block {
                entries,
                span: span_of(e.span()),
                closed: close.is_some(),
            }
        });

    let top_property = property().validate(|property, _, emitter| {
        let span = SimpleSpan::from(property.span.range());
        let message = Message::new("syntax-property-at-top-level").arg("key", property.key.text.as_str());
        emitter.emit(issue(span, &SYNTAX, message));
        None
    });
    let stray_block = block.clone().validate(|block, _, emitter| {
        let open = SimpleSpan::from(block.span.start as usize..block.span.start as usize + 1);
        emitter.emit(issue(open, &SYNTAX, Message::new("syntax-stray-block")));
        None
    });
    let item = choice((
        top_property,
        declaration(word(), block).map(Some),
        stray_block,
        skipped(|token| !matches!(token, Token::LBrace | Token::Ident(_))).to(None),
    ));
    item.repeated()
        .collect::<Vec<_>>()
        .map(|items| items.into_iter().flatten().collect())
        .then_ignore(end())
}

fn declaration<'tok, 'src: 'tok, I>(
    keyword: impl Parser<'tok, I, Word, Extra<'tok, 'src>> + Clone,
    block: impl Parser<'tok, I, Block, Extra<'tok, 'src>> + Clone,
) -> impl Parser<'tok, I, Decl, Extra<'tok, 'src>> + Clone
where
    I: ValueInput<'tok, Token = Token<'src>, Span = SimpleSpan>,
{
    // A name is an identifier not followed by `:`, which would make it the next property.
    let name = word().and_is(ident().then(just(Token::Colon)).not());
    keyword
        .then(name.or_not())
        .then(string().or_not())
        .then(block.or_not())
        .map_with(|(((keyword, name), label), body), e| Decl {
            doc: None,
            keyword,
            name,
            label,
            body,
            span: span_of(e.span()),
        })
}

/// Attaches each run of `///` comments to the declaration right after it and
/// returns the comments that stay trivia.
fn attach_docs(source: &str, items: &mut [Decl], tokens: Vec<Spanned<'_>>) -> Vec<Comment> {
    let mut comments: Vec<(Comment, &str)> = tokens
        .into_iter()
        .map(|(token, range)| {
            let kind = match token {
                Token::DocComment(_) => CommentKind::Doc,
                Token::LineComment(_) => CommentKind::Line,
                _ => CommentKind::Block,
            };
            (
                Comment {
                    kind,
                    span: range.clone().into(),
                },
                &source[range],
            )
        })
        .collect();
    let mut attached = vec![false; comments.len()];
    attach_docs_in(source, items, &mut comments, &mut attached);
    comments
        .into_iter()
        .zip(attached)
        .filter(|(_, attached)| !attached)
        .map(|((comment, _), _)| comment)
        .collect()
}

fn attach_docs_in(source: &str, decls: &mut [Decl], comments: &mut [(Comment, &str)], attached: &mut [bool]) {
    for decl in decls {
        let start = decl.span.start as usize;
        let mut index = comments.partition_point(|(comment, _)| (comment.span.end as usize) <= start);
        let mut gap_end = start;
        let mut lines = Vec::new();
        while index > 0 {
            let (comment, text) = &comments[index - 1];
            let between = &source[comment.span.end as usize..gap_end];
            if comment.kind != CommentKind::Doc || !between.trim().is_empty() {
                break;
            }
            lines.push((index - 1, *text, comment.span));
            gap_end = comment.span.start as usize;
            index -= 1;
        }
        if !lines.is_empty() {
            lines.reverse();
            let span = lines[0].2.cover(lines[lines.len() - 1].2);
            let text = lines
                .iter()
                .map(|(_, line, _)| {
                    let line = line.trim_start_matches("///");
                    line.strip_prefix(' ').unwrap_or(line).trim_end()
                })
                .collect::<Vec<_>>()
                .join("\n");
            for (index, _, _) in &lines {
                attached[*index] = true;
            }
            decl.doc = Some(Box::new(Doc {
                text: text.into(),
                span,
            }));
        }
        if let Some(body) = &mut decl.body {
            let mut children: Vec<&mut Decl> = body
                .entries
                .iter_mut()
                .filter_map(|entry| match entry {
                    Entry::Decl(decl) => Some(&mut **decl),
                    Entry::Property(_) => None,
                })
                .collect();
            for child in children.iter_mut() {
                attach_docs_in(source, std::slice::from_mut(child), comments, attached);
            }
        }
    }
}
