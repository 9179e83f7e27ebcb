//! German: lexicons beside this file (stems marked `*`), closed word classes in `words.tsv`, examples in
//! `corpus.txt`. German capitalises every noun, so `never_names` is long: capitalised words
//! that begin sentences or stand before names without being part of them.

use super::{LangData, LangHooks};

pub static DATA: LangData = lang_data!();

pub static HOOKS: LangHooks = LangHooks {
    plural: None,
    surname_key: super::surname_as_written,
    nominative: super::names_as_written,
};
