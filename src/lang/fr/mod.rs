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
    plural: Some(plural),
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

/// The plural of a French role phrase, for lists under one title ("les conseillers municipaux
/// Marc Roy et Anne Petit"): the head noun and its adjectives before the first complement take
/// it ("directeurs généraux", "ministres des Affaires étrangères"); words in -s, -x, -z and
/// hyphenated ones ("porte-parole") stay; -al makes -aux, -eau -eaux. A stem ("ministre*") or a
/// phrase opening with an elided article ("l'ambassadeur") is left as it is.
pub fn plural(phrase: &str) -> String {
    // (An apostrophe further on is a complement's elided "de": "conseillers d'État".)
    if phrase.contains('*') || phrase.starts_with("l'") || phrase.starts_with("l’") {
        return phrase.to_string();
    }
    const LINKS: &[&str] = &[
        "de", "du", "des", "d'", "à", "au", "aux", "en", "pour", "chargé", "chargée", "auprès",
    ];
    // A prefix joined by a hyphen stays, its noun takes the plural: "vice-présidents",
    // "sous-ministres" (other hyphenated titles stay as they are: "porte-parole").
    const PREFIXES: &[&str] = &["vice-", "sous-", "co-", "ex-"];
    let mut in_head = true;
    phrase
        .split(' ')
        .map(|w| {
            if LINKS.contains(&w) || w.starts_with("d'") || w.starts_with("d’") {
                in_head = false;
            }
            match PREFIXES.iter().find(|p| w.starts_with(*p) && w.len() > p.len()) {
                Some(p) if in_head && !w[p.len()..].contains('-') => format!("{p}{}", plural_word(&w[p.len()..])),
                _ if !in_head || w.contains('-') => w.to_string(),
                _ => plural_word(w),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One word of a title's head in the plural: -s, -x and -z stay, -al makes -aux, -eau -eaux.
fn plural_word(w: &str) -> String {
    if w.ends_with(['s', 'x', 'z']) {
        w.to_string()
    } else if let Some(stem) = w.strip_suffix("al") {
        format!("{stem}aux")
    } else if w.ends_with("eau") {
        format!("{w}x")
    } else {
        format!("{w}s")
    }
}

#[cfg(test)]
mod plural_tests {
    #[test]
    fn plurals_of_titles() {
        for (one, many) in [
            ("conseiller municipal", "conseillers municipaux"),
            ("directeur général", "directeurs généraux"),
            ("ministre des affaires étrangères", "ministres des affaires étrangères"),
            ("porte-parole", "porte-parole"),
            ("premier ministre", "premiers ministres"),
            ("député", "députés"),
            ("vice-président", "vice-présidents"),
            ("sous-ministre", "sous-ministres"),
            (
                "vice-président du conseil régional",
                "vice-présidents du conseil régional",
            ),
        ] {
            assert_eq!(super::plural(one), many);
        }
    }
}
