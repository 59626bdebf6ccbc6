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
    let _span = tracing::info_span!("render", journeys = model.journeys.len()).entered();
    let mut svgs = Vec::new();
    for (index, journey) in model.journeys.iter().enumerate() {
        let id = JourneyId(index as u32);
        svgs.push((
            format!("journeys/{}.svg", journey.name),
            journey_map_svg(model, id, lang),
        ));
        if let Some(svg) = blueprint_svg(model, id, lang) {
            svgs.push((format!("blueprints/{}.svg", journey.name), svg));
        }
    }
    svgs.extend(atlas_pages(model, lang).into_iter().map(|page| (page.path, page.svg)));

    let mut files = Vec::with_capacity(svgs.len() * 2);
    for (path, svg) in svgs {
        if raster == Raster::Png {
            let png = svg_to_png(&svg).map_err(|error| (path.clone(), error))?;
            files.push(OutputFile {
                path: path.clone(),
                bytes: svg.into_bytes(),
            });
            files.push(OutputFile {
                path: path.replace(".svg", ".png"),
                bytes: png,
            });
        } else {
            files.push(OutputFile {
                path,
                bytes: svg.into_bytes(),
            });
        }
    }
    Ok(files)
}
