//! "Did you mean" suggestions.

/// Returns the candidate closest to `name`, when it is close enough to be a
/// likely typo: at most one edit for short names, about a third of the
/// length for longer ones.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .filter(|candidate| *candidate != name)
        .map(|candidate| (strsim::damerau_levenshtein(name, candidate), candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min()
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn finds_typos() {
        assert_eq!(closest("omra", ["omar", "maya", "lena"]), Some("omar"));
        assert_eq!(closest("stpe", ["step", "stage"]), Some("step"));
        assert_eq!(closest("xyz", ["omar", "maya"]), None);
    }

    #[test]
    fn ties_break_alphabetically() {
        assert_eq!(closest("ab", ["ac", "aa"]), Some("aa"));
    }
}
