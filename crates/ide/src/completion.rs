//! Completion that depends on where the cursor is: after `owner:` it offers
//! people, after `status:` the statuses, at the start of an entry the
//! properties and declarations the block allows.
//!
//! The context comes from the tokens before the cursor rather than from the
//! syntax tree, because the text being typed is usually incomplete: a block
//! still open, a property with no value yet. The tree only tells which
//! declaration opened each `{` and which properties a block already has.

use std::collections::HashMap;

use journey_diagnostics::{FileId, Span};
use journey_model::schema::{CADENCES, DeclKind, TOP_LEVEL, ValueType};
use journey_syntax::ast::Decl;
use journey_syntax::lexer::{Token, lex};

use crate::snapshot::Snapshot;
use crate::syntax::walk_decls;

/// The kind of text a completion item inserts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompletionKind {
    /// A declaration keyword (`stage`).
    Keyword,
    /// A property key (`owner: `), or a facet used as one.
    Property,
    /// A value the language defines (`validated`, `high`, `monthly`).
    Value,
    /// The name of a declaration, or a path to one.
    Declaration(DeclKind),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompletionItem {
    pub label: String,
    pub kind: CompletionKind,
    /// A short description: the declaration's label, or the property's value type.
    pub detail: Option<String>,
    pub insert_text: String,
    /// The text the editor matches what was typed against, when it differs from the label.
    pub filter_text: Option<String>,
    /// The text the item replaces: the word being typed, or an empty span at the cursor.
    pub replace: Span,
}

/// The place of the cursor in the syntax.
#[derive(Debug, Clone, PartialEq)]
enum Context {
    /// At the start of an entry inside a declaration of `kind`, or at the top level when `None`.
    Entry { kind: Option<DeclKind>, block: Option<u32> },
    /// In the value of property `key` of a declaration of `kind`.
    Value {
        kind: DeclKind,
        key: String,
        journey: Option<String>,
    },
}

/// A `{` or `[` that is still open before the cursor.
#[derive(Debug, Clone)]
enum Frame {
    Block {
        keyword: String,
        name: Option<String>,
        open: u32,
    },
    List {
        key: Option<String>,
    },
}

impl Snapshot {
    /// Lists the completions at `offset`, in a stable order.
    pub fn completions(&self, file: FileId, offset: u32) -> Vec<CompletionItem> {
        let (Some(data), Some(parse)) = (self.file(file), self.parse(file)) else {
            return Vec::new();
        };
        let text = &data.parse_text;
        let tokens = lex(text);
        if inside_comment_or_string(&tokens, offset as usize) {
            return Vec::new();
        }
        let replace = word_at(&tokens, offset as usize);
        let before: Vec<(Token<'_>, std::ops::Range<usize>)> = tokens
            .iter()
            .filter(|(token, span)| !token.is_trivia() && span.end <= replace.start as usize)
            .cloned()
            .collect();
        let blocks = block_owners(&parse.file.items);
        let Some((context, replace)) = context(&before, &blocks, replace) else {
            return Vec::new();
        };
        match context {
            Context::Entry { kind, block } => self.entry_items(
                kind,
                block.and_then(|open| blocks.get(&open)).map(|(_, decl)| *decl),
                replace,
            ),
            Context::Value { kind, key, journey } => self.value_items(kind, &key, journey.as_deref(), replace),
        }
    }

    fn entry_items(&self, kind: Option<DeclKind>, decl: Option<&Decl>, replace: Span) -> Vec<CompletionItem> {
        let mut items = Vec::new();
        let Some(kind) = kind else {
            for kind in TOP_LEVEL {
                items.push(keyword_item(*kind, replace));
            }
            return items;
        };
        let present = |key: &str| decl.is_some_and(|decl| decl.property(key).is_some());
        for property in kind
            .schema()
            .properties
            .iter()
            .filter(|property| !present(property.key))
        {
            items.push(CompletionItem {
                label: property.key.to_owned(),
                kind: CompletionKind::Property,
                detail: Some(value_type_name(property.value).to_owned()),
                insert_text: format!("{}: ", property.key),
                filter_text: None,
                replace,
            });
        }
        if kind == DeclKind::Journey {
            for facet in &self.model().facets {
                if !present(&facet.name) {
                    items.push(CompletionItem {
                        label: facet.name.to_string(),
                        kind: CompletionKind::Property,
                        detail: facet.label.as_deref().map(str::to_owned),
                        insert_text: format!("{}: ", facet.name),
                        filter_text: None,
                        replace,
                    });
                }
            }
        }
        for child in kind.children() {
            items.push(keyword_item(*child, replace));
        }
        items
    }

    fn value_items(&self, kind: DeclKind, key: &str, journey: Option<&str>, replace: Span) -> Vec<CompletionItem> {
        let Some(property) = kind.property(key) else {
            return self.facet_value_items(kind, key, replace);
        };
        match property.value {
            ValueType::Person | ValueType::Persons => self.global_items(DeclKind::Person, replace),
            ValueType::Members => {
                let mut items = self.global_items(DeclKind::Person, replace);
                items.extend(self.global_items(DeclKind::Team, replace));
                items
            }
            ValueType::Ref(target) | ValueType::Refs(target) => self.global_items(target, replace),
            ValueType::StagePath => self.stage_path_items(journey, replace),
            ValueType::Keyword(words) => words.iter().map(|word| value_item(word, replace)).collect(),
            ValueType::Cadence => CADENCES
                .iter()
                .chain(&["every"])
                .map(|word| value_item(word, replace))
                .collect(),
            ValueType::Pains => self.pain_items(journey, replace),
            ValueType::String | ValueType::Number | ValueType::Measure | ValueType::Date => Vec::new(),
        }
    }

    /// The values of the facet `key`, on a journey.
    fn facet_value_items(&self, kind: DeclKind, key: &str, replace: Span) -> Vec<CompletionItem> {
        if kind != DeclKind::Journey {
            return Vec::new();
        }
        let Some(facet) = self.model().facets.iter().find(|facet| facet.name == key) else {
            return Vec::new();
        };
        facet
            .values
            .iter()
            .map(|value| {
                declaration_item(
                    &value.name,
                    DeclKind::FacetValue,
                    value.label.as_deref().map(str::to_owned),
                    replace,
                )
            })
            .collect()
    }

    /// The top-level declarations of `kind`; people as `@name`.
    fn global_items(&self, kind: DeclKind, replace: Span) -> Vec<CompletionItem> {
        self.symbols()
            .filter(|(_, symbol)| symbol.kind == kind)
            .filter_map(|(_, symbol)| {
                let name = symbol.name.as_deref()?;
                let text = if kind == DeclKind::Person {
                    format!("@{name}")
                } else {
                    name.to_owned()
                };
                Some(declaration_item(
                    &text,
                    kind,
                    symbol.label.as_deref().map(str::to_owned),
                    replace,
                ))
            })
            .collect()
    }

    /// Every `journey.stage` and `journey.stage.step` path outside the current journey.
    fn stage_path_items(&self, journey: Option<&str>, replace: Span) -> Vec<CompletionItem> {
        let mut items = Vec::new();
        for candidate in self
            .model()
            .journeys
            .iter()
            .filter(|candidate| Some(candidate.name.as_str()) != journey)
        {
            for stage in &candidate.stages {
                let path = format!("{}.{}", candidate.name, stage.name);
                items.push(declaration_item(
                    &path,
                    DeclKind::Stage,
                    stage.label.as_deref().map(str::to_owned),
                    replace,
                ));
                for step in &stage.steps {
                    let step_path = format!("{path}.{}", step.name);
                    items.push(declaration_item(
                        &step_path,
                        DeclKind::Step,
                        step.label.as_deref().map(str::to_owned),
                        replace,
                    ));
                }
            }
        }
        items
    }

    /// The named pains of the current journey, for `for:`.
    fn pain_items(&self, journey: Option<&str>, replace: Span) -> Vec<CompletionItem> {
        let Some(journey) = self
            .model()
            .journeys
            .iter()
            .find(|candidate| Some(candidate.name.as_str()) == journey)
        else {
            return Vec::new();
        };
        journey
            .pains()
            .filter_map(|(_, _, pain)| {
                Some(declaration_item(
                    pain.name.as_deref()?,
                    DeclKind::Pain,
                    pain.label.as_deref().map(str::to_owned),
                    replace,
                ))
            })
            .collect()
    }
}

fn keyword_item(kind: DeclKind, replace: Span) -> CompletionItem {
    CompletionItem {
        label: kind.keyword().to_owned(),
        kind: CompletionKind::Keyword,
        detail: None,
        insert_text: format!("{} ", kind.keyword()),
        filter_text: None,
        replace,
    }
}

fn value_item(word: &str, replace: Span) -> CompletionItem {
    CompletionItem {
        label: word.to_owned(),
        kind: CompletionKind::Value,
        detail: None,
        insert_text: word.to_owned(),
        filter_text: None,
        replace,
    }
}

fn declaration_item(text: &str, kind: DeclKind, label: Option<String>, replace: Span) -> CompletionItem {
    CompletionItem {
        label: text.to_owned(),
        kind: CompletionKind::Declaration(kind),
        detail: label,
        insert_text: text.to_owned(),
        filter_text: Some(text.to_owned()),
        replace,
    }
}

/// The value's shape as the language reference writes it.
fn value_type_name(value: ValueType) -> &'static str {
    match value {
        ValueType::Person => "@person",
        ValueType::Persons => "[@person, …]",
        ValueType::Members => "[@person or team, …]",
        ValueType::Ref(kind) | ValueType::Refs(kind) => kind.keyword(),
        ValueType::StagePath => "journey.stage",
        ValueType::String => "string",
        ValueType::Number => "number",
        ValueType::Measure => "number or %",
        ValueType::Date => "YYYY-MM-DD",
        ValueType::Cadence => "cadence",
        ValueType::Keyword(_) => "keyword",
        ValueType::Pains => "pain",
    }
}

fn inside_comment_or_string(tokens: &[(Token<'_>, std::ops::Range<usize>)], offset: usize) -> bool {
    tokens.iter().any(|(token, span)| match token {
        Token::LineComment(_) | Token::DocComment(_) => span.start < offset && offset <= span.end,
        Token::BlockComment(_) | Token::Str(_) | Token::TripleStr(_) => span.start < offset && offset < span.end,
        Token::UnterminatedComment(_) | Token::UnterminatedStr(_) => span.start < offset && offset <= span.end,
        _ => false,
    })
}

/// The span of the word being typed at `offset` (an identifier, `@name` or
/// a lone `@`), or an empty span at the cursor.
fn word_at(tokens: &[(Token<'_>, std::ops::Range<usize>)], offset: usize) -> Span {
    let word = tokens.iter().find(|(token, span)| {
        span.start < offset
            && offset <= span.end
            && matches!(token, Token::Ident(_) | Token::Person(_) | Token::Error("@"))
    });
    word.map_or(Span::empty(offset), |(_, span)| Span::new(span.start, span.end))
}

/// The declaration that opens each block, by the offset of its `{`.
fn block_owners(items: &[Decl]) -> HashMap<u32, (Option<String>, &Decl)> {
    let mut owners = HashMap::new();
    walk_decls(items, None, &mut |decl, _| {
        if let Some(body) = &decl.body {
            owners.insert(
                body.span.start,
                (decl.name.as_ref().map(|name| name.text.to_string()), decl),
            );
        }
    });
    owners
}

/// Works out the context from the tokens before the word being typed.
/// Returns the span to replace, which grows to cover a dotted path.
fn context(
    before: &[(Token<'_>, std::ops::Range<usize>)],
    blocks: &HashMap<u32, (Option<String>, &Decl)>,
    replace: Span,
) -> Option<(Context, Span)> {
    let frames = open_frames(before, blocks);
    let kinds = frame_kinds(&frames)?;
    let journey = match frames.first() {
        Some(Frame::Block { keyword, name, .. }) if keyword == "journey" => name.clone(),
        _ => None,
    };
    let current_block = frames.iter().rev().find_map(|frame| match frame {
        Frame::Block { open, .. } => Some(*open),
        Frame::List { .. } => None,
    });
    let kind = kinds.last().copied();

    if let Some(Frame::List { key }) = frames.last() {
        let last = before.last().map(|(token, _)| *token);
        if matches!(last, Some(Token::LBracket | Token::Comma)) {
            return Some((
                Context::Value {
                    kind: kind?,
                    key: key.clone()?,
                    journey,
                },
                replace,
            ));
        }
        return None;
    }

    let last = before.len().checked_sub(1).map(|index| (index, &before[index]));
    match last.map(|(index, (token, _))| (index, *token)) {
        None | Some((_, Token::LBrace | Token::RBrace | Token::RBracket)) => Some((
            Context::Entry {
                kind,
                block: current_block,
            },
            replace,
        )),
        Some((index, Token::Colon)) => {
            let key = key_before(before, index)?;
            Some((
                Context::Value {
                    kind: kind?,
                    key,
                    journey,
                },
                replace,
            ))
        }
        Some((index, Token::Dot)) => {
            let (key, start) = path_key(before, index)?;
            let whole = Span::new(start, replace.end as usize);
            Some((
                Context::Value {
                    kind: kind?,
                    key,
                    journey,
                },
                whole,
            ))
        }
        Some((index, Token::Ident(_))) => {
            // An identifier right after `:` or `.` was a value, so a new entry starts.
            let previous = index.checked_sub(1).map(|previous| before[previous].0);
            matches!(previous, Some(Token::Colon | Token::Dot)).then_some((
                Context::Entry {
                    kind,
                    block: current_block,
                },
                replace,
            ))
        }
        Some((
            _,
            Token::Str(_)
            | Token::TripleStr(_)
            | Token::Number(_)
            | Token::Percent(_)
            | Token::Date(_)
            | Token::Person(_),
        )) => Some((
            Context::Entry {
                kind,
                block: current_block,
            },
            replace,
        )),
        Some(_) => None,
    }
}

/// The `{` and `[` still open before the cursor.
fn open_frames(
    before: &[(Token<'_>, std::ops::Range<usize>)],
    blocks: &HashMap<u32, (Option<String>, &Decl)>,
) -> Vec<Frame> {
    let mut frames = Vec::new();
    for (index, (token, span)) in before.iter().enumerate() {
        match token {
            Token::LBrace => frames.push(block_frame(before, index, span.start as u32, blocks)),
            Token::RBrace => {
                while let Some(frame) = frames.pop() {
                    if matches!(frame, Frame::Block { .. }) {
                        break;
                    }
                }
            }
            Token::LBracket => frames.push(Frame::List {
                key: key_before(before, index.saturating_sub(1)),
            }),
            Token::RBracket => {
                if matches!(frames.last(), Some(Frame::List { .. })) {
                    frames.pop();
                }
            }
            _ => {}
        }
    }
    frames
}

/// The declaration that a `{` opens: from the syntax tree when the parser
/// kept it, else from the words before the brace (`keyword name "label" {`).
fn block_frame(
    before: &[(Token<'_>, std::ops::Range<usize>)],
    index: usize,
    open: u32,
    blocks: &HashMap<u32, (Option<String>, &Decl)>,
) -> Frame {
    if let Some((name, decl)) = blocks.get(&open) {
        return Frame::Block {
            keyword: decl.keyword.text.to_string(),
            name: name.clone(),
            open,
        };
    }
    let mut words: Vec<&str> = Vec::new();
    for (token, _) in before[..index].iter().rev() {
        match token {
            Token::Str(_) | Token::TripleStr(_) if words.is_empty() => continue,
            Token::Ident(word) if words.len() < 2 => words.push(word),
            _ => break,
        }
    }
    words.reverse();
    let keyword = words.first().map_or(String::new(), |word| (*word).to_owned());
    let name = words.get(1).map(|word| (*word).to_owned());
    Frame::Block { keyword, name, open }
}

/// The kinds of the open blocks, outermost first. `None` when a block's
/// keyword is not valid at its place, because nothing can be offered inside it.
fn frame_kinds(frames: &[Frame]) -> Option<Vec<DeclKind>> {
    let mut kinds: Vec<DeclKind> = Vec::new();
    for frame in frames {
        if let Frame::Block { keyword, .. } = frame {
            kinds.push(DeclKind::from_keyword(keyword, kinds.last().copied())?);
        }
    }
    Some(kinds)
}

/// The key of `key:` when the token at `colon` is that colon.
fn key_before(before: &[(Token<'_>, std::ops::Range<usize>)], colon: usize) -> Option<String> {
    if !matches!(before.get(colon)?.0, Token::Colon) {
        return None;
    }
    match before.get(colon.checked_sub(1)?)?.0 {
        Token::Ident(key) => Some(key.to_owned()),
        _ => None,
    }
}

/// For `key: a.b.` with the last dot at `dot`: the key and the offset where the path starts.
fn path_key(before: &[(Token<'_>, std::ops::Range<usize>)], dot: usize) -> Option<(String, usize)> {
    let mut index = dot;
    loop {
        let (Token::Dot, _) = before.get(index)? else {
            return None;
        };
        let (Token::Ident(_), span) = before.get(index.checked_sub(1)?)? else {
            return None;
        };
        let start = span.start;
        let previous = index.checked_sub(2)?;
        match before.get(previous)?.0 {
            Token::Dot => index = previous,
            Token::Colon => return Some((key_before(before, previous)?, start)),
            _ => return None,
        }
    }
}
