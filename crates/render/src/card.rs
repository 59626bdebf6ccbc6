//! Cards: rounded boxes of wrapped text, tags, severity pips and KPI bars,
//! measured before they are drawn so that rows can be sized to fit them.

use crate::svg::{Anchor, Paint, Svg};
use crate::text::{Font, width, wrap};
use crate::theme::{self, CARD_PAD, CardStyle, TagStyle};

const STRIPE: f64 = 5.0;
const BLOCK_GAP: f64 = 4.0;
const TAG_PAD_X: f64 = 6.0;
const TAG_PAD_Y: f64 = 2.0;
const TAG_GAP: f64 = 4.0;
const PIP_RADIUS: f64 = 3.5;
const PIP_STEP: f64 = 10.0;
const BAR_HEIGHT: f64 = 8.0;

/// A box of content at a fixed width; its height follows the content.
#[derive(Debug, Clone)]
pub struct Card {
    pub width: f64,
    style: CardStyle,
    stripe: Option<&'static str>,
    blocks: Vec<Block>,
}

#[derive(Debug, Clone)]
enum Block {
    Text {
        lines: Vec<String>,
        font: Font,
        color: &'static str,
        href: Option<String>,
    },
    Tags {
        tags: Vec<Tag>,
        height: f64,
        pips: Option<Pips>,
    },
    Bar(Bar),
}

#[derive(Debug, Clone)]
struct Tag {
    lines: Vec<String>,
    style: TagStyle,
    x: f64,
    y: f64,
    width: f64,
}

impl Tag {
    fn height(&self) -> f64 {
        self.lines.len() as f64 * theme::TAG.line_height() + 2.0 * TAG_PAD_Y
    }
}

/// Filled and empty dots for a severity, drawn after the tags.
#[derive(Debug, Clone, Copy)]
pub struct Pips {
    pub filled: usize,
    pub total: usize,
    pub color: &'static str,
    x: f64,
    y: f64,
}

/// A KPI bar: actual against target, on a scale from zero to `scale`.
#[derive(Debug, Clone, Copy)]
pub struct Bar {
    pub actual: Option<f64>,
    pub target: Option<f64>,
    pub scale: f64,
    pub color: &'static str,
}

impl Card {
    pub fn new(width: f64, style: CardStyle) -> Card {
        Card {
            width,
            style,
            stripe: None,
            blocks: Vec::new(),
        }
    }

    /// Adds a coloured band down the left edge.
    pub fn stripe(mut self, color: &'static str) -> Card {
        self.stripe = Some(color);
        self
    }

    fn inner_left(&self) -> f64 {
        CARD_PAD + if self.stripe.is_some() { STRIPE } else { 0.0 }
    }

    pub fn inner_width(&self) -> f64 {
        self.width - self.inner_left() - CARD_PAD
    }

    pub fn text(&mut self, text: &str, font: Font, color: &'static str) -> &mut Card {
        self.link(text, font, color, None)
    }

    /// Adds text that links to `href` when there is one.
    pub fn link(&mut self, text: &str, font: Font, color: &'static str, href: Option<String>) -> &mut Card {
        let lines = wrap(text, font, self.inner_width());
        self.blocks.push(Block::Text {
            lines,
            font,
            color,
            href,
        });
        self
    }

    /// Adds a row of tags, wrapping onto more rows when they do not fit, with
    /// optional severity pips after the last one.
    pub fn tags(&mut self, tags: &[(String, TagStyle)], pips: Option<(usize, usize, &'static str)>) -> &mut Card {
        let inner = self.inner_width();
        let mut placed = Vec::new();
        let (mut x, mut y, mut row_height) = (0.0, 0.0, 0.0_f64);
        for (label, style) in tags {
            let lines = wrap(label, theme::TAG, inner - 2.0 * TAG_PAD_X);
            let text_width = lines.iter().map(|line| width(line, theme::TAG)).fold(0.0, f64::max);
            let tag_width = text_width + 2.0 * TAG_PAD_X;
            if x > 0.0 && x + tag_width > inner {
                (x, y, row_height) = (0.0, y + row_height + TAG_GAP, 0.0);
            }
            let tag = Tag {
                lines,
                style: *style,
                x,
                y,
                width: tag_width,
            };
            row_height = row_height.max(tag.height());
            x += tag_width + TAG_GAP;
            placed.push(tag);
        }
        let pips = pips.map(|(filled, total, color)| {
            let pips_width = total as f64 * PIP_STEP;
            if x > 0.0 && x + pips_width > inner {
                (x, y, row_height) = (0.0, y + row_height + TAG_GAP, 0.0);
            }
            row_height = row_height.max(theme::TAG.line_height() + 2.0 * TAG_PAD_Y);
            Pips {
                filled,
                total,
                color,
                x,
                y,
            }
        });
        if !placed.is_empty() || pips.is_some() {
            self.blocks.push(Block::Tags {
                tags: placed,
                height: y + row_height,
                pips,
            });
        }
        self
    }

    pub fn bar(&mut self, bar: Bar) -> &mut Card {
        self.blocks.push(Block::Bar(bar));
        self
    }

    pub fn height(&self) -> f64 {
        let content: f64 = self.blocks.iter().map(Block::height).sum();
        let gaps = self.blocks.len().saturating_sub(1) as f64 * BLOCK_GAP;
        content + gaps + 2.0 * CARD_PAD
    }

    /// Draws the card with its top-left corner at (`x`, `y`) in a group
    /// with the given id.
    pub fn draw(&self, svg: &mut Svg, x: f64, y: f64, id: &str) {
        let height = self.height();
        svg.open_group(Some(id));
        svg.rect(x, y, self.width, height, self.style.paint);
        if let Some(color) = self.stripe {
            svg.rect(x + 1.0, y + 1.0, STRIPE, height - 2.0, Paint::fill(color).rounded(2.0));
        }
        let left = x + self.inner_left();
        let mut top = y + CARD_PAD;
        for block in &self.blocks {
            block.draw(svg, left, top, self.inner_width());
            top += block.height() + BLOCK_GAP;
        }
        svg.close_group();
    }
}

impl Block {
    fn height(&self) -> f64 {
        match self {
            Block::Text { lines, font, .. } => lines.len() as f64 * font.line_height(),
            Block::Tags { height, .. } => *height,
            Block::Bar(_) => BAR_HEIGHT,
        }
    }

    fn draw(&self, svg: &mut Svg, left: f64, top: f64, inner: f64) {
        match self {
            Block::Text {
                lines,
                font,
                color,
                href,
            } => draw_lines(svg, left, top, lines, *font, color, href.as_deref()),
            Block::Tags { tags, pips, .. } => {
                for tag in tags {
                    draw_tag(svg, left + tag.x, top + tag.y, tag);
                }
                if let Some(pips) = pips {
                    draw_pips(svg, left + pips.x, top + pips.y, pips);
                }
            }
            Block::Bar(bar) => draw_bar(svg, left, top, inner, bar),
        }
    }
}

/// Draws lines of text from `top`, each on its own baseline.
pub fn draw_lines(svg: &mut Svg, left: f64, top: f64, lines: &[String], font: Font, color: &str, href: Option<&str>) {
    if let Some(href) = href {
        svg.open_link(href);
    }
    for (index, line) in lines.iter().enumerate() {
        let baseline = top + index as f64 * font.line_height() + font.baseline();
        svg.text(left, baseline, Anchor::Start, font, color, line);
    }
    if href.is_some() {
        svg.close_link();
    }
}

fn draw_tag(svg: &mut Svg, x: f64, y: f64, tag: &Tag) {
    svg.open_group(None);
    svg.rect(x, y, tag.width, tag.height(), Paint::fill(tag.style.fill).rounded(3.0));
    draw_lines(
        svg,
        x + TAG_PAD_X,
        y + TAG_PAD_Y,
        &tag.lines,
        theme::TAG,
        tag.style.text,
        None,
    );
    svg.close_group();
}

fn draw_pips(svg: &mut Svg, x: f64, y: f64, pips: &Pips) {
    let center_y = y + (theme::TAG.line_height() + 2.0 * TAG_PAD_Y) / 2.0;
    for index in 0..pips.total {
        let center = (x + PIP_RADIUS + 1.0 + index as f64 * PIP_STEP, center_y);
        let paint = if index < pips.filled {
            Paint::fill(pips.color)
        } else {
            Paint::outlined("#ffffff", pips.color)
        };
        svg.circle(center, PIP_RADIUS, paint);
    }
}

fn draw_bar(svg: &mut Svg, left: f64, top: f64, inner: f64, bar: &Bar) {
    svg.rect(left, top, inner, BAR_HEIGHT, Paint::fill("#e2e8f0").rounded(4.0));
    let scale = if bar.scale > 0.0 { bar.scale } else { 1.0 };
    if let Some(actual) = bar.actual {
        let filled = (actual / scale).clamp(0.0, 1.0) * inner;
        svg.rect(left, top, filled, BAR_HEIGHT, Paint::fill(bar.color).rounded(4.0));
    }
    if let Some(target) = bar.target {
        let x = left + (target / scale).clamp(0.0, 1.0) * inner;
        svg.line(
            (x, top - 3.0),
            (x, top + BAR_HEIGHT + 3.0),
            Paint::outlined("none", theme::INK).width(2.0),
        );
    }
}
