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
/// in the genitive or dative gives way to the lexicon's form; any other stands as written.
pub fn title_as_written(written: &str, _canonical: &str) -> Option<String> {
    let last = written.rsplit([' ', '-']).next().unwrap_or("").to_lowercase();
    let oblique = (last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us")) || last.ends_with("en");
    (!oblique).then(|| written.to_string())
}
