//! Finding the ```` ```mermaid ```` code blocks of a Markdown file, with
//! the file position of each of their lines and the heading above them.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A line of a code block, owned, with its one-based position in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockLine {
    pub text: String,
    pub line: u32,
    pub column: u32,
}

/// The content of one `mermaid` code block.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub lines: Vec<BlockLine>,
    /// The text of the nearest heading above the block.
    pub heading: Option<String>,
    /// The last line while it has no line feed yet.
    open: Option<BlockLine>,
}

impl Block {
    fn close(mut self) -> Block {
        if let Some(open) = self.open.take() {
            self.lines.push(open);
        }
        self
    }
}

/// Byte offsets of line starts, to turn offsets into lines and columns.
struct LineStarts<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineStarts<'a> {
    fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(index, _)| index + 1))
            .collect();
        LineStarts { text, starts }
    }

    fn position(&self, offset: usize) -> (u32, u32) {
        let line = self.starts.partition_point(|start| *start <= offset) - 1;
        let column = self.text[self.starts[line]..offset].chars().count();
        (line as u32 + 1, column as u32 + 1)
    }
}

/// Lists the fenced code blocks whose info string starts with `mermaid`.
pub fn mermaid_blocks(text: &str) -> Vec<Block> {
    let starts = LineStarts::new(text);
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    let mut heading: Option<String> = None;
    let mut heading_text: Option<String> = None;
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) if is_mermaid(&info) => {
                current = Some(Block {
                    lines: Vec::new(),
                    heading: heading.clone(),
                    open: None,
                });
            }
            Event::End(TagEnd::CodeBlock) => blocks.extend(current.take().map(Block::close)),
            Event::Text(content) if current.is_some() => {
                let block = current.as_mut().expect("checked by the guard");
                push_text(block, text, &starts, &content, range);
            }
            Event::Start(Tag::Heading { level, .. }) if level <= HeadingLevel::H6 => heading_text = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => heading = heading_text.take().map(|text| text.trim().to_owned()),
            Event::Text(content) | Event::Code(content) => {
                if let Some(heading_text) = heading_text.as_mut() {
                    heading_text.push_str(&content);
                }
            }
            _ => {}
        }
    }
    blocks
}

fn is_mermaid(info: &str) -> bool {
    info.split_whitespace()
        .next()
        .is_some_and(|language| language.eq_ignore_ascii_case("mermaid"))
}

/// Adds the text of one event to the block. The parser may split a line
/// over several events (`journey`, then `\r\n`), so a line is complete only
/// at its line feed.
///
/// When the event is a verbatim slice of the file, each line gets its exact
/// position. Inside a list or a quote the parser removes the prefixes, so a
/// new line is placed at column 1 of the line after the previous one.
fn push_text(block: &mut Block, text: &str, starts: &LineStarts, content: &str, range: std::ops::Range<usize>) {
    let verbatim = text.get(range.clone()) == Some(content);
    let mut offset = 0;
    for piece in content.split_inclusive('\n') {
        let (line, column) = if verbatim {
            starts.position(range.start + offset)
        } else {
            let next = block
                .lines
                .last()
                .map_or(starts.position(range.start).0, |last| last.line + 1);
            (next, 1)
        };
        offset += piece.len();
        match block.open.as_mut() {
            Some(open) => open.text.push_str(piece),
            None => {
                block.open = Some(BlockLine {
                    text: piece.to_owned(),
                    line,
                    column,
                })
            }
        }
        if piece.ends_with('\n') {
            let mut done = block.open.take().expect("a line is open");
            done.text.truncate(done.text.trim_end_matches(['\n', '\r']).len());
            block.lines.push(done);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_mermaid_blocks_with_positions() {
        let text = "# Onboarding\n\nText.\n\n```mermaid\njourney\n  title A\n```\n\n```rust\nfn main() {}\n```\n\n~~~ Mermaid\njourney\n~~~\n";
        let blocks = mermaid_blocks(text);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].heading.as_deref(), Some("Onboarding"));
        assert_eq!(
            blocks[0].lines[1],
            BlockLine {
                text: "  title A".into(),
                line: 7,
                column: 1
            }
        );
        assert_eq!(blocks[1].lines[0].line, 15);
    }

    #[test]
    fn blocks_inside_quotes() {
        let text = "> ```mermaid\n> journey\n>   A: 3\n> ```\n";
        let blocks = mermaid_blocks(text);
        assert_eq!(blocks.len(), 1);
        let texts: Vec<&str> = blocks[0].lines.iter().map(|line| line.text.as_str()).collect();
        assert_eq!(texts, ["journey", "  A: 3"]);
        assert_eq!(blocks[0].lines[1].line, 3);
    }

    #[test]
    fn crlf_and_lists() {
        let text = "## Trip\r\n\r\n- item\r\n\r\n  ```mermaid\r\n  journey\r\n    A: 3\r\n  ```\r\n";
        let blocks = mermaid_blocks(text);
        assert_eq!(blocks.len(), 1);
        let texts: Vec<&str> = blocks[0].lines.iter().map(|line| line.text.as_str()).collect();
        assert_eq!(texts, ["journey", "  A: 3"]);
        assert_eq!(blocks[0].lines[1].line, 7);
    }
}
