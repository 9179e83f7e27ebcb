//! French: lexicons beside this file (stems marked `*`), closed word classes in `words.tsv`, examples in
//! `corpus.txt`.
//!
//! French titles precede the name in lower case, with the country after the head noun as an
//! adjective or a complement ("le ministre russe des Affaires étrangères Sergueï Lavrov", "le
//! porte-parole du Kremlin, Dmitri Peskov"); elided articles are written on the next word
//! ("l'AFP", "d'après", "qu'il"), so several lists below hold elided tokens as they are.

use super::{LangData, LangHooks};

pub static DATA: LangData = lang_data!();

pub static HOOKS: LangHooks = LangHooks {
    plural: None,
    surname_key: super::surname_as_written,
    title_as_written: title_as_written,
    nominative: super::names_as_written,
};

/// A French title stands as written where it is another word for the post ("bourgmestre",
/// "directrice", "PDG"), not where it is longer than the canonical title or its start ("le
/// ministre russe des Affaires étrangères" is written "ministre"), nor a byword ("chef de la
/// diplomatie"): then the canonical title names the post.
pub fn title_as_written(written: &str, canonical: &str) -> Option<String> {
    let (w, c) = (written.to_lowercase(), canonical.to_lowercase());
    let words = |s: &str| s.split([' ', '-']).count();
    let byword = super::Lang::Fr.rules().title_bywords.iter().any(|b| w.contains(b));
    let another_word = !c.starts_with(&w) && words(&w) <= words(&c);
    (w == c || (another_word && !byword)).then(|| written.to_string())
}
