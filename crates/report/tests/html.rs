//! The HTML report, read back with a real HTML parser (html5ever through
//! scraper): well-formed, self-contained, and showing hostile labels as text.

mod common;

use journey_i18n::Lang;
use journey_report::{Map, Pictures};
use scraper::{ElementRef, Html, Selector};

fn select<'a>(document: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    let selector = Selector::parse(selector).expect("valid selector");
    document.select(&selector).collect()
}

fn text_of(element: &ElementRef) -> String {
    element.text().collect()
}

fn hostile_html() -> String {
    let analysis = common::analysis_of(common::HOSTILE, "2026-06-01");
    journey_report::html(&journey_report::compute(&analysis), Lang::En, &Pictures::default())
}

#[test]
fn northwind_parses_without_errors() {
    let report = journey_report::compute(&common::northwind());
    for lang in Lang::ALL {
        let page = Html::parse_document(&journey_report::html(&report, lang, &Pictures::default()));
        assert!(page.errors.is_empty(), "{}: {:?}", lang.code(), page.errors);
        let root = select(&page, "html");
        assert_eq!(root[0].value().attr("lang"), Some(lang.code()));
        assert_eq!(
            select(&page, "main > section > h2").len(),
            7,
            "every section of the example has content"
        );
    }
}

#[test]
fn page_is_self_contained() {
    let report = journey_report::compute(&common::northwind());
    let html = journey_report::html(&report, Lang::En, &Pictures::default());
    let page = Html::parse_document(&html);
    assert!(select(&page, "script").is_empty(), "no script");
    assert!(
        select(&page, "link, iframe, img, object, embed").is_empty(),
        "no external resource"
    );
    for element in select(&page, "[src], [href]") {
        for attribute in ["src", "href"] {
            if let Some(value) = element.value().attr(attribute) {
                assert!(value.starts_with('#'), "{attribute}=\"{value}\" leaves the page");
            }
        }
    }
    for element in select(&page, "*") {
        for (name, value) in element.value().attrs().filter(|(name, _)| *name != "xmlns") {
            let value = value.to_ascii_lowercase();
            assert!(!value.contains("http:"), "{name}=\"{value}\"");
            assert!(!value.contains("https:"), "{name}=\"{value}\"");
            assert!(!value.starts_with("//"), "{name}=\"{value}\"");
        }
    }
    let style: String = select(&page, "style").iter().map(text_of).collect();
    assert!(!style.contains("url("), "the style sheet fetches nothing");
    assert!(!style.contains("@import"), "the style sheet imports nothing");
    assert!(
        html.contains("<code>https://analytics.example.com/funnels/onboarding</code>"),
        "insight addresses are text"
    );
}

#[test]
fn hostile_labels_show_literally() {
    let html = hostile_html();
    let page = Html::parse_document(&html);
    assert!(page.errors.is_empty(), "{:?}", page.errors);
    assert!(
        select(&page, "script, img").is_empty(),
        "a label turned into an element:\n{html}"
    );
    let all_text: String = page.root_element().text().collect();
    for literal in common::LITERALS {
        assert!(all_text.contains(literal), "{literal:?} is not shown as text");
    }
    let title = select(&page, "title");
    assert_eq!(text_of(&title[0]), "Journey governance report: <b>Bold</b> & co");
    assert!(select(&page, "b").is_empty());
}

#[test]
fn hostile_insight_url_is_text_not_link() {
    let page = Html::parse_document(&hostile_html());
    let codes: Vec<String> = select(&page, "td code").iter().map(text_of).collect();
    assert!(
        codes.contains(&"https://example.com/x?a=1&b=<2>".to_owned()),
        "{codes:?}"
    );
    for link in select(&page, "a") {
        assert!(link.value().attr("href").is_some_and(|href| href.starts_with('#')));
    }
}

#[test]
fn maps_are_inlined_and_linked() {
    let report = journey_report::compute(&common::northwind());
    let map = Map {
        journey: journey_report::Named { id: "open_account".to_owned(), label: Some("Open an account".to_owned()) },
        svg: "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><text>map</text></svg>".to_owned(),
    };
    let pictures = Pictures {
        atlas: None,
        maps: vec![map],
    };
    let page = Html::parse_document(&journey_report::html(&report, Lang::En, &pictures));
    assert!(page.errors.is_empty(), "{:?}", page.errors);
    let figures = select(&page, "section#maps figure#journey-open_account svg");
    assert_eq!(figures.len(), 1, "the map is inline");
    let links = select(&page, "a.journey[href=\"#journey-open_account\"]");
    assert!(!links.is_empty(), "journey names link to their map");
    assert!(
        select(&page, "a.journey[href=\"#journey-lifecycle\"]").is_empty(),
        "no link to a missing map"
    );
}

#[test]
fn rendered_pictures_stay_inside_the_page() {
    let analysis = common::analysis_of(common::HOSTILE, "2026-06-01");
    let pictures = journey_report::pictures(&analysis, Lang::En);
    assert_eq!(pictures.maps.len(), 2, "one map per journey");
    assert!(pictures.atlas.is_some());
    let html = journey_report::html(&journey_report::compute(&analysis), Lang::En, &pictures);
    let page = Html::parse_document(&html);
    assert!(page.errors.is_empty(), "{:?}", page.errors);
    assert_eq!(select(&page, "figure.map svg").len(), 2);
    assert_eq!(select(&page, "figure.atlas svg").len(), 1);
    assert!(
        select(&page, "script, img").is_empty(),
        "a label turned into an element"
    );
    for element in select(&page, "[src], [href]") {
        for attribute in ["src", "href"] {
            if let Some(value) = element.value().attr(attribute) {
                assert!(value.starts_with('#'), "{attribute}=\"{value}\" leaves the page");
            }
        }
    }
    let mut ids: Vec<&str> = select(&page, "[id]")
        .iter()
        .filter_map(|element| element.value().attr("id"))
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "ids are unique in the page");
}

#[test]
fn french_page_is_french() {
    let report = journey_report::compute(&common::northwind());
    let page = Html::parse_document(&journey_report::html(&report, Lang::Fr, &Pictures::default()));
    let headings: Vec<String> = select(&page, "main h2").iter().map(text_of).collect();
    assert_eq!(headings[0], "Vue d’ensemble de l’atlas");
    assert!(headings.contains(&"État actuel et état cible".to_owned()));
}
