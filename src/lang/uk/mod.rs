//! Ukrainian: lexicons beside this file (stems marked `*`), closed word classes in `words.tsv`, examples
//! in `corpus.txt`.

use super::{LangData, LangHooks};

pub static DATA: LangData = lang_data!();

pub mod names;

pub static HOOKS: LangHooks = LangHooks {
    plural: None,
    surname_key: names::surname_key,
    title_as_written: crate::lang::ru::names::title_as_written,
    nominative: names::nominative,
};
