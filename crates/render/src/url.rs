//! Links: which user-written URLs an SVG may carry, and the relative paths
//! between the files of one build.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Everything but unreserved characters is percent-encoded in a path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// Returns the URL when a link to it is safe: `http`, `https`, or a
/// relative reference. Any other scheme (`javascript:`, `data:`, `file:`)
/// and protocol-relative `//host` references are refused.
pub fn safe_href(url: &str) -> Option<&str> {
    let url = url.trim();
    if url.is_empty() || url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Some(url);
    }
    if url.starts_with("//") || url.starts_with('\\') {
        return None;
    }
    // A colon before any `/`, `?` or `#` would start a scheme.
    let head = url.split(['/', '?', '#']).next().unwrap_or("");
    if head.contains(':') { None } else { Some(url) }
}

/// Percent-encodes a journey id for use as a file name inside a link.
pub fn segment(name: &str) -> String {
    utf8_percent_encode(name, SEGMENT).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_http_and_relative_links() {
        assert_eq!(
            safe_href("https://analytics.example.com/funnels"),
            Some("https://analytics.example.com/funnels")
        );
        assert_eq!(safe_href("HTTP://example.com"), Some("HTTP://example.com"));
        assert_eq!(safe_href("reports/q3.html#top"), Some("reports/q3.html#top"));
        assert_eq!(safe_href("../notes/a:b.md"), Some("../notes/a:b.md"));
    }

    #[test]
    fn refuses_other_schemes() {
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "file:///etc/passwd",
            "//evil.example",
            "vbscript:x",
            "",
            "java\tscript:x",
        ] {
            assert_eq!(safe_href(url), None, "{url}");
        }
    }

    #[test]
    fn encodes_segments() {
        assert_eq!(segment("open_account"), "open_account");
        assert_eq!(segment("étape paiement"), "%C3%A9tape%20paiement");
    }
}
