//! Identity keys for names: one key for every spelling of one name, in any script.
//!
//! A name is transliterated from Cyrillic (a BGN/PCGN-style romanisation), stripped of accents,
//! and its common spelling variants folded: Sergey/Sergei, Yury/Yuri/Yuriy, Dmitry/Dmitriy,
//! Aleksandr/Alexander, Shoygu/Shoigu. Two names with the same key are taken for one name;
//! keys never merge names that differ in more than such spelling.

use unicode_normalization::UnicodeNormalization;

/// Romanises Cyrillic letters (Russian, Ukrainian, Belarusian); other characters pass through.
pub fn transliterate(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let latin = match lower {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' => "e",
            'ё' => "yo",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' => "",
            'ы' => "y",
            'ь' => "",
            'э' => "e",
            'ю' => "yu",
            'я' => "ya",
            'і' => "i",
            'ї' => "yi",
            'є' => "ye",
            'ґ' => "g",
            'ў' => "u",
            _ => {
                out.push(c);
                continue;
            }
        };
        push_cased(&mut out, latin, c.is_uppercase());
    }
    out
}

/// Appends a romanised letter group, capitalised when the letter it stands for was.
pub fn push_cased(out: &mut String, latin: &str, upper: bool) {
    if upper {
        let mut chars = latin.chars();
        if let Some(f) = chars.next() {
            out.extend(f.to_uppercase());
            out.push_str(chars.as_str());
        }
    } else {
        out.push_str(latin);
    }
}

/// The identity key of a name: lower-case ASCII words joined by '-', spellings folded. A key
/// is for matching, never for showing: "Joe Biden" keys as "ioe-biden".
pub fn name_key(name: &str) -> String {
    plain_words(name)
        .iter()
        .map(|w| fold_word(w))
        .collect::<Vec<_>>()
        .join("-")
}

/// A readable IRI segment for a name as written: romanised, accents dropped, lower case,
/// words joined by '-', spelling kept ("Joe Biden" -> "joe-biden", "Сергей Лавров" ->
/// "sergey-lavrov"). The key of a slug's name is `slug_key(slug)`.
pub fn name_slug(name: &str) -> String {
    plain_words(name).join("-")
}

/// The identity key of the name a slug was made from: `slug_key(&name_slug(n)) == name_key(n)`.
pub fn slug_key(slug: &str) -> String {
    slug.split('-')
        .filter(|w| !w.is_empty())
        .map(fold_word)
        .collect::<Vec<_>>()
        .join("-")
}

/// The surname part of an identity key (its last word): what cross-article identity indexes
/// persons by, since every merge rule compares surnames first.
pub fn surname_of_key(key: &str) -> &str {
    key.rsplit('-').next().unwrap_or(key)
}

/// True when every letter of the name is Latin script (accented letters included): the name
/// as Latin-script readers write it, not a romanisation made here.
pub fn is_latin_script(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).all(|c| {
        let base = c.nfkd().next().unwrap_or(c);
        base.is_ascii_alphabetic()
            || matches!(
                c,
                'ø' | 'Ø' | 'æ' | 'Æ' | 'œ' | 'Œ' | 'ß' | 'ł' | 'Ł' | 'đ' | 'Đ' | 'ð' | 'þ' | 'ı'
            )
    })
}

/// The words of a name, romanised, accents dropped, letters that do not decompose spelt out
/// as their romanisations do (ø -> o, ß -> ss), lower case. Letters of other scripts (Greek,
/// Arabic, Han...) stay as they are, so their names keep distinct keys rather than vanishing.
fn plain_words(name: &str) -> Vec<String> {
    let latin = transliterate(name);
    let plain: String = latin
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(|c| {
            let spelt = match c.to_lowercase().next().unwrap_or(c) {
                'ø' => "o",
                'æ' => "ae",
                'œ' => "oe",
                'ß' => "ss",
                'ł' => "l",
                'đ' | 'ð' => "d",
                'þ' => "th",
                'ı' => "i",
                _ => "",
            };
            if spelt.is_empty() {
                vec![c]
            } else {
                spelt.chars().collect()
            }
        })
        .collect::<String>()
        .to_lowercase();
    plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Folds the spelling variants of romanised names into one form.
fn fold_word(word: &str) -> String {
    let mut w = word
        .replace("kh", "h")
        .replace('x', "ks")
        .replace('j', "y")
        .replace('w', "v")
        .replace("ph", "f");
    // -ander/-andr (Alexander/Aleksandr)
    if let Some(stem) = w.strip_suffix("ander") {
        w = format!("{stem}andr");
    }
    // y and i are one sound in most romanisations: Sergey/Sergei, Yury/Yuri, Shoygu/Shoigu.
    w = w.replace('y', "i");
    // Double letters: Yuriy -> iurii -> iuri, Dmitriy -> dmitri.
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_name_share_a_key() {
        let k = name_key("Sergey Lavrov");
        for v in ["Sergei Lavrov", "Сергей Лавров", "SERGEY LAVROV"] {
            assert_eq!(name_key(v), k, "{v}");
        }
        assert_eq!(name_key("Yury Ushakov"), name_key("Yuri Ushakov"));
        assert_eq!(name_key("Yuriy Ushakov"), name_key("Юрий Ушаков"));
        assert_eq!(name_key("Alexander Grushko"), name_key("Александр Грушко"));
        assert_eq!(name_key("Aleksandr Grushko"), name_key("Alexander Grushko"));
        assert_eq!(name_key("Dmitry Peskov"), name_key("Dmitriy Peskov"));
        assert_eq!(name_key("Sergei Shoigu"), name_key("Сергей Шойгу"));
    }

    #[test]
    fn letters_that_do_not_decompose_are_spelt_out_and_other_scripts_kept() {
        assert_eq!(name_key("Halvard Strøm"), name_key("Halvard Strom"));
        assert_eq!(name_key("Olaf Scholz"), name_key("Olaf SCHOLZ"));
        assert_eq!(name_key("Radosław Sikorski"), name_key("Radoslaw Sikorski"));
        assert_eq!(name_key("Élisabeth Borne"), name_key("Elisabeth Borne"));
        assert_ne!(name_key("习近平"), name_key("李强"));
        assert!(!name_key("Κυριάκος Μητσοτάκης").is_empty());
    }

    #[test]
    fn slugs_keep_the_spelling_and_key_as_the_name_does() {
        assert_eq!(name_slug("Joe Biden"), "joe-biden");
        assert_eq!(name_slug("Сергей Лавров"), "sergey-lavrov");
        assert_eq!(name_slug("Antony J. Blinken"), "antony-j-blinken");
        assert_eq!(name_slug("Halvard Strøm"), "halvard-strom");
        for name in [
            "Joe Biden",
            "Сергей Лавров",
            "Yuriy Ushakov",
            "Radosław Sikorski",
            "Émilie Müller-Weiß",
        ] {
            assert_eq!(slug_key(&name_slug(name)), name_key(name), "{name}");
        }
        assert_eq!(surname_of_key("sergei-lavrov"), "lavrov");
        assert_eq!(surname_of_key("lavrov"), "lavrov");
        assert!(is_latin_script("Émilie Müller-Weiß") && is_latin_script("Halvard Strøm"));
        assert!(!is_latin_script("Сергей Лавров"));
    }

    #[test]
    fn different_names_keep_different_keys() {
        assert_ne!(name_key("Sergey Lavrov"), name_key("Sergey Lavrentiev"));
        assert_ne!(name_key("Antony Blinken"), name_key("Blinkin"));
        assert_ne!(name_key("Vladimir Putin"), name_key("Vladimir Pitin"));
    }
}
