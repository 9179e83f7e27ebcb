//! English: lexicons beside this file, closed word classes in `words.tsv`, examples in `corpus.txt`.

use super::{LangData, LangHooks};

pub static DATA: LangData = lang_data!();

pub static HOOKS: LangHooks = LangHooks {
    plural: Some(plural),
    surname_key: super::surname_as_written,
    title_as_written: title_as_written,
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

/// English titles stand as the article writes them ("CEO", "External Affairs Minister", "defence
/// chief") unless their head word (the last) is a byword for a title ("premier", "boss", "top
/// diplomat"): then the canonical title names the post ("Deputy Premier" is shown as "Deputy
/// Prime Minister"). Acronyms and inflected forms of the canonical words ("spokesman" /
/// "Spokesperson") always stand.
pub fn title_as_written(written: &str, canonical: &str) -> Option<String> {
    let stem = |w: &str| w.to_lowercase().chars().take(5).collect::<String>();
    let acronym = written.len() >= 2 && written.chars().all(|c| c.is_ascii_uppercase());
    let words: Vec<String> = canonical.split([' ', '-']).filter(|w| w.len() >= 3).map(stem).collect();
    let head = written.split([' ', '-']).rfind(|w| w.len() >= 3);
    // Bywords stand for a title without being one; any other head is a title in its own right
    // ("Fed Chair", "Foreign Policy Chief").
    let bywords = &super::Lang::En.rules().title_bywords;
    let stands = acronym || head.is_some_and(|w| words.contains(&stem(w)) || !bywords.contains(&w.to_lowercase()));
    stands.then(|| written.to_string())
}
