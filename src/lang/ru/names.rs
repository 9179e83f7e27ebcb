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
    // (Not where the surname is a man's adjectival form in an oblique case, which no woman's
    // is: "Александра Головатого" is "of Александр Головатый", whatever the given name's
    // lexicon says of "Александра".)
    let male_adjectival = words.len() >= 2
        && words
            .last()
            .is_some_and(|s| ["ого", "ому", "его", "ему"].iter().any(|e| s.ends_with(e)));
    // ("Александра Рогожника": a surname of the -ник, -чук, -юк types with "а" after it is a
    // man's in the genitive, whatever the given name's lexicon says; a woman's takes no ending.)
    let genitive_only = words.len() >= 2
        && words
            .last()
            .is_some_and(|s| ["ника", "ука", "юка"].iter().any(|e| s.to_lowercase().ends_with(e)));
    let gender = if male_adjectival || genitive_only {
        Gender::Male
    } else {
        gender
    };
    let known_female = gender == Gender::Female;
    // A caller that knows the person is a man reads "Александра Рогожника" as his genitive.
    let known_male = gender == Gender::Male;
    let gender = match gender {
        Gender::Unknown => words
            .iter()
            .find_map(|w| given_name(w).map(|(_, g)| g))
            .unwrap_or(Gender::Unknown),
        g => g,
    };
    // "Александра Грушко" is a woman named Alexandra, or "of Alexander Grushko": a surname
    // without a feminine ending says it is the man, in the genitive.
    // (The reading a caller who knows the man asks for: "Александра" as his genitive, where
    // the form is also a woman's name; "Андрея" reads as Андрей without it.)
    let male_reading_of_female_form = known_male
        && words
            .first()
            .is_some_and(|w| given_name(w).is_some_and(|(n, g)| g == Gender::Female && n == *w));
    let masculine_surname = words.len() >= 2
        && (male_reading_of_female_form || genitive_only || words.last().is_some_and(|s| !s.ends_with(['а', 'я'])));
    // The case a male given name is written in, which its surname shares ("Анатолием Сиваком").
    let case = (words.len() >= 2 && !known_female)
        .then(|| {
            words.first().and_then(|w| {
                male_given_case(w).or_else(|| {
                    ((male_reading_of_female_form || genitive_only) && male_oblique(w).is_some()).then_some("gen")
                })
            })
        })
        .flatten();
    let last = words.len().saturating_sub(1);
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
            if i == 0 && words.len() >= 2 && !known_female {
                if let Some(nom) = unknown_given_in_case(w, words[last], gender) {
                    return nom;
                }
            }
            let nom = surname_nominative(w, gender);
            match case {
                Some(c) if i == last && i > 0 && nom == *w => other_surname(w, c).unwrap_or(nom),
                _ => nom,
            }
        })
        .collect()
}

/// The case of a male given name written in an oblique form ("Анатолием": instrumental,
/// "Йенса": genitive), if it is one.
fn male_given_case(word: &str) -> Option<&'static str> {
    let names = &Lang::Ru.pack().given_names;
    let lower = word.to_lowercase();
    if names.get(&lower).is_some() {
        return None;
    }
    const CASES: &[(&str, &[&str], &str)] = &[
        ("ем", &["", "й", "ь"], "ins"),
        ("ом", &[""], "ins"),
        ("а", &[""], "gen"),
        ("я", &["й", "ь"], "gen"),
        ("у", &[""], "dat"),
        ("ю", &["й", "ь"], "dat"),
        ("е", &["", "й", "ь"], "pre"),
    ];
    for (ending, replacements, case) in CASES {
        if let Some(stem) = lower.strip_suffix(ending) {
            if replacements
                .iter()
                .any(|r| names.get(&format!("{stem}{r}")) == Some(&Gender::Male))
            {
                return Some(case);
            }
        }
    }
    None
}

/// A man's surname of no type the rules above know (a consonant stem: Сивак, Столтенберг,
/// Коваль), in the case `case` of the given name before it: its nominative, if the ending fits.
fn other_surname(word: &str, case: &str) -> Option<String> {
    let lower = word.to_lowercase();
    // (Not the dative or prepositional: "-у" and "-е" also end indeclinable names, Нику Попеску,
    // Сергею Шойгу.)
    let endings: &[&str] = match case {
        "gen" => &["а", "я"],
        "ins" => &["ом", "ем", "ём"],
        _ => &[],
    };
    let e = endings.iter().find(|e| lower.ends_with(*e))?;
    let stem = lower.strip_suffix(e)?;
    if stem.chars().count() < 3 {
        return None;
    }
    let vowel = stem.chars().last().is_some_and(|c| "аеёиоуыэюя".contains(c));
    let soft = matches!(*e, "я" | "ю" | "ем" | "ём");
    let nom = match (soft, vowel) {
        (false, false) => stem.to_string(),
        (false, true) => return None,
        (true, true) => format!("{stem}й"),
        (true, false) => format!("{stem}ь"),
    };
    Some(capitalise(&nom))
}

/// A form that is the genitive or accusative of a male given name (Александра -> Александр).
fn male_oblique(word: &str) -> Option<String> {
    let names = &Lang::Ru.pack().given_names;
    let lower = word.to_lowercase();
    let stem = lower.strip_suffix('а').or_else(|| lower.strip_suffix('я'))?;
    // (A stem that ends in a vowel is no nominative of a declined name: "Андрея" is Андрей,
    // not the indeclinable Андре.)
    let vowel_stem = stem.ends_with(['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'ё']);
    let bare = (!vowel_stem).then(|| stem.to_string());
    for candidate in bare.into_iter().chain([format!("{stem}й"), format!("{stem}ь")]) {
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

/// "Бауржана Абдишева", "Мейрама Смагулова", "Исламханом Есенбаевым": a given name no list
/// knows shares the oblique case its surname shows, a man's possessive surname read as his
/// (as `surname_nominative` reads it): the ending that case gives a man's name is taken off.
fn unknown_given_in_case(given: &str, surname: &str, gender: Gender) -> Option<String> {
    if gender == Gender::Female {
        return None;
    }
    let lower = surname.to_lowercase();
    // The surname's case ending, then the endings that case gives a man's given name.
    let given_endings: &[&str] = MALE_POSSESSIVE_ENDINGS
        .iter()
        .find(|e| {
            lower
                .strip_suffix(**e)
                .is_some_and(|stem| POSSESSIVE_SUFFIXES.iter().any(|s| stem.ends_with(s)) && stem.chars().count() >= 4)
        })
        .map(|e| match *e {
            "ым" => &["ом", "ем"][..],
            "а" => &["а"][..],
            "у" => &["у"][..],
            _ => &["е"][..],
        })?;
    let consonant = |c: char| !"аеёиоуыэюяйьъ".contains(c);
    given_endings.iter().find_map(|e| {
        let stem = given.strip_suffix(e)?;
        (stem.chars().count() >= 3 && stem.chars().last().is_some_and(|c| c.is_alphabetic() && consonant(c)))
            .then(|| stem.to_string())
    })
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
    // Other adjectival surnames, whose -ого/-ому no woman's form or noun has ("Головатого"
    // is Головатый, "Горького" Горький after a velar or hushing consonant).
    for e in ["ого", "ому"] {
        if let Some(stem) = lower.strip_suffix(e) {
            if stem.chars().count() >= 3 {
                let soft = stem.ends_with(['г', 'к', 'х', 'ж', 'ш', 'ч', 'щ']);
                return capitalise(&format!("{stem}{}", if soft { "ий" } else { "ый" }));
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
        assert_eq!(nom("Андрея Петренко", Gender::Unknown), "Андрей Петренко");
        assert_eq!(nom("Андрея Петренко", Gender::Male), "Андрей Петренко");
        assert_eq!(nom("Лавровым", Gender::Male), "Лавров");
        assert_eq!(nom("Набиуллиной", Gender::Female), "Набиуллина");
        assert_eq!(nom("Лаврова", Gender::Female), "Лаврова");
        assert_eq!(nom("Александра Грушко", Gender::Unknown), "Александр Грушко");
        assert_eq!(nom("Александра Лаврова", Gender::Unknown), "Александра Лаврова");
    }

    #[test]
    fn other_surnames_take_the_case_of_the_given_name() {
        assert_eq!(nom("Анатолием Сиваком", Gender::Unknown), "Анатолий Сивак");
        assert_eq!(nom("Йенса Столтенберга", Gender::Unknown), "Йенс Столтенберг");
        assert_eq!(nom("Игоря Коваля", Gender::Unknown), "Игорь Коваль");
        assert_eq!(nom("Сергею Шойгу", Gender::Unknown), "Сергей Шойгу");
        // A name in the nominative, or an indeclinable surname, stays as written.
        assert_eq!(nom("Анатолий Сивак", Gender::Unknown), "Анатолий Сивак");
        assert_eq!(nom("Марка Рютте", Gender::Unknown), "Марк Рютте");
        // A surname of the -ник, -чук types with "а" after it is a man's genitive.
        assert_eq!(nom("Александра Рогожника", Gender::Unknown), "Александр Рогожник");
        assert_eq!(nom("Александра Рогожника", Gender::Female), "Александр Рогожник");
    }

    #[test]
    fn indeclinable_and_foreign_names_are_kept() {
        assert_eq!(nom("Шойгу", Gender::Male), "Шойгу");
        assert_eq!(nom("Блинкен", Gender::Male), "Блинкен");
        assert_eq!(nom("Зеленского", Gender::Male), "Зеленский");
    }

    #[test]
    fn an_unknown_given_name_takes_the_case_its_surname_shows() {
        assert_eq!(nom("Бауржана Абдишева", Gender::Unknown), "Бауржан Абдишев");
        assert_eq!(nom("Исламханом Есенбаевым", Gender::Unknown), "Исламхан Есенбаев");
        assert_eq!(nom("Мейраму Смагулову", Gender::Unknown), "Мейрам Смагулов");
        // A woman's surname keeps her name; a name in the nominative stays.
        assert_eq!(nom("Айгерим Абдишева", Gender::Female), "Айгерим Абдишева");
        assert_eq!(nom("Исламхан Есенбаев", Gender::Unknown), "Исламхан Есенбаев");
    }

    #[test]
    fn an_adjectival_surname_in_an_oblique_case_is_a_mans() {
        // ("Александра" is also a woman's name, which the lexicon gives first.)
        assert_eq!(nom("Александра Головатого", Gender::Female), "Александр Головатый");
        assert_eq!(nom("Максима Горького", Gender::Unknown), "Максим Горький");
        assert_eq!(nom("Кая Каллас", Gender::Female), "Кая Каллас");
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
