//! Russian personal names back to the nominative.
//!
//! Dictionaries do not list surnames, so surnames follow the regular declension of Russian
//! surname types (-ов/-ев/-ин/-ын, -ский/-цкий) and of given names; a form that cannot be
//! analysed safely (foreign or indeclinable: Шойгу, Блинкен) is kept as written. The
//! extractor prefers a nominative form the article itself uses when there is one.

use crate::lang::{Gender, Lang};

/// Case endings of masculine -ов/-ев/-ин/-ын surnames, longest first.
const MALE_POSSESSIVE_ENDINGS: &[&str] = &["ым", "а", "у", "е"];
/// Case endings of feminine -ова/-ева/-ина surnames.
const FEMALE_POSSESSIVE_ENDINGS: &[&str] = &["ой", "у"];
const POSSESSIVE_SUFFIXES: &[&str] = &["ов", "ев", "ёв", "ин", "ын"];

pub fn nominative(words: &[&str], gender: Gender) -> Vec<String> {
    // A caller that knows the person is a woman (the verb agrees) rules out the masculine
    // genitive reading of "Валентина".
    let known_female = gender == Gender::Female;
    let gender = match gender {
        Gender::Unknown => words
            .iter()
            .find_map(|w| given_name(w).map(|(_, g)| g))
            .unwrap_or(Gender::Unknown),
        g => g,
    };
    // "Александра Грушко" is a woman named Alexandra, or "of Alexander Grushko": a surname
    // without a feminine ending says it is the man, in the genitive.
    let masculine_surname = words.len() >= 2 && words.last().is_some_and(|s| !s.ends_with(['а', 'я']));
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == 0 && masculine_surname && !known_female {
                if let Some(male) = male_oblique(w) {
                    return male;
                }
            }
            if let Some((nom, _)) = given_name(w) {
                return nom;
            }
            surname_nominative(w, gender)
        })
        .collect()
}

/// A form that is the genitive or accusative of a male given name (Александра -> Александр).
fn male_oblique(word: &str) -> Option<String> {
    let names = &Lang::Ru.pack().given_names;
    let lower = word.to_lowercase();
    let stem = lower.strip_suffix('а').or_else(|| lower.strip_suffix('я'))?;
    for candidate in [stem.to_string(), format!("{stem}й"), format!("{stem}ь")] {
        if names.get(&candidate) == Some(&Gender::Male) {
            return Some(capitalise(&candidate));
        }
    }
    None
}

/// A given name in any case, found in the given-names lexicon: (nominative, gender).
fn given_name(word: &str) -> Option<(String, Gender)> {
    let names = &Lang::Ru.pack().given_names;
    let lower = word.to_lowercase();
    if let Some(g) = names.get(&lower) {
        return Some((word.to_string(), *g));
    }
    // Сергея/Сергею/Сергеем -> Сергей; Владимира -> Владимир; Марии/Марию -> Мария.
    const ENDINGS: &[(&str, &[&str])] = &[
        ("ем", &["", "й", "ь"]),
        ("ом", &[""]),
        ("ой", &["а"]),
        ("ей", &["я", "ь"]),
        ("ы", &["а"]),
        ("и", &["я", "ь", "й"]),
        ("ю", &["я", "й", "ь"]),
        ("у", &["", "а"]),
        ("а", &["", "й"]),
        ("я", &["й", "ь"]),
        ("е", &["", "а", "я", "й"]),
    ];
    for (ending, replacements) in ENDINGS {
        if let Some(stem) = lower.strip_suffix(ending) {
            for r in *replacements {
                let candidate = format!("{stem}{r}");
                if let Some(g) = names.get(&candidate) {
                    return Some((capitalise(&candidate), *g));
                }
            }
        }
    }
    None
}

fn surname_nominative(word: &str, gender: Gender) -> String {
    let lower = word.to_lowercase();
    // -ский/-цкий adjectival surnames.
    for (endings, nom) in [
        (&["ского", "скому", "ским", "ском"][..], "ский"),
        (&["цкого", "цкому", "цким", "цком"][..], "цкий"),
        (&["ской", "скую"][..], "ская"),
        (&["цкой", "цкую"][..], "цкая"),
    ] {
        for e in endings {
            if let Some(stem) = lower.strip_suffix(e) {
                if stem.chars().count() >= 2 {
                    return capitalise(&format!("{stem}{nom}"));
                }
            }
        }
    }
    if gender != Gender::Female {
        for e in MALE_POSSESSIVE_ENDINGS {
            if let Some(stem) = lower.strip_suffix(e) {
                if POSSESSIVE_SUFFIXES.iter().any(|s| stem.ends_with(s)) && stem.chars().count() >= 4 {
                    // Лаврова is both "of Lavrov" and the woman Lavrova: only a known
                    // female gender keeps it.
                    return capitalise(stem);
                }
            }
        }
    } else {
        for e in FEMALE_POSSESSIVE_ENDINGS {
            if let Some(stem) = lower.strip_suffix(e) {
                if POSSESSIVE_SUFFIXES.iter().any(|s| stem.ends_with(s)) && stem.chars().count() >= 4 {
                    return capitalise(&format!("{stem}а"));
                }
            }
        }
    }
    word.to_string()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nom(s: &str, g: Gender) -> String {
        nominative(&s.split(' ').collect::<Vec<_>>(), g).join(" ")
    }

    #[test]
    fn possessive_surnames_and_given_names() {
        assert_eq!(nom("Сергею Лаврову", Gender::Unknown), "Сергей Лавров");
        assert_eq!(nom("Сергея Лаврова", Gender::Unknown), "Сергей Лавров");
        assert_eq!(nom("Лавровым", Gender::Male), "Лавров");
        assert_eq!(nom("Набиуллиной", Gender::Female), "Набиуллина");
        assert_eq!(nom("Лаврова", Gender::Female), "Лаврова");
        assert_eq!(nom("Александра Грушко", Gender::Unknown), "Александр Грушко");
        assert_eq!(nom("Александра Лаврова", Gender::Unknown), "Александра Лаврова");
    }

    #[test]
    fn indeclinable_and_foreign_names_are_kept() {
        assert_eq!(nom("Шойгу", Gender::Male), "Шойгу");
        assert_eq!(nom("Блинкен", Gender::Male), "Блинкен");
        assert_eq!(nom("Зеленского", Gender::Male), "Зеленский");
    }
}

/// The key two forms of one surname share: its Snowball stem ("Лаврову" and "Лавров").
pub fn surname_key(word: &str) -> String {
    static RUSSIAN: std::sync::OnceLock<rust_stemmers::Stemmer> = std::sync::OnceLock::new();
    RUSSIAN
        .get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Russian))
        .stem(&word.to_lowercase())
        .into_owned()
}

/// A title beside a name in the nominative is itself nominative ("председатель Совета
/// Федерации", "глава МИД"): it stands as written, in lower case as in running text.
pub fn title_as_written(written: &str, _canonical: &str) -> Option<String> {
    let mut chars = written.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect())
}
