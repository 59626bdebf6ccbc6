//! Deliberate mistakes, one per chosen journey, of the kinds people make
//! while typing: typos in names and keys, a missing brace or quote, values
//! out of range, stray characters.

use crate::dice::Dice;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// `owner:` names a person with two letters swapped.
    UnknownOwner,
    /// `owner:` is written `ownr:`.
    UnknownProperty,
    /// The journey's closing `}` is missing.
    MissingBrace,
    /// A step label has no closing quote.
    UnterminatedString,
    /// A step's emotion is 5, outside the default scale.
    EmotionOutOfScale,
    /// A KPI's actual value is 140%.
    PercentOver100,
    /// Two steps share a name.
    DuplicateStep,
    /// `$$` inside a block.
    StrayCharacters,
    /// A touchpoint's channel is misspelt.
    UnknownChannel,
}

const ALL: &[Fault] = &[
    Fault::UnknownOwner,
    Fault::UnknownProperty,
    Fault::MissingBrace,
    Fault::UnterminatedString,
    Fault::EmotionOutOfScale,
    Fault::PercentOver100,
    Fault::DuplicateStep,
    Fault::StrayCharacters,
    Fault::UnknownChannel,
];

/// A fault with probability `rate`, else none.
pub fn roll(dice: &mut Dice, rate: f64) -> Option<Fault> {
    if rate > 0.0 && dice.chance(rate) {
        Some(*dice.pick(ALL))
    } else {
        None
    }
}

/// `name` with its second and third characters swapped, a typical typo,
/// or with an `x` added where swapping would change nothing.
pub fn typo(name: &str) -> String {
    let mut chars: Vec<char> = name.chars().collect();
    if chars.len() >= 3 && chars[1] != chars[2] {
        chars.swap(1, 2);
    } else {
        chars.push('x');
    }
    chars.into_iter().collect()
}
