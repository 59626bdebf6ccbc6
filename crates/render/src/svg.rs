//! A small SVG writer: every user string goes through [`escape`], numbers
//! are written with one decimal at most (the same input gives the same
//! bytes), and the document declares its size and view box.

use std::fmt::Write;

use crate::fonts;
use crate::text::Font;

/// Escapes text for XML content and attribute values. Characters XML 1.0
/// forbids (most control characters) become U+FFFD.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{7F}'..='\u{9F}' | '\u{FFFE}' | '\u{FFFF}') => {
                out.push('\u{FFFD}')
            }
            c => out.push(c),
        }
    }
    out
}

/// Writes a number with at most one decimal, without a trailing `.0`.
pub fn num(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

/// The fill and outline of a shape.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paint {
    pub fill: &'static str,
    pub stroke: Option<&'static str>,
    pub stroke_width: f64,
    pub dash: Option<&'static str>,
    pub radius: f64,
}

impl Paint {
    pub const fn fill(fill: &'static str) -> Paint {
        Paint {
            fill,
            stroke: None,
            stroke_width: 1.0,
            dash: None,
            radius: 0.0,
        }
    }

    pub const fn outlined(fill: &'static str, stroke: &'static str) -> Paint {
        Paint {
            fill,
            stroke: Some(stroke),
            stroke_width: 1.0,
            dash: None,
            radius: 0.0,
        }
    }

    pub const fn rounded(self, radius: f64) -> Paint {
        Paint { radius, ..self }
    }

    pub const fn width(self, stroke_width: f64) -> Paint {
        Paint { stroke_width, ..self }
    }

    pub const fn dashed(self, dash: &'static str) -> Paint {
        Paint {
            dash: Some(dash),
            ..self
        }
    }

    fn attributes(&self) -> String {
        let mut out = format!(" fill=\"{}\"", self.fill);
        if let Some(stroke) = self.stroke {
            let _ = write!(out, " stroke=\"{stroke}\" stroke-width=\"{}\"", num(self.stroke_width));
        }
        if let Some(dash) = self.dash {
            let _ = write!(out, " stroke-dasharray=\"{dash}\"");
        }
        out
    }
}

/// The point of a line of text that its `x` gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// An SVG document being written. Coordinates are in pixels.
pub struct Svg {
    body: String,
    /// Prefix of every `id`, so that several SVGs can share one HTML page.
    prefix: String,
    depth: usize,
    counter: usize,
}

impl Svg {
    pub fn new(prefix: &str) -> Svg {
        Svg {
            body: String::new(),
            prefix: id_safe(prefix),
            depth: 1,
            counter: 0,
        }
    }

    /// Builds a document-unique id from `local`.
    pub fn id(&self, local: &str) -> String {
        format!("{}-{}", self.prefix, id_safe(local))
    }

    /// Returns a fresh local id (`kind` and a counter) for [`Svg::open_group`].
    pub fn fresh(&mut self, kind: &str) -> String {
        self.counter += 1;
        format!("{kind}{}", self.counter)
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.body.push_str("  ");
        }
    }

    pub fn raw(&mut self, element: &str) {
        self.indent();
        self.body.push_str(element);
        self.body.push('\n');
    }

    pub fn rect(&mut self, x: f64, y: f64, width: f64, height: f64, paint: Paint) {
        let radius = if paint.radius > 0.0 {
            format!(" rx=\"{}\"", num(paint.radius))
        } else {
            String::new()
        };
        let element = format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{radius}{}/>",
            num(x),
            num(y),
            num(width.max(0.0)),
            num(height.max(0.0)),
            paint.attributes()
        );
        self.raw(&element);
    }

    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), paint: Paint) {
        let element = format!(
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{}/>",
            num(from.0),
            num(from.1),
            num(to.0),
            num(to.1),
            paint.attributes()
        );
        self.raw(&element);
    }

    pub fn circle(&mut self, center: (f64, f64), radius: f64, paint: Paint) {
        let element = format!(
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"{}/>",
            num(center.0),
            num(center.1),
            num(radius),
            paint.attributes()
        );
        self.raw(&element);
    }

    /// Draws a path from SVG path data built with [`num`].
    pub fn path(&mut self, data: &str, paint: Paint) {
        let element = format!("<path d=\"{data}\"{}/>", paint.attributes());
        self.raw(&element);
    }

    /// Draws one line of text; `y` is its baseline.
    pub fn text(&mut self, x: f64, y: f64, anchor: Anchor, font: Font, color: &str, content: &str) {
        let anchor = match anchor {
            Anchor::Start => "",
            Anchor::Middle => " text-anchor=\"middle\"",
            Anchor::End => " text-anchor=\"end\"",
        };
        let weight = if font.bold { " font-weight=\"bold\"" } else { "" };
        let element = format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{weight}{anchor} fill=\"{color}\">{}</text>",
            num(x),
            num(y),
            num(font.size),
            escape(content)
        );
        self.raw(&element);
    }

    /// Opens a group; `id` is made document-unique.
    pub fn open_group(&mut self, id: Option<&str>) {
        let element = match id {
            Some(local) => format!("<g id=\"{}\">", self.id(local)),
            None => "<g>".to_owned(),
        };
        self.raw(&element);
        self.depth += 1;
    }

    pub fn close_group(&mut self) {
        self.close("</g>");
    }

    /// Opens a link; `href` must come from [`crate::url::safe_href`] or be a
    /// relative path the renderer built.
    pub fn open_link(&mut self, href: &str) {
        let element = format!("<a href=\"{}\">", escape(href));
        self.raw(&element);
        self.depth += 1;
    }

    pub fn close_link(&mut self) {
        self.close("</a>");
    }

    fn close(&mut self, tag: &str) {
        self.depth -= 1;
        self.raw(tag);
    }

    /// Returns the whole document, `width` × `height` pixels on a white
    /// background.
    pub fn finish(self, width: f64, height: f64, title: &str) -> String {
        let (width, height) = (num(width.ceil()), num(height.ceil()));
        let mut out = String::with_capacity(self.body.len() + 512);
        let _ = writeln!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" \
             font-family=\"{}\" role=\"img\" aria-labelledby=\"{}-title\">",
            fonts::FAMILY_LIST.replace('\'', "&#39;"),
            self.prefix
        );
        let _ = writeln!(out, "  <title id=\"{}-title\">{}</title>", self.prefix, escape(title));
        let _ = writeln!(out, "  <rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        out.push_str(&self.body);
        out.push_str("</svg>\n");
        out
    }
}

/// Keeps ASCII letters, digits, `-` and `_`; writes any other character as
/// its code point, so ids stay valid and distinct.
pub fn id_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            out.push(c);
        } else {
            let _ = write!(out, "_{:x}_", c as u32);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            escape("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
        );
        assert_eq!(escape("A & B \"quoted\""), "A &amp; B &quot;quoted&quot;");
        assert_eq!(escape("bell\u{7}"), "bell\u{FFFD}");
        assert_eq!(escape("Chloé 日本 🎉"), "Chloé 日本 🎉");
    }

    #[test]
    fn writes_numbers_with_one_decimal_at_most() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.04), "12");
        assert_eq!(num(12.06), "12.1");
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(-3.25), "-3.3");
    }

    #[test]
    fn ids_stay_ascii() {
        assert_eq!(id_safe("open_account"), "open_account");
        assert_eq!(id_safe("étape"), "_e9_tape");
    }
}
