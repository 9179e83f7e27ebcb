//! English: lexicons beside this file, closed word classes in `words.tsv`, examples in `corpus.txt`.

use super::{LangData, LangHooks};

pub static DATA: LangData = lang_data!();

pub static HOOKS: LangHooks = LangHooks {
    plural: Some(plural),
    surname_key: super::surname_as_written,
    nominative: super::names_as_written,
};

/// The plural of an English role phrase: its head noun (the word before "of", "for", "to" or
/// "on", else the last) takes the plural: "ministers of foreign affairs", "secretaries of state",
/// "spokesmen", "chiefs".
pub fn plural(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split(' ').collect();
    let head = words
        .iter()
        .position(|w| ["of", "for", "to", "on"].contains(w))
        .map_or(words.len() - 1, |p| p.saturating_sub(1));
    let noun = words[head];
    let plural = if let Some(stem) = noun.strip_suffix("man") {
        format!("{stem}men")
    } else if let Some(stem) = noun.strip_suffix("person") {
        format!("{stem}people")
    } else if noun.ends_with('y') && !noun.ends_with("ay") && !noun.ends_with("ey") && !noun.ends_with("oy") {
        format!("{}ies", &noun[..noun.len() - 1])
    } else if ["s", "sh", "ch", "x"].iter().any(|e| noun.ends_with(e)) {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    };
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    out[head] = plural;
    out.join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn plurals_of_titles() {
        for (one, many) in [
            ("foreign minister", "foreign ministers"),
            ("minister of foreign affairs", "ministers of foreign affairs"),
            ("secretary of state", "secretaries of state"),
            ("spokesman", "spokesmen"),
            ("spokesperson", "spokespeople"),
            ("defence chief", "defence chiefs"),
            ("envoy", "envoys"),
            ("ambassador to russia", "ambassadors to russia"),
        ] {
            assert_eq!(super::plural(one), many);
        }
    }
}
