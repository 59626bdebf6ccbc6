//! Every text reaches the WCAG AA contrast ratio (4.5:1) against what it is
//! drawn on: the first shape of the group it belongs to, or the page.

mod common;

use journey_i18n::Lang;
use journey_render::theme::contrast;

/// Finds the fill of the box a text sits on: the first `rect` child of the
/// nearest enclosing group that has one, else the white page.
fn background<'a>(text: roxmltree::Node<'a, 'a>) -> &'a str {
    for ancestor in text.ancestors().skip(1) {
        if !ancestor.has_tag_name("g") {
            continue;
        }
        if let Some(rect) = ancestor.children().find(|child| child.has_tag_name("rect")) {
            return rect.attribute("fill").unwrap_or("#ffffff");
        }
    }
    "#ffffff"
}

#[test]
fn every_text_is_readable_on_its_background() {
    let mut checked = 0;
    for (model_name, model) in common::all_models() {
        for (name, svg) in common::pictures(&model, Lang::En) {
            let document = roxmltree::Document::parse(&svg).unwrap();
            for text in document.descendants().filter(|node| node.has_tag_name("text")) {
                let fill = text.attribute("fill").expect("every text has a colour");
                let ratio = contrast(fill, background(text));
                assert!(
                    ratio >= 4.5,
                    "{model_name} {name}: {:?} in {fill} on {} is {ratio:.2}:1",
                    text.text(),
                    background(text)
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 500);
}
