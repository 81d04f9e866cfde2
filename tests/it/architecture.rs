//! The module graph, checked from the source: the layers import one way only (domain <- db <-
//! web), public pages and beheer never import each other, and the domain's modules form no
//! circle. A newcomer who adds such an import gets a test failure naming the file and line.
//! Also from the source: no sentence is chosen by language outside the text catalogue.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("source directory") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source file");
                found.push((path, text));
            }
        }
    }
    found.sort();
    found
}

/// The code lines of a file (comments dropped), numbered from 1.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.starts_with("//"))
}

/// Whether `line` names the path segment `segment` followed by `::` as a whole word.
fn names(line: &str, segment: &str) -> bool {
    let needle = format!("{segment}::");
    line.match_indices(&needle).any(|(at, _)| {
        at == 0
            || !line[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// `file:line: text` for every line of the files under `dir` that `offends`.
fn offences(dir: &Path, offends: impl Fn(&Path, &str) -> bool) -> Vec<String> {
    let mut found = Vec::new();
    for (path, text) in sources(dir) {
        for (number, line) in code_lines(&text) {
            if offends(&path, line) {
                found.push(format!("{}:{number}: {line}", path.display()));
            }
        }
    }
    found
}

#[test]
fn the_domain_imports_no_database_web_or_io() {
    let found = offences(&src().join("domain"), |_, line| {
        ["axum", "sqlx", "tokio", "tower_http", "askama", "reqwest"]
            .iter()
            .any(|c| names(line, c))
            || line.contains("crate::db")
            || line.contains("crate::web")
            || line.contains("crate::state")
            || line.contains("std::fs")
            || line.contains("std::net")
    });
    assert!(
        found.is_empty(),
        "the domain must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_database_layer_never_imports_the_web_layer() {
    let found = offences(&src().join("db"), |_, line| line.contains("crate::web"));
    assert!(found.is_empty(), "db imports web:\n{}", found.join("\n"));
}

/// The public page modules: every file in `src/web/pages/` but `mod.rs`, which holds what all
/// pages share (the chrome, the language, the error page).
fn public_page_modules() -> BTreeSet<String> {
    std::fs::read_dir(src().join("web/pages"))
        .expect("pages directory")
        .filter_map(|e| {
            let path = e.ok()?.path();
            let stem = path.file_stem()?.to_str()?.to_owned();
            (path.extension().is_some_and(|x| x == "rs") && stem != "mod").then_some(stem)
        })
        .collect()
}

#[test]
fn public_pages_and_beheer_never_import_each_other() {
    let pages = src().join("web/pages");
    let mut found = offences(&pages, |path, line| {
        path.parent() == Some(pages.as_path())
            && path.file_name().is_some_and(|n| n != "mod.rs")
            && names(line, "beheer")
    });
    let public = public_page_modules();
    found.extend(offences(&pages.join("beheer"), |path, line| {
        // In beheer/mod.rs `super` is the pages module; in its children, `super::super` is.
        let reaches_pages = line.contains("pages::")
            || line.contains("super::super")
            || (path.file_name().is_some_and(|n| n == "mod.rs") && line.contains("super::"));
        reaches_pages && public.iter().any(|m| names(line, m))
    }));
    assert!(
        found.is_empty(),
        "a public page and beheer import each other (share through web/views.rs, web/format.rs \
         or pages/mod.rs instead):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_domain_modules_form_no_circle() {
    let domain = src().join("domain");
    let modules: BTreeSet<String> = sources(&domain)
        .iter()
        .filter_map(|(p, _)| p.file_stem()?.to_str().map(str::to_owned))
        .filter(|m| m != "mod")
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in sources(&domain) {
        let from = path.file_stem().unwrap().to_str().unwrap().to_owned();
        if from == "mod" {
            continue;
        }
        let uses = graph.entry(from.clone()).or_default();
        for (_, line) in code_lines(&text) {
            for to in &modules {
                let named = line.contains(&format!("super::{to}::"))
                    || line.contains(&format!("super::{to};"))
                    || line.contains(&format!("crate::domain::{to}"));
                if *to != from && named {
                    uses.insert(to.clone());
                }
            }
        }
    }
    // Depth-first search with a path stack: a module met again on the path closes a circle.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut circle = path[at..].to_vec();
            circle.push(m.to_owned());
            return Some(circle);
        }
        if !done.insert(m.to_owned()) {
            return None;
        }
        path.push(m.to_owned());
        for next in graph.get(m).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Some(circle) = visit(m, &graph, &mut Vec::new(), &mut done) {
            panic!(
                "the domain modules import in a circle: {}",
                circle.join(" -> ")
            );
        }
    }
}

#[test]
fn the_checks_see_a_forbidden_import() {
    // The checks above pass on nothing if they cannot see: make sure they can.
    assert!(names("use crate::web::pages::beheer::edit;", "beheer"));
    assert!(!names("let path = \"/beheer/inloggen\";", "beheer"));
    assert!(names("use axum::Router;", "axum"));
    assert!(!names("use my_axum::Router;", "axum"));
    assert!(public_page_modules().contains("advice"));
}

/// The lines of `text` that pick a string literal by language: a `Lang::Nl =>` or `Lang::En =>`
/// arm (also inside a tuple pattern) or an `== Lang::..` test whose text, on the line itself or
/// the next line, is a string literal. Such a sentence belongs in the catalogue.
fn sentences_by_language(text: &str) -> Vec<usize> {
    let lines: Vec<(usize, &str)> = code_lines(text).collect();
    let mut found = Vec::new();
    for (i, (number, line)) in lines.iter().enumerate() {
        let arm = (line.contains("Lang::Nl") || line.contains("Lang::En")) && line.contains("=>");
        let test = line.contains("== Lang::") || line.contains("!= Lang::");
        if !arm && !test {
            continue;
        }
        let after = if arm {
            line.split_once("=>").map_or("", |(_, rest)| rest)
        } else {
            line
        };
        let next = lines.get(i + 1).map_or("", |(_, l)| *l);
        let opens = after.trim().is_empty() || after.trim_end().ends_with(['{', '(']);
        if after.contains('"') || (opens && next.starts_with('"')) {
            found.push(*number);
        }
    }
    found
}

#[test]
fn no_sentence_is_chosen_by_language_outside_the_catalogue() {
    let allowed = [
        src().join("web").join("texts"),
        src().join("domain").join("lang.rs"),
    ];
    let mut found = Vec::new();
    for (path, text) in sources(&src()) {
        if allowed.iter().any(|a| path.starts_with(a)) {
            continue;
        }
        for number in sentences_by_language(&text) {
            found.push(format!("{}:{number}", path.display()));
        }
    }
    assert!(
        found.is_empty(),
        "put these texts in src/web/texts/ (a texts! group) and read them from the catalogue:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_text_check_sees_a_sentence_chosen_by_language() {
    let planted = "match lang {\n    Lang::Nl => \"Hallo\",\n    Lang::En => \"Hello\",\n}";
    assert_eq!(sentences_by_language(planted), [2, 3]);
    let tuple =
        "match (x, lang) {\n    (true, Lang::Nl) => format!(\n        \"Hallo {x}\"\n    ),\n}";
    assert_eq!(sentences_by_language(tuple), [2]);
    let test = "let m = if lang == Lang::En { \"Hello\" } else { \"Hallo\" };";
    assert_eq!(sentences_by_language(test), [1]);
    let fine = "match lang {\n    Lang::Nl => ',',\n    Lang::En => &self.en,\n}\nlet i = usize::from(lang == Lang::En);";
    assert!(sentences_by_language(fine).is_empty());
}
