//! PNG export through resvg, with the embedded fonts and the system's.

use std::fmt;
use std::sync::Arc;

use resvg::{tiny_skia, usvg};

use crate::fonts;

/// PNGs are drawn at twice the SVG size, for slides and printing, unless
/// that would pass this many pixels on a side.
const SCALE: f32 = 2.0;
const MAX_SIDE: f32 = 16_000.0;

#[derive(Debug)]
pub enum PngError {
    /// The SVG could not be parsed.
    Svg(String),
    /// The picture has no area, or is too large to allocate.
    Size {
        width: f32,
        height: f32,
    },
    Encode(String),
}

impl fmt::Display for PngError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PngError::Svg(reason) => write!(f, "invalid SVG: {reason}"),
            PngError::Size { width, height } => write!(f, "cannot draw a {width}×{height} picture"),
            PngError::Encode(reason) => write!(f, "cannot encode the PNG: {reason}"),
        }
    }
}

impl std::error::Error for PngError {}

/// Parses an SVG with the renderer's fonts; nothing is read from disk or
/// the network (relative image references resolve to nothing).
pub fn parse_svg(svg: &str) -> Result<usvg::Tree, PngError> {
    parse_with(svg, fonts::database())
}

fn parse_with(svg: &str, fontdb: Arc<usvg::fontdb::Database>) -> Result<usvg::Tree, PngError> {
    let options = usvg::Options {
        resources_dir: None,
        font_family: fonts::FAMILY.to_owned(),
        fontdb,
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(|_, _, _| None),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|error| PngError::Svg(error.to_string()))
}

/// Draws an SVG into a PNG on a white background, at twice its size.
pub fn svg_to_png(svg: &str) -> Result<Vec<u8>, PngError> {
    rasterize(&parse_svg(svg)?)
}

fn rasterize(tree: &usvg::Tree) -> Result<Vec<u8>, PngError> {
    let size = tree.size();
    let scale = SCALE.min(MAX_SIDE / size.width()).min(MAX_SIDE / size.height());
    let (width, height) = ((size.width() * scale).ceil(), (size.height() * scale).ceil());
    let mut pixmap = tiny_skia::Pixmap::new(width as u32, height as u32).ok_or(PngError::Size { width, height })?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|error| PngError::Encode(error.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CJK: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="24" font-size="16">Prénom 日本語 🎉</text></svg>"#;

    #[test]
    fn draws_with_the_embedded_fonts_alone() {
        // Without a CJK font the CJK glyphs are left out; the rest is drawn.
        let tree = parse_with(CJK, Arc::new(fonts::embedded_database())).unwrap();
        let png = rasterize(&tree).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let text = tree.root().children().iter().find_map(|node| match node {
            usvg::Node::Text(text) => Some(text.bounding_box().width()),
            _ => None,
        });
        assert!(text.unwrap_or(0.0) > 50.0, "the Latin text and the emoji are drawn");
    }

    #[test]
    fn refuses_what_is_not_svg() {
        assert!(matches!(svg_to_png("<html/>"), Err(PngError::Svg(_))));
        assert!(svg_to_png(r#"<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"/>"#).is_err());
    }
}
