//! Logging to standard error: text with every control and bidi character in a value escaped
//! (so that a value can never start a fake line or recolour a terminal), colours only when
//! standard error is a terminal, or one JSON object per line (`LOG_FORMAT=json`).

use std::fmt::{self, Write as _};
use std::io::IsTerminal;

use tracing::field::{Field, Visit};
use tracing_subscriber::EnvFilter;
use tracing_subscriber::field::{MakeVisitor, VisitFmt, VisitOutput};
use tracing_subscriber::fmt::format::Writer;

use crate::config::LogFormat;

/// Whether `c` must not reach a log line as itself: control characters (C0, DEL, C1) and the
/// bidirectional formatting characters that reorder what a reader sees.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `value` with every unsafe character written as `\u{..}` (newline, tab and return as `\n`,
/// `\t`, `\r`).
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe_char(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// Whether a field's value must be quoted to stay one value: empty, or with a space, a quote
/// or an `=` (a name like `x" admin=true user=alice` would otherwise read as three fields).
fn needs_quotes(value: &str) -> bool {
    value.is_empty() || value.contains([' ', '"', '='])
}

/// `value` in double quotes, its quotes and backslashes escaped.
fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The text log's fields: `name=value`, separated by spaces, the message bare. A value is
/// escaped (see [`escape`]) and quoted where [`needs_quotes`] says so, from its own text: a
/// string as it is (a version reads `version=kb-1a2b`), anything else as it formats itself
/// (`%` through `Display`, `?` through `Debug`). So a login name like `"alice" admin="true"`
/// stays one quoted value and cannot add a field.
struct SafeFields;

impl<'a> MakeVisitor<Writer<'a>> for SafeFields {
    type Visitor = SafeVisitor<'a>;

    fn make_visitor(&self, target: Writer<'a>) -> Self::Visitor {
        SafeVisitor {
            writer: target,
            first: true,
            result: Ok(()),
        }
    }
}

/// Writes one event's or span's fields (see [`SafeFields`]).
struct SafeVisitor<'a> {
    writer: Writer<'a>,
    first: bool,
    result: fmt::Result,
}

impl SafeVisitor<'_> {
    fn write(&mut self, field: &Field, raw: &str) {
        if self.result.is_err() {
            return;
        }
        let shown = escape(raw);
        let gap = if self.first { "" } else { " " };
        self.first = false;
        self.result = if field.name() == "message" {
            write!(self.writer, "{gap}{shown}")
        } else {
            write!(self.writer, "{gap}{field}={}", field_value(&shown))
        };
    }
}

impl Visit for SafeVisitor<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.write(field, value);
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.write(field, &format!("{value:?}"));
    }
}

impl VisitOutput<fmt::Result> for SafeVisitor<'_> {
    fn finish(self) -> fmt::Result {
        self.result
    }
}

impl VisitFmt for SafeVisitor<'_> {
    fn writer(&mut self) -> &mut dyn fmt::Write {
        &mut self.writer
    }
}

/// An escaped value, quoted where [`needs_quotes`] says so.
fn field_value(shown: &str) -> String {
    if needs_quotes(shown) {
        quoted(shown)
    } else {
        shown.to_owned()
    }
}

/// Installs the global subscriber, filtered by `filter` (`RUST_LOG` syntax).
pub fn init(filter: &str, format: LogFormat) {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        // serde_json escapes every control character in a string.
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder
            .with_ansi(std::io::stderr().is_terminal())
            .fmt_fields(SafeFields)
            .try_init(),
    };
}

#[cfg(test)]
mod tests {
    use super::{escape, field_value, needs_quotes, quoted};

    #[test]
    fn a_value_with_spaces_quotes_or_equals_signs_stays_one_quoted_value() {
        assert!(!needs_quotes("alice") && !needs_quotes("127.0.0.1"));
        assert!(needs_quotes("x\" admin=true") && needs_quotes(""));
        assert_eq!(quoted(r#"x" a=\b"#), r#""x\" a=\\b""#);
    }

    #[test]
    fn a_forged_line_and_a_colour_code_stay_on_one_visible_line() {
        let forged = escape("x\n2026-01-01 INFO signed in user=alice\u{1b}[31m\u{202e}");
        assert!(!forged.contains('\n') && !forged.contains('\u{1b}'));
        assert!(!forged.contains('\u{202e}'));
        assert!(forged.contains("\\n") && forged.contains("\\u{1b}"));
    }

    #[test]
    fn a_value_is_quoted_only_when_needed_and_a_quoted_name_stays_one_value() {
        assert_eq!(field_value("kb-92c43ad28ba8"), "kb-92c43ad28ba8");
        assert_eq!(field_value("disk full"), r#""disk full""#);
        assert_eq!(
            field_value(r#""alice" admin="true""#),
            r#""\"alice\" admin=\"true\"""#
        );
        assert_eq!(field_value(""), "\"\"");
    }
}
