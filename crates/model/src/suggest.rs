//! "Did you mean" suggestions.

/// Names longer than this get no suggestion.
pub const MAX_SUGGESTED_CHARS: usize = 64;

/// Returns the candidate closest to `name`, when it is close enough to be a
/// likely typo: at most one edit for short names, about a third of the
/// length for longer ones.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let length = name.chars().count();
    // The edit distance costs the product of the two lengths: a name of
    // many thousand characters would stall the checker for minutes.
    if length > MAX_SUGGESTED_CHARS {
        return None;
    }
    let limit = (length / 3).max(1);
    candidates
        .into_iter()
        .filter(|candidate| *candidate != name)
        // The distance is at least the difference in length.
        .filter(|candidate| {
            candidate.len().abs_diff(name.len()) <= limit * 4 && candidate.chars().count().abs_diff(length) <= limit
        })
        .map(|candidate| (strsim::damerau_levenshtein(name, candidate), candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min()
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::{MAX_SUGGESTED_CHARS, closest};

    #[test]
    fn finds_typos() {
        assert_eq!(closest("omra", ["omar", "maya", "lena"]), Some("omar"));
        assert_eq!(closest("stpe", ["step", "stage"]), Some("step"));
        assert_eq!(closest("xyz", ["omar", "maya"]), None);
    }

    #[test]
    fn long_names_get_no_suggestion() {
        let long = "a".repeat(MAX_SUGGESTED_CHARS + 1);
        let typo = format!("{}b", &long[1..]);
        assert_eq!(closest(&typo, [long.as_str()]), None);
        let start = std::time::Instant::now();
        let huge = "a".repeat(200_000);
        assert_eq!(closest(&huge, [huge[1..].to_owned().as_str()]), None);
        assert!(start.elapsed().as_secs() < 1, "a huge name took {:?}", start.elapsed());
    }

    #[test]
    fn ties_break_alphabetically() {
        assert_eq!(closest("ab", ["ac", "aa"]), Some("aa"));
    }
}
