//! Where a sociale-kaart CSV export came from: the origin line an export ends with
//! (`# exported_from: <fingerprint> logboek <id> ...` in the first cell of its last row, the
//! other cells empty, so the file stays a plain table for a spreadsheet and for re-upload). The
//! fingerprint is that of the map's rows as exported ([`super::versions::Fingerprint`]); the
//! logbook id lets a refused upload name what changed since. See [`super::social_exchange`].

/// Where an export came from: the fingerprint of the sociale kaart as exported and the last
/// logbook entry then (to name what changed since).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// [`super::versions::Fingerprint`] of the map's rows, in hex.
    pub fingerprint: String,
    /// The id of the newest logbook entry at the export (0: none); `None` when the line omits it.
    pub after_entry: Option<i64>,
}

/// How the origin line starts.
const ORIGIN_START: &str = "# exported_from:";

impl Origin {
    /// The first cell of the export's last row.
    pub fn line(&self) -> String {
        format!(
            "{ORIGIN_START} {} logboek {} (laat deze regel staan: zo ziet het inlezen of de \
             sociale kaart sindsdien is gewijzigd)",
            self.fingerprint,
            self.after_entry.unwrap_or(0)
        )
    }

    /// Reads an origin line; `None` when `cell` is not one, an error when it is one but damaged.
    fn parse(cell: &str) -> Option<Result<Self, ()>> {
        let rest = cell.trim().strip_prefix(ORIGIN_START)?;
        let mut words = rest.split_whitespace();
        let fingerprint = words
            .next()
            .filter(|w| w.len() == 64 && w.bytes().all(|b| b.is_ascii_hexdigit()));
        let Some(fingerprint) = fingerprint else {
            return Some(Err(()));
        };
        let after_entry = match (words.next(), words.next()) {
            (Some("logboek"), Some(id)) => id.parse().ok(),
            _ => None,
        };
        Some(Ok(Self {
            fingerprint: fingerprint.to_ascii_lowercase(),
            after_entry,
        }))
    }

    /// Takes in the first cell of a comment row: an origin line counts once (the first); a damaged
    /// one, or a second one naming another origin, is a problem.
    pub fn note(cell: &str, line: usize, origin: &mut Option<Self>) -> Option<String> {
        match (Self::parse(cell)?, origin.as_ref()) {
            (Err(()), _) => Some(format!(
                "regel {line}: de regel '{ORIGIN_START} ...' is beschadigd; zet haar terug zoals de \
                 export haar schreef, of verwijder haar om zonder controle op latere wijzigingen in te lezen"
            )),
            (Ok(found), Some(first)) if *first != found => Some(format!(
                "regel {line}: een tweede regel '{ORIGIN_START} ...' met een andere herkomst"
            )),
            (Ok(_), Some(_)) => None,
            (Ok(found), None) => {
                *origin = Some(found);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(after_entry: Option<i64>) -> Origin {
        Origin {
            fingerprint: "ab".repeat(32),
            after_entry,
        }
    }

    #[test]
    fn an_origin_line_reads_back_and_a_damaged_one_is_a_problem() {
        let line = origin(Some(12)).line();
        assert_eq!(Origin::parse(&line), Some(Ok(origin(Some(12)))));
        let upper = line.replace("ab", "AB");
        assert_eq!(Origin::parse(&upper), Some(Ok(origin(Some(12)))));
        let bare = format!("{ORIGIN_START} {}", "ab".repeat(32));
        assert_eq!(Origin::parse(&bare), Some(Ok(origin(None))));
        assert_eq!(Origin::parse("# a comment of my own"), None);
        assert_eq!(
            Origin::parse("# exported_from: 12ab logboek 3"),
            Some(Err(()))
        );

        let mut found = None;
        assert_eq!(Origin::note(&line, 40, &mut found), None);
        assert_eq!(found, Some(origin(Some(12))));
        assert_eq!(
            Origin::note(&line, 41, &mut found),
            None,
            "the same line twice"
        );
        let other = origin(Some(13)).line();
        assert!(
            Origin::note(&other, 42, &mut found)
                .unwrap()
                .starts_with("regel 42:")
        );
        assert!(
            Origin::note("# exported_from: x", 43, &mut found)
                .unwrap()
                .contains("beschadigd")
        );
        assert_eq!(found, Some(origin(Some(12))));
    }
}
