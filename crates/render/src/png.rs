//! PNG export through resvg, with the embedded fonts and the system's.

use std::fmt;

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
    Size { width: f32, height: f32 },
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
    let options = usvg::Options {
        resources_dir: None,
        font_family: fonts::FAMILY.to_owned(),
        fontdb: fonts::database(),
        image_href_resolver: usvg::ImageHrefResolver { resolve_data: Box::new(|_, _, _| None), resolve_string: Box::new(|_, _| None) },
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|error| PngError::Svg(error.to_string()))
}

/// Draws an SVG into a PNG on a white background, at twice its size.
pub fn svg_to_png(svg: &str) -> Result<Vec<u8>, PngError> {
    let tree = parse_svg(svg)?;
    let size = tree.size();
    let scale = SCALE.min(MAX_SIDE / size.width()).min(MAX_SIDE / size.height());
    let (width, height) = ((size.width() * scale).ceil(), (size.height() * scale).ceil());
    let mut pixmap = tiny_skia::Pixmap::new(width as u32, height as u32).ok_or(PngError::Size { width, height })?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|error| PngError::Encode(error.to_string()))
}
