//! Ukrainian personal names back to the nominative.
//!
//! Dictionaries do not list surnames, so surnames follow the regular declension of Ukrainian
//! surname types: adjectival -ський/-цький/-ий, possessive -ов/-ев/-ін (as in Russian), -енко
//! and -ко (declined for men, indeclinable for women), consonant stems in -к (Єрмак,
//! Стефанчук), and the feminine-type -а/-ія (Кулеба, Арахамія, for men as for women). Given
//! names come back through the given-names lexicon, and the case a given name was found in
//! says how to read the surname after it: "Дмитру Кулебі" is a dative, so "Кулебі" is Кулеба.
//! A form that cannot be analysed safely (Шмигалю, a soft stem; foreign indeclinables such as
//! Мелоні, Нетаньяху, Санду) is kept as written. The extractor prefers a nominative form the
//! article itself uses when there is one.

use crate::lang::{Gender, Lang};

/// The case a given name was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Nominative,
    /// Genitive; for men also the accusative (Дмитра).
    Genitive,
    /// Dative or locative (Дмитру, Ірині).
    Dative,
    /// Accusative of names in -а/-я (Ірину, Миколу).
    Accusative,
    Instrumental,
    /// Feminine -ії: genitive, dative or locative (Юлії).
    Oblique,
}

/// Endings of inflected given names: (ending, nominative ending, case). The nominative a
/// replacement gives must be in the lexicon, so one ending may list several readings.
const GIVEN_ENDINGS: &[(&str, &str, Case)] = &[
    ("ієві", "ій", Case::Dative),
    ("ієм", "ій", Case::Instrumental),
    ("ією", "ія", Case::Instrumental),
    ("еві", "ь", Case::Dative),
    ("еві", "", Case::Dative),
    ("ові", "", Case::Dative),
    ("ові", "о", Case::Dative),
    ("ом", "", Case::Instrumental),
    ("ом", "о", Case::Instrumental),
    ("ем", "ь", Case::Instrumental),
    ("ем", "", Case::Instrumental),
    ("ою", "а", Case::Instrumental),
    ("ею", "я", Case::Instrumental),
    ("ії", "ія", Case::Oblique),
    ("ї", "я", Case::Oblique),
    ("єю", "я", Case::Instrumental),
    ("ію", "ій", Case::Dative),
    ("ію", "ія", Case::Accusative),
    ("ія", "ій", Case::Genitive),
    ("зі", "га", Case::Dative),
    ("ці", "ка", Case::Dative),
    ("і", "а", Case::Dative),
    ("і", "я", Case::Dative),
    ("і", "", Case::Dative),
    ("и", "а", Case::Genitive),
    ("у", "", Case::Dative),
    ("у", "о", Case::Dative),
    ("у", "а", Case::Accusative),
    ("ю", "ь", Case::Dative),
    ("ю", "", Case::Dative),
    ("ю", "я", Case::Accusative),
    ("а", "", Case::Genitive),
    ("а", "о", Case::Genitive),
    ("я", "ь", Case::Genitive),
    ("я", "", Case::Genitive),
];

const POSSESSIVE_SUFFIXES: &[&str] = &["ов", "ев", "єв", "ін", "їн", "ин"];

/// Foreign surnames that look like inflected Ukrainian ones but do not decline.
const NOT_DECLINED: &[&str] = &[
    "мелоні",
    "таяні",
    "драгі",
    "ренці",
    "сальвіні",
    "берлусконі",
    "моді",
    "ганді",
    "нетаньяху",
    "шойгу",
    "санду",
];

/// Consonants a stem may end in before a feminine-type ending (Кулеб-і, Сибіз-і).
const CONSONANTS: &str = "бвгґджзклмнпрстфхцчшщ";

/// Surname endings that only a man's surname has (Зеленського, Коваленка, Путіним).
const MALE_CUES: &[&str] = &[
    "ського",
    "цького",
    "зького",
    "ському",
    "цькому",
    "зькому",
    "ським",
    "цьким",
    "зьким",
    "ого",
    "ому",
    "енка",
    "енку",
    "енком",
    "енкові",
    "овим",
    "евим",
    "євим",
    "іним",
    "їним",
    "иним",
];

/// Surname endings that only a woman's surname has (Зеленської, Венедіктової).
const FEMALE_CUES: &[&str] = &[
    "ська",
    "цька",
    "зька",
    "ської",
    "цької",
    "зької",
    "ській",
    "цькій",
    "зькій",
    "ську",
    "цьку",
    "зьку",
    "ською",
    "цькою",
    "зькою",
    "ої",
    "овій",
    "евій",
    "євій",
    "іній",
    "їній",
    "иній",
];

struct GivenName {
    nominative: String,
    gender: Gender,
    case: Case,
}

pub fn nominative(words: &[&str], gender: Gender) -> Vec<String> {
    let given: Vec<Vec<GivenName>> = words.iter().map(|w| given_name(w)).collect();
    let gender = match gender {
        Gender::Unknown => words
            .iter()
            .zip(&given)
            .filter(|(_, g)| g.is_empty())
            .find_map(|(w, _)| surname_gender(w))
            .or_else(|| given.iter().find_map(|g| g.first().map(|n| n.gender)))
            .unwrap_or(Gender::Unknown),
        g => g,
    };
    // "Олександра" is a woman's name and the genitive of "Олександр": the gender decides.
    let chosen: Vec<Option<&GivenName>> = given
        .iter()
        .map(|g| {
            g.iter()
                .find(|n| gender == Gender::Unknown || n.gender == gender || n.gender == Gender::Unknown)
                .or(g.first())
        })
        .collect();
    let case = chosen.iter().flatten().next().map(|n| n.case);
    words
        .iter()
        .zip(&chosen)
        .map(|(w, g)| match g {
            Some(n) => n.nominative.clone(),
            None => surname_nominative(w, gender, case),
        })
        .collect()
}

fn fold(word: &str) -> String {
    word.to_lowercase().replace(['’', 'ʼ'], "'")
}

/// The word's first `stem` characters as written, then `ending`: "Кулебі" -> "Кулеба".
fn rebuild(word: &str, stem: &str, ending: &str) -> String {
    word.chars().take(stem.chars().count()).chain(ending.chars()).collect()
}

fn ends_in_consonant(stem: &str) -> bool {
    stem.chars().last().is_some_and(|c| CONSONANTS.contains(c))
}

/// Every reading of a word as a given name: the word itself first, then inflected readings.
fn given_name(word: &str) -> Vec<GivenName> {
    let names = &Lang::Uk.pack().given_names;
    let lower = fold(word);
    let mut out = Vec::new();
    if let Some(g) = names.get(&lower) {
        out.push(GivenName {
            nominative: word.to_string(),
            gender: *g,
            case: Case::Nominative,
        });
    }
    for (ending, replacement, case) in GIVEN_ENDINGS {
        let Some(stem) = lower.strip_suffix(ending) else {
            continue;
        };
        if stem.chars().count() < 2 {
            continue;
        }
        let candidate = format!("{stem}{replacement}");
        if let Some(g) = names.get(&candidate) {
            if !out.iter().any(|n| fold(&n.nominative) == candidate && n.case == *case) {
                out.push(GivenName {
                    nominative: rebuild(word, stem, replacement),
                    gender: *g,
                    case: *case,
                });
            }
        }
    }
    out
}

fn surname_gender(word: &str) -> Option<Gender> {
    let lower = fold(word);
    let longer = |e: &&str| lower.ends_with(*e) && lower.chars().count() > e.chars().count() + 1;
    if MALE_CUES.iter().any(longer) || consonant_k_oblique(&lower).is_some() {
        return Some(Gender::Male);
    }
    if FEMALE_CUES.iter().any(longer) {
        return Some(Gender::Female);
    }
    None
}

/// Єрмака, Стефанчуку, Мельником: a man's surname ending in a vowel and -к, in an oblique case.
fn consonant_k_oblique(lower: &str) -> Option<&str> {
    ["ові", "ом", "а", "у"].iter().find_map(|e| {
        let stem = lower.strip_suffix(e)?;
        let mut rev = stem.chars().rev();
        let k = rev.next()?;
        let vowel = rev.next()?;
        (k == 'к' && "аяуюиі".contains(vowel) && stem.chars().count() >= 3).then_some(stem)
    })
}

fn surname_nominative(word: &str, gender: Gender, case: Option<Case>) -> String {
    let lower = fold(word);
    if case == Some(Case::Nominative) || NOT_DECLINED.contains(&lower.as_str()) || lower.ends_with("швілі") {
        return word.to_string();
    }
    let female = gender == Gender::Female;
    let male = gender == Gender::Male;
    let case_in = |cases: &[Case]| case.is_some_and(|c| cases.contains(&c));
    let strip = |e: &str| lower.strip_suffix(e).filter(|s| s.chars().count() >= 2);

    // Adjectival -ський/-цький/-зький and -ська: unambiguous endings for either gender.
    for (endings, nom) in [
        (&["ського", "ському", "ським", "ськім"][..], "ський"),
        (&["цького", "цькому", "цьким", "цькім"][..], "цький"),
        (&["зького", "зькому", "зьким", "зькім"][..], "зький"),
        (&["ської", "ській", "ську", "ською"][..], "ська"),
        (&["цької", "цькій", "цьку", "цькою"][..], "цька"),
        (&["зької", "зькій", "зьку", "зькою"][..], "зька"),
    ] {
        for e in endings {
            if let Some(stem) = strip(e) {
                return rebuild(word, stem, nom);
            }
        }
    }

    // Possessive -ов/-ев/-ін: Лаврова, Лаврову, Лавровим, Путіні. "Лаврова" is also the woman
    // Лаврова: only a known female gender keeps it.
    if !female {
        for e in ["ові", "им", "а", "у", "і"] {
            if let Some(stem) = lower.strip_suffix(e) {
                if POSSESSIVE_SUFFIXES.iter().any(|s| stem.ends_with(s)) && stem.chars().count() >= 4 {
                    return rebuild(word, stem, "");
                }
            }
        }
    }

    // Feminine adjectival and possessive endings, and the instrumental of the -а type.
    for (e, nom) in [("ією", "ія"), ("ії", "ія"), ("ої", "а"), ("ою", "а")] {
        if let Some(stem) = lower.strip_suffix(e).filter(|s| s.chars().count() >= 3) {
            return rebuild(word, stem, nom);
        }
    }
    if female {
        // Венедіктовій, Залужній; Венедіктову, Залужну (accusative).
        if let Some(stem) = lower.strip_suffix("ій").filter(|s| s.chars().count() >= 3) {
            return rebuild(word, stem, "а");
        }
        if case.is_none() || case_in(&[Case::Accusative]) {
            if let Some(stem) = lower
                .strip_suffix('у')
                .filter(|s| s.chars().count() >= 3 && ends_in_consonant(s))
            {
                return rebuild(word, stem, "а");
            }
        }
    } else {
        // Adjectival -ий: Залужного, Залужному, Залужним.
        for e in ["ого", "ому"] {
            if let Some(stem) = lower
                .strip_suffix(e)
                .filter(|s| s.chars().count() >= 3 && ends_in_consonant(s))
            {
                return rebuild(word, stem, "ий");
            }
        }
        if let Some(stem) = lower.strip_suffix("им").filter(|s| s.chars().count() >= 3) {
            if stem.ends_with('н') || case_in(&[Case::Instrumental]) {
                return rebuild(word, stem, "ий");
            }
        }
        // -енко and -ко: Коваленка, Коваленкові, Кличком (a woman's -енко does not decline).
        for e in ["ові", "ом", "а", "у"] {
            if let Some(stem) = lower.strip_suffix(e) {
                if ["енк", "йк", "чк", "шк"].iter().any(|s| stem.ends_with(s)) && stem.chars().count() >= 3 {
                    return rebuild(word, stem, "о");
                }
            }
        }
        // A vowel and -к: Єрмака, Стефанчуку, Мельником.
        if let Some(stem) = consonant_k_oblique(&lower) {
            return rebuild(word, stem, "");
        }
    }

    // The feminine type -а/-ія for both genders (Кулеба, Сибіга, Арахамія); the case of the
    // given name tells a genitive, dative or accusative from another declension's ending.
    if case.is_none() || case_in(&[Case::Genitive, Case::Oblique]) {
        if let Some(stem) = lower
            .strip_suffix('и')
            .filter(|s| s.chars().count() >= 3 && ends_in_consonant(s))
        {
            return rebuild(word, stem, "а");
        }
    }
    let dative = case_in(&[Case::Dative, Case::Oblique]) || (case.is_none() && male);
    if dative && !["ові", "еві", "єві"].iter().any(|e| lower.ends_with(e)) {
        for (e, nom) in [("зі", "га"), ("ці", "ка"), ("сі", "ха"), ("і", "а")] {
            if let Some(stem) = lower.strip_suffix(e).filter(|s| s.chars().count() >= 3) {
                if nom != "а" || ends_in_consonant(stem) {
                    return rebuild(word, stem, nom);
                }
            }
        }
    }
    if case_in(&[Case::Genitive, Case::Accusative]) {
        if let Some(stem) = lower.strip_suffix("ію").filter(|s| s.chars().count() >= 3) {
            return rebuild(word, stem, "ія");
        }
        if let Some(stem) = lower
            .strip_suffix('у')
            .filter(|s| s.chars().count() >= 3 && ends_in_consonant(s))
        {
            return rebuild(word, stem, "а");
        }
    }

    // Other consonant stems of men, when a declined given name shows the case: Дональда
    // Трампа, Олафу Шольцу, Еммануелем Макроном.
    if male {
        let hard = |s: &&str| s.chars().count() >= 3 && ends_in_consonant(s);
        let stem = match case {
            Some(Case::Genitive) => lower.strip_suffix('а').filter(hard),
            Some(Case::Dative) => lower
                .strip_suffix("ові")
                .or_else(|| lower.strip_suffix('у'))
                .filter(hard),
            Some(Case::Instrumental) => lower.strip_suffix("ом").filter(hard),
            _ => None,
        };
        if let Some(stem) = stem {
            return rebuild(word, stem, "");
        }
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nom(s: &str, g: Gender) -> String {
        nominative(&s.split(' ').collect::<Vec<_>>(), g).join(" ")
    }

    #[test]
    fn adjectival_and_possessive_surnames() {
        assert_eq!(nom("Зеленського", Gender::Male), "Зеленський");
        assert_eq!(nom("Володимира Зеленського", Gender::Unknown), "Володимир Зеленський");
        assert_eq!(nom("Олександра Сирського", Gender::Unknown), "Олександр Сирський");
        assert_eq!(nom("Олени Зеленської", Gender::Unknown), "Олена Зеленська");
        assert_eq!(nom("Валерієм Залужним", Gender::Unknown), "Валерій Залужний");
        assert_eq!(nom("Кирилом Будановим", Gender::Unknown), "Кирило Буданов");
        assert_eq!(nom("Сергію Лаврову", Gender::Unknown), "Сергій Лавров");
        assert_eq!(nom("Путіним", Gender::Male), "Путін");
        assert_eq!(nom("Ірині Венедіктовій", Gender::Unknown), "Ірина Венедіктова");
        assert_eq!(nom("Ольгу Стефанишину", Gender::Unknown), "Ольга Стефанишина");
    }

    #[test]
    fn enko_and_k_stems() {
        assert_eq!(nom("Коваленка", Gender::Unknown), "Коваленко");
        assert_eq!(nom("Петра Порошенка", Gender::Unknown), "Петро Порошенко");
        assert_eq!(nom("Петра Порошенка", Gender::Male), "Петро Порошенко");
        assert_eq!(nom("Андрія Петренка", Gender::Male), "Андрій Петренко");
        assert_eq!(nom("Віталієві Кличку", Gender::Unknown), "Віталій Кличко");
        assert_eq!(nom("Юлії Свириденко", Gender::Unknown), "Юлія Свириденко");
        assert_eq!(nom("Юлією Тимошенко", Gender::Unknown), "Юлія Тимошенко");
        assert_eq!(nom("Андрієм Єрмаком", Gender::Unknown), "Андрій Єрмак");
        assert_eq!(nom("Руслана Стефанчука", Gender::Unknown), "Руслан Стефанчук");
        assert_eq!(nom("Олександра Мельника", Gender::Unknown), "Олександр Мельник");
    }

    #[test]
    fn feminine_type_surnames_follow_the_given_name() {
        assert_eq!(nom("Дмитру Кулебі", Gender::Unknown), "Дмитро Кулеба");
        assert_eq!(nom("Кулебі", Gender::Male), "Кулеба");
        assert_eq!(nom("Дмитра Кулеби", Gender::Unknown), "Дмитро Кулеба");
        assert_eq!(nom("Дмитра Кулебу", Gender::Unknown), "Дмитро Кулеба");
        assert_eq!(nom("Дмитром Кулебою", Gender::Unknown), "Дмитро Кулеба");
        assert_eq!(nom("Андрію Сибізі", Gender::Unknown), "Андрій Сибіга");
        assert_eq!(nom("Давида Арахамії", Gender::Unknown), "Давид Арахамія");
    }

    #[test]
    fn foreign_consonant_stems_with_a_declined_given_name() {
        assert_eq!(nom("Дональда Трампа", Gender::Unknown), "Дональд Трамп");
        assert_eq!(nom("Олафу Шольцу", Gender::Unknown), "Олаф Шольц");
        assert_eq!(nom("Емманюелем Макроном", Gender::Unknown), "Емманюель Макрон");
        assert_eq!(nom("Ентоні Блінкену", Gender::Unknown), "Ентоні Блінкену");
        assert_eq!(nom("Урсулі фон дер Ляєн", Gender::Unknown), "Урсула фон дер Ляєн");
    }

    #[test]
    fn unknown_and_indeclinable_forms_are_kept() {
        assert_eq!(nom("Шмигалю", Gender::Male), "Шмигалю");
        assert_eq!(nom("Дениса Шмигаля", Gender::Unknown), "Денис Шмигаля");
        assert_eq!(nom("Джорджі Мелоні", Gender::Unknown), "Джорджа Мелоні");
        assert_eq!(nom("Майї Санду", Gender::Unknown), "Майя Санду");
        assert_eq!(nom("Беньяміну Нетаньяху", Gender::Unknown), "Беньямін Нетаньяху");
        assert_eq!(nom("Віталій Ким", Gender::Unknown), "Віталій Ким");
        assert_eq!(nom("Ірина Верещук", Gender::Unknown), "Ірина Верещук");
        assert_eq!(nom("Трампу", Gender::Unknown), "Трампу");
    }
}

/// The key two forms of one surname share. rust-stemmers has no Ukrainian stemmer: the
/// nominative, cut to the part the declension keeps.
pub fn surname_key(word: &str) -> String {
    let nom = nominative(&[word], crate::lang::Gender::Male)[0].to_lowercase();
    nom.trim_end_matches(['а', 'я', 'о', 'у', 'ю', 'і', 'и', 'е', 'й', 'ь'])
        .to_string()
}
