//! The templates' HTML escaper: askama's own, behind a fast path for text that needs no
//! escaping (most of it). Askama's escaper reads one byte after another and was the largest
//! single cost of rendering the advice page (see BENCHMARKS.md); the check below has no early
//! exit, so the compiler can vectorise it. Configured in `askama.toml`.

use askama::filters::Escaper;
use std::fmt;

/// Escapes `"`, `&`, `'`, `<` and `>` exactly as askama's [`askama::filters::Html`] does.
#[derive(Clone, Copy, Debug)]
pub struct Html;

impl Escaper for Html {
    fn write_escaped_str<W: fmt::Write>(&self, mut dest: W, string: &str) -> fmt::Result {
        let needs_escaping = string.bytes().fold(false, |any, b| {
            any | matches!(b, b'"' | b'&' | b'\'' | b'<' | b'>')
        });
        if needs_escaping {
            askama::filters::Html.write_escaped_str(dest, string)
        } else {
            dest.write_str(string)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str) -> String {
        let mut out = String::new();
        Html.write_escaped_str(&mut out, s).unwrap();
        out
    }

    #[test]
    fn escapes_like_askama() {
        for s in [
            "",
            "cliënt",
            "a < b & c > d",
            r#"zei "ja" en 'nee'"#,
            "/interventies/ips",
        ] {
            let mut expected = String::new();
            askama::filters::Html
                .write_escaped_str(&mut expected, s)
                .unwrap();
            assert_eq!(escaped(s), expected, "{s}");
        }
        assert_eq!(escaped("<script>"), "&#60;script&#62;");
    }
}
