//! Text measurement and line wrapping, with the advance widths of the
//! embedded fonts, so that a label's lines are known to fit their box
//! before anything is drawn.
//!
//! Widths are the sum of glyph advances, without kerning. Kerning mostly
//! narrows text, so the estimate errs on the safe side. A character that
//! neither DejaVu Sans nor Noto Emoji has (CJK, most often) counts as one
//! em when it is a wide character and six tenths of an em otherwise. One em
//! is the advance of CJK glyphs in the fonts that draw them.

use std::sync::OnceLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider, charmap::Charmap};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthChar;

use crate::fonts;

/// The size and weight of a run of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
}

impl Font {
    pub const fn regular(size: f64) -> Font {
        Font { size, bold: false }
    }

    pub const fn bold(size: f64) -> Font {
        Font { size, bold: true }
    }

    /// Returns the distance between two baselines.
    pub fn line_height(self) -> f64 {
        (self.size * LINE_HEIGHT).round()
    }

    /// From the top of a line to its baseline: the ascent of DejaVu Sans
    /// (0.93 em) plus half the leading.
    pub fn baseline(self) -> f64 {
        self.size * ((LINE_HEIGHT - 1.16) / 2.0 + 0.93)
    }
}

const LINE_HEIGHT: f64 = 1.35;

struct Face {
    charmap: Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    units_per_em: f64,
}

impl Face {
    fn new(data: &'static [u8]) -> Face {
        let font = FontRef::new(data).expect("the embedded fonts are valid");
        let units_per_em = f64::from(font.metrics(Size::unscaled(), LocationRef::default()).units_per_em);
        Face {
            charmap: font.charmap(),
            metrics: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            units_per_em,
        }
    }

    /// Returns the advance of `c` in ems, when the font has it.
    fn advance(&self, c: char) -> Option<f64> {
        let glyph = self.charmap.map(c)?;
        let advance = self.metrics.advance_width(glyph)?;
        Some(f64::from(advance) / self.units_per_em)
    }
}

struct Faces {
    regular: Face,
    bold: Face,
    emoji: Face,
}

fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| Faces {
        regular: Face::new(fonts::regular()),
        bold: Face::new(fonts::bold()),
        emoji: Face::new(fonts::emoji()),
    })
}

/// Characters that take no room of their own: joiners, variation
/// selectors, skin-tone modifiers, tags and combining marks.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{FE00}'..='\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}')
        || UnicodeWidthChar::width(c) == Some(0) && !c.is_whitespace()
}

fn char_width(c: char, font: Font) -> f64 {
    let faces = faces();
    let face = if font.bold { &faces.bold } else { &faces.regular };
    let em = face
        .advance(c)
        .or_else(|| faces.emoji.advance(c))
        .unwrap_or_else(|| match UnicodeWidthChar::width(c) {
            Some(2) => 1.0,
            _ => 0.6,
        });
    em * font.size
}

/// Measures one grapheme. An emoji sequence joined by zero-width joiners is
/// one picture, as wide as its first character.
fn grapheme_width(grapheme: &str, font: Font) -> f64 {
    let mut chars = grapheme.chars();
    let Some(first) = chars.next() else { return 0.0 };
    if grapheme.contains('\u{200D}') {
        return char_width(first, font);
    }
    let rest: f64 = chars.filter(|c| !is_invisible(*c)).map(|c| char_width(c, font)).sum();
    char_width(first, font) + rest
}

/// Measures `text` on one line.
pub fn width(text: &str, font: Font) -> f64 {
    text.graphemes(true)
        .map(|grapheme| grapheme_width(grapheme, font))
        .sum()
}

/// Tells whether a line may break around this grapheme. CJK and emoji are
/// written without spaces, so every such character is a break point.
fn is_wide(grapheme: &str) -> bool {
    grapheme.chars().next().and_then(UnicodeWidthChar::width) == Some(2)
}

/// Breaks `text` into lines no wider than `max_width`. Runs of whitespace
/// become one space, a newline in the text starts a new line, and a word
/// too long for a line is cut between graphemes.
pub fn wrap(text: &str, font: Font, max_width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph, font, max_width, &mut lines);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

fn wrap_paragraph(paragraph: &str, font: Font, max_width: f64, lines: &mut Vec<String>) {
    let mut line = Line::default();
    for word in words(paragraph) {
        let word_width = width(&word.text, font);
        let space = if word.spaced && !line.text.is_empty() {
            width(" ", font)
        } else {
            0.0
        };
        if line.width + space + word_width <= max_width {
            line.push(&word.text, space, word_width, word.spaced);
            continue;
        }
        if !line.text.is_empty() {
            lines.push(std::mem::take(&mut line).text);
        }
        if word_width <= max_width {
            line.push(&word.text, 0.0, word_width, false);
        } else {
            line = cut_word(&word.text, font, max_width, lines);
        }
    }
    if !line.text.is_empty() {
        lines.push(line.text);
    }
}

#[derive(Default)]
struct Line {
    text: String,
    width: f64,
}

impl Line {
    fn push(&mut self, word: &str, space: f64, word_width: f64, spaced: bool) {
        if spaced && !self.text.is_empty() {
            self.text.push(' ');
        }
        self.text.push_str(word);
        self.width += space + word_width;
    }
}

/// Cuts an over-long word into full lines; returns the last, partial one.
fn cut_word(word: &str, font: Font, max_width: f64, lines: &mut Vec<String>) -> Line {
    let mut line = Line::default();
    for grapheme in word.graphemes(true) {
        let grapheme_width = grapheme_width(grapheme, font);
        if line.width + grapheme_width > max_width && !line.text.is_empty() {
            lines.push(std::mem::take(&mut line).text);
        }
        line.push(grapheme, 0.0, grapheme_width, false);
    }
    line
}

struct Word {
    text: String,
    /// Whether whitespace separates it from the word before.
    spaced: bool,
}

/// Splits a paragraph at whitespace and around wide characters.
fn words(paragraph: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut spaced = false;
    for grapheme in paragraph.graphemes(true) {
        if grapheme.chars().all(char::is_whitespace) {
            if !current.is_empty() {
                words.push(Word {
                    text: std::mem::take(&mut current),
                    spaced,
                });
            }
            spaced = true;
            continue;
        }
        if is_wide(grapheme) {
            if !current.is_empty() {
                words.push(Word {
                    text: std::mem::take(&mut current),
                    spaced,
                });
                spaced = false;
            }
            words.push(Word {
                text: grapheme.to_owned(),
                spaced,
            });
            spaced = false;
            continue;
        }
        current.push_str(grapheme);
    }
    if !current.is_empty() {
        words.push(Word { text: current, spaced });
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: Font = Font::regular(12.0);

    #[test]
    fn measures_with_the_embedded_font() {
        // DejaVu Sans: "M" is 1767/2048 em wide, a space 651/2048.
        assert!((width("M", BODY) - 12.0 * 1767.0 / 2048.0).abs() < 0.01);
        assert!((width(" ", BODY) - 12.0 * 651.0 / 2048.0).abs() < 0.01);
        assert!(width("iii", BODY) < width("MMM", BODY));
        assert!(width("Bold", Font::bold(12.0)) > width("Bold", BODY));
    }

    #[test]
    fn wraps_at_spaces_within_the_width() {
        let lines = wrap("Asked for the same address twice", BODY, 100.0);
        assert!(lines.len() > 1, "{lines:?}");
        for line in &lines {
            assert!(width(line, BODY) <= 100.0, "{line} is too wide");
        }
        assert_eq!(lines.join(" "), "Asked for the same address twice");
    }

    #[test]
    fn cuts_words_longer_than_a_line() {
        let lines = wrap("Antidisestablishmentarianism", BODY, 60.0);
        assert!(lines.len() > 2);
        assert_eq!(lines.concat(), "Antidisestablishmentarianism");
        assert!(lines.iter().all(|line| width(line, BODY) <= 60.0));
    }

    #[test]
    fn breaks_cjk_between_characters() {
        let lines = wrap("口座開設の申込書に住所を二回記入する", BODY, 60.0);
        assert_eq!(lines.concat(), "口座開設の申込書に住所を二回記入する");
        assert!(lines.iter().all(|line| line.chars().count() <= 5), "{lines:?}");
    }

    #[test]
    fn keeps_emoji_sequences_and_accents_whole() {
        let family = "👩\u{200D}👩\u{200D}👧";
        assert_eq!(wrap(family, BODY, 5.0), vec![family.to_owned()]);
        let decomposed = "e\u{301}";
        assert_eq!(
            wrap(&format!("{decomposed}{decomposed}"), BODY, 1.0),
            vec![decomposed, decomposed]
        );
        assert!((width(family, BODY) - width("👩", BODY)).abs() < 0.01);
    }

    #[test]
    fn keeps_newlines_and_collapses_spaces() {
        assert_eq!(wrap("one   two\nthree", BODY, 500.0), vec!["one two", "three"]);
        assert_eq!(wrap("", BODY, 500.0), vec![""]);
    }
}
