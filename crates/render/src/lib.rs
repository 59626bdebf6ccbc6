//! SVG and PNG pictures of a checked model: a journey map per journey, a
//! service blueprint per journey with blueprint lanes, and the atlas of the
//! framework hierarchy.
//!
//! Every picture is a self-contained SVG string. Fonts are named, not
//! fetched, and no image is referenced. Every user string is escaped, and
//! links are relative or `http(s)`. The same model gives the same bytes. Text is
//! measured with the embedded fonts ([`fonts`]) and wrapped to fit its box
//! before anything is drawn. Words that are not user content come from the
//! `render-` messages of the catalogue, in the caller's language.
//!
//! This crate reads no files and writes none; [`outputs`] returns the files
//! of a build for the caller to write. Only [`svg_to_png`] touches the
//! system, to list its fonts once.

mod atlas;
mod blueprint;
mod card;
mod emotion;
pub mod fonts;
mod grid;
mod header;
mod items;
mod map;
mod names;
mod png;
pub mod svg;
pub mod text;
pub mod theme;
pub mod url;
mod words;

use journey_i18n::Lang;
use journey_model::{JourneyId, Model};

pub use atlas::{
    AtlasLayout, AtlasPage, GRAPH_LIMIT, GRAPH_WIDTH, LayeredGraph, LayoutFailed, PAGE_BUDGET, Placement, atlas_graph,
    atlas_pages, atlas_pages_with, atlas_svg,
};
pub use blueprint::blueprint_svg;
pub use map::journey_map_svg;
pub use png::{PngError, parse_svg, svg_to_png};

/// One file of a build, by its path relative to the output folder.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// The raster format written beside each SVG, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Raster {
    #[default]
    None,
    Png,
}

/// Draws every picture of a build: `journeys/<id>.svg`,
/// `blueprints/<id>.svg` for journeys with blueprint lanes, `atlas.svg` and
/// its pages under `atlas/`. With [`Raster::Png`], a PNG follows each SVG.
pub fn outputs(model: &Model, lang: Lang, raster: Raster) -> Result<Vec<OutputFile>, (String, PngError)> {
    let mut files = Vec::new();
    each_output(model, lang, raster, |file| {
        files.push(file);
        Ok::<(), std::convert::Infallible>(())
    })
    .map_err(|error| match error {
        OutputError::Png(path, error) => (path, error),
    })?;
    Ok(files)
}

/// The error that stopped [`each_output`].
#[derive(Debug)]
pub enum OutputError<E> {
    /// The SVG at this path could not be rasterised.
    Png(String, PngError),
    /// The consumer of the files failed.
    Consumer(E),
}

/// Draws the same pictures as [`outputs`], in the same order, and hands each
/// file to `consume` as soon as it is drawn, so that a build can write the
/// maps of a large atlas without holding them all in memory.
pub fn each_output<E>(
    model: &Model,
    lang: Lang,
    raster: Raster,
    mut consume: impl FnMut(OutputFile) -> Result<(), E>,
) -> Result<(), OutputError<E>> {
    let _span = tracing::info_span!("render", journeys = model.journeys.len()).entered();
    let mut emit = |path: String, svg: String| -> Result<(), OutputError<E>> {
        let png = match raster {
            Raster::Png => Some(svg_to_png(&svg).map_err(|error| OutputError::Png(path.clone(), error))?),
            Raster::None => None,
        };
        let png_path = path.replace(".svg", ".png");
        consume(OutputFile {
            path,
            bytes: svg.into_bytes(),
        })
        .map_err(OutputError::Consumer)?;
        if let Some(png) = png {
            consume(OutputFile {
                path: png_path,
                bytes: png,
            })
            .map_err(OutputError::Consumer)?;
        }
        Ok(())
    };
    for (index, journey) in model.journeys.iter().enumerate() {
        let id = JourneyId(index as u32);
        emit(
            format!("journeys/{}.svg", journey.name),
            journey_map_svg(model, id, lang),
        )?;
        if let Some(svg) = blueprint_svg(model, id, lang) {
            emit(format!("blueprints/{}.svg", journey.name), svg)?;
        }
    }
    for page in atlas_pages(model, lang) {
        emit(page.path, page.svg)?;
    }
    Ok(())
}
