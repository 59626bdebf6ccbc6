//! The formatter on any text: formatting twice changes nothing more, and
//! the formatter never reports that it would change the content.

use journey_fmt::{FormatError, format};

/// Formats `data`; when it parses cleanly, formats the result again and
/// checks that nothing changes.
pub fn format_is_idempotent(data: &[u8]) {
    let text = crate::text_of(data);
    match format(&text) {
        Ok(once) => match format(&once) {
            Ok(twice) => assert_eq!(once, twice, "formatting is not idempotent"),
            Err(error) => panic!("formatted text does not format again: {error}\n{once}"),
        },
        Err(FormatError::Syntax(_)) => {}
        Err(FormatError::ContentChanged) => panic!("the formatter would change the content of:\n{text}"),
    }
}
