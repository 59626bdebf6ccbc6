//! Identifiers generated from labels, for declarations that an import
//! creates. The same labels always give the same identifiers.
//!
//! The rule, per character of the label:
//! - ASCII letters and digits are kept, lowercased;
//! - Chinese characters and Japanese kana are kept as written. They are
//!   identifier letters in the language, and transliterating them would be
//!   wrong half the time: a transliterator reads every Han character as
//!   Mandarin, also inside Japanese text;
//! - other letters and digits (accented Latin, Cyrillic, Greek, Hangul…) are
//!   transliterated to ASCII with `deunicode` (`Étape` → `etape`,
//!   `Оплата` → `oplata`);
//! - characters that transliterate to nothing (combining marks, joiners)
//!   are dropped;
//! - everything else (spaces, punctuation, emoji) separates words with `_`.
//!
//! A label with no letter or digit left gives no identifier, and the caller
//! numbers the declaration instead (`stage_2`).

use std::collections::BTreeSet;

/// The maximum length of a generated identifier, in characters. Longer
/// labels are cut at a word boundary where one is close.
const MAX_CHARS: usize = 40;

/// Makes an identifier from a label, or `None` when nothing usable is left.
/// The result may start with a digit; [`Names::claim`] adds a prefix then.
pub fn identifier_from_label(label: &str) -> Option<String> {
    let mut identifier = String::new();
    for c in label.chars() {
        if c.is_ascii_alphanumeric() {
            identifier.push(c.to_ascii_lowercase());
        } else if is_apostrophe(c) {
            continue;
        } else if keeps_script(c) {
            identifier.push(c);
        } else if c.is_alphanumeric() {
            push_transliterated(&mut identifier, c);
        } else if deunicode::deunicode_char(c).is_some_and(str::is_empty) {
            continue;
        } else {
            push_separator(&mut identifier);
        }
    }
    let identifier = shorten(identifier.trim_matches('_'));
    (!identifier.is_empty()).then_some(identifier)
}

/// Returns whether a character belongs to the scripts kept as written: Han
/// ideographs, hiragana and katakana.
fn keeps_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // hiragana, katakana
        | 0x31F0..=0x31FF    // katakana phonetic extensions
        | 0xFF66..=0xFF9F    // half-width katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x20000..=0x3FFFF  // CJK extensions B and later
    ) && c.is_alphanumeric()
}

fn push_transliterated(identifier: &mut String, c: char) {
    let Some(ascii) = deunicode::deunicode_char(c) else {
        push_separator(identifier);
        return;
    };
    for part in ascii.chars() {
        if part.is_ascii_alphanumeric() {
            identifier.push(part.to_ascii_lowercase());
        } else if is_apostrophe(part) {
            continue;
        } else {
            push_separator(identifier);
        }
    }
}

/// Apostrophes join the parts of a word (`don't`), and transliterations
/// write the Cyrillic soft sign as one (`Pol'zovatel'`), so they are dropped.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn push_separator(identifier: &mut String) {
    if !identifier.is_empty() && !identifier.ends_with('_') {
        identifier.push('_');
    }
}

fn shorten(identifier: &str) -> String {
    if identifier.chars().count() <= MAX_CHARS {
        return identifier.to_owned();
    }
    let cut: String = identifier.chars().take(MAX_CHARS).collect();
    if identifier.chars().nth(MAX_CHARS) == Some('_') {
        return cut;
    }
    // Cut at the last word boundary if it keeps at least half the length.
    match cut.rfind('_') {
        Some(boundary) if cut[..boundary].chars().count() >= MAX_CHARS / 2 => cut[..boundary].to_owned(),
        _ => cut.trim_end_matches('_').to_owned(),
    }
}

/// The identifiers used so far in one namespace; hands out unique ones.
#[derive(Debug, Clone, Default)]
pub struct Names {
    used: BTreeSet<String>,
}

impl Names {
    pub fn new(used: impl IntoIterator<Item = String>) -> Self {
        Names {
            used: used.into_iter().collect(),
        }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.used.contains(name)
    }

    /// Claims an identifier for a declaration of `kind` (`stage`, `step`…)
    /// with `label`, at one-based `position` among its siblings.
    ///
    /// It is the label's identifier, prefixed with the kind when it starts
    /// with a digit. A label that gives none is numbered by position. A name
    /// already in use gets `_2`, `_3`… appended.
    pub fn claim(&mut self, kind: &str, label: &str, position: usize) -> String {
        let base = match identifier_from_label(label) {
            Some(identifier) if identifier.starts_with(|c: char| c.is_ascii_digit()) => format!("{kind}_{identifier}"),
            Some(identifier) => identifier,
            None => format!("{kind}_{position}"),
        };
        self.claim_exact(base)
    }

    /// Claims `base`, or `base_2`, `base_3`… when it is in use.
    pub fn claim_exact(&mut self, base: String) -> String {
        let mut candidate = base.clone();
        let mut suffix = 2;
        while self.used.contains(&candidate) {
            candidate = format!("{base}_{suffix}");
            suffix += 1;
        }
        self.used.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(label: &str) -> Option<String> {
        identifier_from_label(label)
    }

    #[test]
    fn ascii_labels_become_snake_case() {
        assert_eq!(id("Make tea").as_deref(), Some("make_tea"));
        assert_eq!(id("  Go   upstairs! ").as_deref(), Some("go_upstairs"));
        assert_eq!(id("Sign-up (2FA)").as_deref(), Some("sign_up_2fa"));
    }

    #[test]
    fn accented_latin_and_cyrillic_are_transliterated() {
        assert_eq!(id("Étape de paiement").as_deref(), Some("etape_de_paiement"));
        assert_eq!(id("Straße").as_deref(), Some("strasse"));
        assert_eq!(id("Оплата заказа").as_deref(), Some("oplata_zakaza"));
        assert_eq!(id("Пользователь").as_deref(), Some("polzovatel"));
        assert_eq!(id("Don’t wait").as_deref(), Some("dont_wait"));
    }

    #[test]
    fn combining_marks_are_dropped() {
        assert_eq!(id("Cafe\u{301} noir").as_deref(), Some("cafe_noir"));
    }

    #[test]
    fn chinese_and_japanese_are_kept() {
        assert_eq!(id("注册账户").as_deref(), Some("注册账户"));
        assert_eq!(id("お茶を入れる").as_deref(), Some("お茶を入れる"));
        assert_eq!(id("Check 顧客 ID").as_deref(), Some("check_顧客_id"));
    }

    #[test]
    fn labels_without_letters_give_nothing() {
        assert_eq!(id("🚀 — !"), None);
        assert_eq!(id(""), None);
    }

    #[test]
    fn long_labels_are_cut_at_a_word() {
        let long = id("Receive the confirmation email and click the activation link").unwrap();
        assert!(long.chars().count() <= MAX_CHARS, "{long}");
        assert_eq!(long, "receive_the_confirmation_email_and_click");
    }

    #[test]
    fn claims_are_unique_and_numbered() {
        let mut names = Names::new(["make_tea".to_owned()]);
        assert_eq!(names.claim("step", "Make tea", 1), "make_tea_2");
        assert_eq!(names.claim("step", "Make tea", 2), "make_tea_3");
        assert_eq!(names.claim("step", "🚀", 4), "step_4");
        assert_eq!(names.claim("step", "2FA", 5), "step_2fa");
    }
}
