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
    title_as_written: super::canonical_title,
    nominative: super::names_as_written,
};
