//! German: lexicons beside this file (stems marked `*`), closed word classes in `words.tsv`, examples in
//! `corpus.txt`. German capitalises every noun, so `never_names` is long: capitalised words
//! that begin sentences or stand before names without being part of them.

use super::{LangData, LangHooks};

pub static DATA: LangData = lang_data!();

pub static HOOKS: LangHooks = LangHooks {
    plural: None,
    surname_key: super::surname_as_written,
    title_as_written: title_as_written,
    nominative: super::names_as_written,
};

/// German titles decline only in a few endings ("des Außenministers", "dem Präsidenten"): a title
/// in the genitive or dative stands as written without its ending where the lexicon's form ends
/// it ("als Bundespräsidenten" is Bundespräsident), else gives way to the lexicon's form; any
/// other stands as written.
pub fn title_as_written(written: &str, canonical: &str) -> Option<String> {
    let last = written.rsplit([' ', '-']).next().unwrap_or("").to_lowercase();
    let oblique = (last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us")) || last.ends_with("en");
    if !oblique {
        return Some(written.to_string());
    }
    // (Its nominative: the written words up to where the lexicon's last word ends in them, the
    // case ending after it one of "s", "es", "n", "en".)
    let head = canonical.rsplit(' ').next().unwrap_or("").to_lowercase();
    let lower = written.to_lowercase();
    let at = lower
        .rfind(&head)
        .filter(|_| !head.is_empty() && lower.len() == written.len())?;
    let cut = at + head.len();
    matches!(&lower[cut..], "s" | "es" | "n" | "en").then(|| written[..cut].to_string())
}

#[cfg(test)]
mod tests {
    use super::title_as_written;

    #[test]
    fn an_oblique_title_stands_without_its_case_ending() {
        assert_eq!(
            title_as_written("Bundespräsidenten", "Präsident").as_deref(),
            Some("Bundespräsident")
        );
        assert_eq!(
            title_as_written("Außenministers", "Außenminister").as_deref(),
            Some("Außenminister")
        );
        assert_eq!(
            title_as_written("Bundesrätin", "Bundesrat").as_deref(),
            Some("Bundesrätin")
        );
        // (Where the lexicon's word does not end it, the lexicon's form stands instead.)
        assert_eq!(title_as_written("Vorsitzenden", "Vorsitzender"), None);
    }
}
