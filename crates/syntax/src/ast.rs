//! The syntax tree. It is generic on purpose: every declaration has the same
//! shape (`keyword name "label" { … }`) and every block holds properties and
//! nested declarations. Which keywords and properties are valid where is the
//! model's business, so the parser, the formatter and the editor features
//! share one small tree.

use ecow::EcoString;
use journey_diagnostics::Span;

/// One parsed file: its declarations plus the comments the tree does not hold.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceFile {
    pub items: Vec<Decl>,
    /// Every `//`, `/* */` and unattached `///` comment, in source order.
    pub comments: Vec<Comment>,
}

/// An identifier with its span. The text is stored inline up to 15 bytes,
/// and copies of a longer one share its buffer.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub text: EcoString,
    pub span: Span,
}

/// A string literal, unescaped.
#[derive(Debug, Clone, PartialEq)]
pub struct StringLit {
    pub value: EcoString,
    pub span: Span,
    /// Written with `"""`.
    pub triple: bool,
}

/// `keyword name "label" { … }`, where only the keyword is required.
#[derive(Debug, Clone, PartialEq)]
pub struct Decl {
    /// Boxed because few declarations have one: inline, it took 24 bytes of every declaration.
    pub doc: Option<Box<Doc>>,
    pub keyword: Word,
    pub name: Option<Word>,
    pub label: Option<StringLit>,
    pub body: Option<Block>,
    /// From the keyword to the closing brace (doc comment excluded).
    pub span: Span,
}

impl Decl {
    pub fn entries(&self) -> &[Entry] {
        self.body.as_ref().map_or(&[], |body| &body.entries)
    }

    pub fn properties(&self) -> impl Iterator<Item = &Property> {
        self.entries().iter().filter_map(|entry| match entry {
            Entry::Property(property) => Some(property),
            Entry::Decl(_) => None,
        })
    }

    pub fn children(&self) -> impl Iterator<Item = &Decl> {
        self.entries().iter().filter_map(|entry| match entry {
            Entry::Decl(decl) => Some(&**decl),
            Entry::Property(_) => None,
        })
    }

    /// The first property called `key`.
    pub fn property(&self, key: &str) -> Option<&Property> {
        self.properties().find(|property| property.key.text == key)
    }
}

/// The `///` lines before a declaration, with the markers and one leading space removed.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub text: EcoString,
    pub span: Span,
}

/// `{ … }`.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub entries: Vec<Entry>,
    /// From `{` to `}`, or to the last entry when the brace is missing.
    pub span: Span,
    pub closed: bool,
}

/// One entry of a block. The declaration is boxed because it is about twice
/// the size of a property, and most entries are properties: unboxed, every
/// entry would take the size of a declaration.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Property(Property),
    Decl(Box<Decl>),
}

impl Entry {
    pub fn span(&self) -> Span {
        match self {
            Entry::Property(property) => property.span,
            Entry::Decl(decl) => decl.span,
        }
    }
}

/// `key: value`. The value is `None` when it is missing or unreadable; the
/// parser has already reported that.
#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    pub key: Word,
    pub value: Option<Value>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub kind: ValueKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ValueKind {
    /// `@name`, without the `@`.
    Person(Word),
    /// `name` or `a.b.c`.
    Path(Vec<Word>),
    String(StringLit),
    Number(f64),
    Percent(f64),
    /// `YYYY-MM-DD` as written; the model checks the calendar.
    Date(EcoString),
    /// `every 45 days`.
    Every {
        count: f64,
        unit: Word,
    },
    List(Vec<Value>),
}

impl ValueKind {
    /// The single identifier of a one-segment path.
    pub fn as_word(&self) -> Option<&Word> {
        match self {
            ValueKind::Path(segments) if segments.len() == 1 => segments.first(),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentKind {
    Line,
    Block,
    /// A `///` comment that stands before no declaration.
    Doc,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comment {
    pub kind: CommentKind,
    pub span: Span,
}
