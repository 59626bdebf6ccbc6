//! Writes the report as one self-contained HTML page: the style sheet and
//! the SVG pictures are inline, there is no script, and nothing refers to
//! the network. maud escapes every string it is given, so user text cannot
//! turn into markup. Only the SVG pictures go in unescaped, because
//! `journey-render` escapes their text itself, and their links are removed.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::data::Named;
use crate::document::{Block, Document, Inline, Section, Table};

/// The style sheet, screen and print.
const STYLE: &str = include_str!("report.css");

/// The SVG map of one journey, as the renderer wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct Map {
    pub journey: Named,
    pub svg: String,
}

/// The pictures inlined in the page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pictures {
    /// The journey framework graph, shown in the atlas overview.
    pub atlas: Option<String>,
    /// One map per journey, in the order shown.
    pub maps: Vec<Map>,
}

pub fn write(document: &Document, pictures: &Pictures) -> String {
    let page = html! {
        (DOCTYPE)
        html lang=(document.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="journey";
                title { (document.title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header.report-header {
                    h1 { (document.title) }
                    @for line in &document.intro {
                        p.intro { (inlines(line, pictures)) }
                    }
                    ul.figures {
                        @for figure in &document.figures {
                            li.figure.alert[figure.alert] {
                                span.value { (figure.value) }
                                span.label { (figure.label) }
                            }
                        }
                    }
                }
                (contents(document, pictures))
                main {
                    @for section in &document.sections {
                        (write_section(document, section, pictures))
                    }
                    @if !pictures.maps.is_empty() {
                        section #maps {
                            h2 { (document.maps) }
                            @for map in &pictures.maps {
                                figure.map id=(map_anchor(&map.journey.id)) {
                                    figcaption { (map.journey.display()) }
                                    div.svg { (inline_svg(&map.svg)) }
                                }
                            }
                        }
                    }
                }
                footer { p { (document.footer) } }
            }
        }
    };
    page.into_string()
}

fn contents(document: &Document, pictures: &Pictures) -> Markup {
    html! {
        nav.contents aria-label=(document.contents) {
            h2 { (document.contents) }
            ol {
                @for section in &document.sections {
                    li { a href={ "#" (section.anchor) } { (section.title) } }
                }
                @if !pictures.maps.is_empty() {
                    li { a href="#maps" { (document.maps) } }
                }
            }
        }
    }
}

/// Writes a section. The atlas overview opens with the framework graph.
fn write_section(document: &Document, section: &Section, pictures: &Pictures) -> Markup {
    let atlas = pictures.atlas.as_deref().filter(|_| section.anchor == "overview");
    html! {
        section id=(section.anchor) {
            h2 { (section.title) }
            @if let Some(svg) = atlas {
                figure.atlas {
                    div.svg { (inline_svg(svg)) }
                    figcaption { (document.atlas) }
                }
            }
            @for block in &section.blocks {
                (write_block(block, pictures))
            }
        }
    }
}

fn write_block(block: &Block, pictures: &Pictures) -> Markup {
    match block {
        Block::Heading(title) => html! { h3 { (title) } },
        Block::Paragraph(line) => html! { p { (inlines(line, pictures)) } },
        Block::Note(line) => html! { p.note { (inlines(line, pictures)) } },
        Block::List(items) => html! {
            ul { @for item in items { li { (inlines(item, pictures)) } } }
        },
        Block::Table(table) => write_table(table, pictures),
    }
}

fn write_table(table: &Table, pictures: &Pictures) -> Markup {
    html! {
        div.table-wrap {
            table {
                thead {
                    tr {
                        @for column in &table.columns {
                            th.num[column.numeric].nowrap[column.nowrap] scope="col" { (column.title) }
                        }
                    }
                }
                tbody {
                    @for row in &table.rows {
                        tr.summary[row.summary] {
                            @for (index, cell) in row.cells.iter().enumerate() {
                                @let column = table.columns.get(index);
                                td.num[column.is_some_and(|column| column.numeric)]
                                    .nowrap[column.is_some_and(|column| column.nowrap)] { (inlines(cell, pictures)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn inlines(inlines: &[Inline], pictures: &Pictures) -> Markup {
    html! {
        @for inline in inlines {
            @match inline {
                Inline::Text(text) => (text),
                Inline::Strong(text) => strong { (text) },
                Inline::Code(text) => code { (text) },
                Inline::Badge(badge, text) => span class=(badge.class()) { (text) },
                Inline::Journey { id, label } => {
                    @if pictures.maps.iter().any(|map| map.journey.id == *id) {
                        a.journey href={ "#" (map_anchor(id)) } { (label) }
                    } @else {
                        span.journey { (label) }
                    }
                }
            }
        }
    }
}

/// Returns the anchor of a journey's map. The maps' own ids start with
/// `map-`, so this prefix keeps the page's ids distinct.
fn map_anchor(journey: &str) -> String {
    format!("journey-{journey}")
}

/// Prepares an SVG picture for the page. It drops any XML declaration
/// before the `<svg>` element, and every link, because the maps link insight
/// addresses and the atlas links SVG files that are not part of the page.
fn inline_svg(svg: &str) -> PreEscaped<String> {
    let svg = svg.find("<svg").map_or(svg, |start| &svg[start..]);
    PreEscaped(unlink(svg))
}

/// Removes every `<a …>` and `</a>` tag and keeps what they enclosed.
///
/// NOTE: this reads tags as text. That is sound only because
/// `journey-render` escapes `<` in every user string, so `<a` always starts
/// a real element.
fn unlink(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(start) = find_link_tag(rest) {
        out.push_str(&rest[..start]);
        match rest[start..].find('>') {
            Some(end) => rest = &rest[start + end + 1..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Finds the next `<a ` or `<a>` opening tag or `</a>` closing tag.
fn find_link_tag(text: &str) -> Option<usize> {
    ["<a ", "<a>", "</a>"].iter().filter_map(|tag| text.find(tag)).min()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlink_keeps_link_text() {
        let svg = "<svg><a href=\"https://x.example/a?b=1&amp;c=2\"><text>Survey</text></a><g><a>bare</a></g></svg>";
        assert_eq!(unlink(svg), "<svg><text>Survey</text><g>bare</g></svg>");
    }

    #[test]
    fn unlink_leaves_other_elements() {
        let svg = "<svg><animate/><text>&lt;a href=\"x\"&gt;</text></svg>";
        assert_eq!(unlink(svg), svg);
    }
}
