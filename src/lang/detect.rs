//! Which language an article is in, and whether newsgraph reads it.
//!
//! A language newsgraph does not read must never be taken for one it does: a Spanish article
//! read with English rules gets English facts that are wrong and an `@en` tag that is false.
//! whatlang's trigram model names the language; on short texts it often guesses wildly (a
//! sentence of English comes out Estonian or Catalan at low confidence), so a guess of another
//! language counts only with confidence, and the little words every sentence has (articles,
//! conjunctions, "said") decide between what newsgraph reads and what it does not.

use super::Lang;
use whatlang::{Lang as W, Script};

/// What a text's language is, as far as newsgraph is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detected {
    /// A language newsgraph reads.
    Reads(Lang),
    /// Another language, by its English name ("Spanish").
    Unsupported(&'static str),
    /// Too little text, or a script newsgraph does not read.
    Unknown,
}

/// Confidence from which whatlang's guess of a language newsgraph does not read is believed.
const BELIEVED: f64 = 0.5;

/// Function words of another language that make an unsure text that language: one alone may
/// be a shared word ("met" is English and Dutch).
const EVIDENCE: usize = 2;

/// The commonest short words of Latin-script news languages: the evidence that settles a
/// guess whatlang is unsure of. Words shared by several languages count for each of them;
/// words that are also English ("a", "is", "met", "to", "as", "no", "do") are left out of the
/// other languages' lists, so English is never outvoted by its own words.
const FUNCTION_WORDS: &[(W, &[&str])] = &[
    (
        W::Eng,
        &[
            "the", "of", "and", "to", "in", "is", "that", "said", "on", "for", "with", "was", "will", "he", "she",
            "it", "by", "at", "from", "has", "would", "not", "are", "this", "told", "we", "they",
        ],
    ),
    (
        W::Deu,
        &[
            "der", "die", "das", "und", "ist", "nicht", "sagte", "mit", "von", "den", "dem", "ein", "eine", "auf",
            "für", "zu", "im", "sich", "wir", "er", "sie", "es", "wird", "werden", "auch", "nach",
        ],
    ),
    (
        W::Fra,
        &[
            "le",
            "la",
            "les",
            "et",
            "des",
            "du",
            "un",
            "une",
            "est",
            "que",
            "dans",
            "pour",
            "sur",
            "au",
            "aux",
            "il",
            "elle",
            "nous",
            "pas",
            "ne",
            "qui",
            "déclaré",
            "selon",
            "été",
            "avec",
        ],
    ),
    (
        W::Spa,
        &[
            "el", "los", "las", "y", "que", "del", "en", "por", "para", "con", "una", "dijo", "es", "se", "su", "al",
            "como", "pero", "está", "según",
        ],
    ),
    (
        W::Ita,
        &[
            "il", "lo", "gli", "che", "di", "del", "della", "per", "con", "una", "ha", "detto", "è", "non", "sono",
            "anche", "nel", "alla", "dei", "secondo",
        ],
    ),
    (
        W::Por,
        &[
            "o", "os", "que", "da", "em", "por", "para", "com", "uma", "disse", "não", "na", "ao", "dos", "das",
            "segundo", "é", "ela", "eles", "também",
        ],
    ),
    (
        W::Nld,
        &[
            "de", "het", "een", "en", "van", "dat", "zei", "voor", "op", "niet", "zijn", "ook", "naar", "volgens",
            "wordt", "heeft", "bij", "aan", "werd", "zou",
        ],
    ),
    (
        W::Pol,
        &[
            "w",
            "z",
            "na",
            "że",
            "się",
            "nie",
            "jest",
            "powiedział",
            "od",
            "przez",
            "jak",
            "oraz",
            "dla",
            "po",
            "jego",
            "ich",
            "według",
            "być",
            "został",
            "tym",
        ],
    ),
];

/// What newsgraph calls a whatlang language it reads.
fn ours(w: W) -> Option<Lang> {
    match w {
        W::Eng => Some(Lang::En),
        W::Deu => Some(Lang::De),
        W::Fra => Some(Lang::Fr),
        W::Rus => Some(Lang::Ru),
        W::Ukr => Some(Lang::Uk),
        _ => None,
    }
}

/// How many of a text's words are each language's function words.
fn function_word_votes(text: &str) -> Vec<(W, usize)> {
    // (Words in small letters, most of them, are borrowed rather than copied.)
    let words: Vec<std::borrow::Cow<str>> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().any(char::is_uppercase) {
                w.to_lowercase().into()
            } else {
                w.into()
            }
        })
        .collect();
    FUNCTION_WORDS
        .iter()
        .map(|(lang, list)| (*lang, words.iter().filter(|w| list.contains(&w.as_ref())).count()))
        .collect()
}

/// The best-voted language newsgraph reads (`ours`) or does not, the first in list order on
/// a tie.
fn first_most(votes: &[(W, usize)], ours_wanted: bool) -> (W, usize) {
    votes
        .iter()
        .filter(|(l, _)| ours(*l).is_some() == ours_wanted)
        .fold(None, |best: Option<(W, usize)>, &(l, n)| match best {
            Some((_, m)) if m >= n => best,
            _ => Some((l, n)),
        })
        .expect("both kinds are listed")
}

/// The language of a text (its first 700 characters decide).
pub fn identify(text: &str) -> Detected {
    // The opening of the text decides: whatlang's cost grows with the sample, and 700
    // characters hold the trigrams and function words of any language it knows.
    let end = text.char_indices().nth(700).map_or(text.len(), |(i, _)| i);
    let sample = &text[..end];
    let Some(script) = whatlang::detect_script(sample) else {
        return Detected::Unknown;
    };
    // whatlang's trigram guess is most of the cost of reading an article's language: it is
    // computed only where the letters leave the answer open.
    let guess = || whatlang::detect(sample).map(|info| (info.lang(), info.is_reliable(), info.confidence()));
    match script {
        Script::Cyrillic => cyrillic(sample, || guess().map(|(lang, reliable, _)| (lang, reliable))),
        Script::Latin => {
            let votes = function_word_votes(sample);
            // Plainly one language newsgraph reads by its little words, whatever trigrams say:
            // `latin` would answer it for any guess.
            if let Some(lang) = decisive(&votes) {
                return Detected::Reads(lang);
            }
            match guess() {
                Some((lang, _, confidence)) => latin(&votes, lang, confidence),
                None => Detected::Unknown,
            }
        }
        // Japanese, Arabic, Hebrew...: nothing newsgraph reads is written in them.
        _ => Detected::Unknown,
    }
}

/// Russian or Ukrainian by the letters only one of them writes; another Cyrillic language
/// (Bulgarian, Serbian, Belarusian...) only when whatlang is sure and the letters agree.
/// `guess`: whatlang's language and whether it is sure, asked for only when the letters do not
/// decide.
fn cyrillic(sample: &str, guess: impl Fn() -> Option<(W, bool)>) -> Detected {
    // (One pass over the sample for the four sets of letters.)
    let (mut ukrainian, mut russian, mut belarusian, mut south_slavic) = (0, 0, 0, 0);
    for c in sample.chars() {
        match c {
            'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => ukrainian += 1,
            'ы' | 'э' | 'ё' | 'Ы' | 'Э' | 'Ё' => russian += 1,
            'ў' | 'Ў' => belarusian += 1,
            'ђ' | 'ј' | 'љ' | 'њ' | 'ћ' | 'џ' | 'ѓ' | 'ќ' | 'ѕ' | 'Ђ' | 'Ј' | 'Љ' | 'Њ' | 'Ћ' | 'Џ' | 'Ѓ' | 'Ќ'
            | 'Ѕ' => south_slavic += 1,
            _ => {}
        }
    }
    // Ukrainian writes і, ї, є, ґ and never ы, э, ё; a short text with none of either is
    // taken for Russian, the commoner in news, whatever whatlang guessed.
    let ukrainian_letters = (ukrainian >= 1 && russian == 0) || (ukrainian >= 3 && ukrainian > russian);
    if belarusian == 0 && ukrainian_letters {
        if ukrainian >= 3 {
            return Detected::Reads(Lang::Uk);
        }
        let Some((guess, reliable)) = guess() else {
            return Detected::Unknown;
        };
        if guess == W::Ukr || !reliable || guess == W::Rus {
            return Detected::Reads(Lang::Uk);
        }
    }
    if belarusian >= 2 {
        return Detected::Unsupported(W::Bel.eng_name());
    }
    if south_slavic >= 2 {
        return Detected::Unsupported(match guess() {
            Some((W::Mkd, _)) => W::Mkd.eng_name(),
            _ => W::Srp.eng_name(),
        });
    }
    if russian > 0 {
        return Detected::Reads(Lang::Ru);
    }
    match guess() {
        None => Detected::Unknown,
        // Short Cyrillic texts are often taken for a neighbour of Russian.
        Some((guess, reliable)) if guess == W::Rus || !reliable => Detected::Reads(Lang::Ru),
        // (Ukrainian without any of its own letters: "Новим головним тренером став …".)
        Some((W::Ukr, _)) => Detected::Reads(Lang::Uk),
        Some((guess, _)) => Detected::Unsupported(guess.eng_name()),
    }
}

/// The language newsgraph reads whose function words are at least three and more than twice
/// those of every other language: `latin` reads it whatever whatlang guesses (a guess of it,
/// sure or not; a guess of another language of ours, outvoted by more than twice plus one; a
/// guess of a language it does not read, "plainly mine").
fn decisive(votes: &[(W, usize)]) -> Option<Lang> {
    let (mine, mine_votes) = first_most(votes, true);
    let others = votes
        .iter()
        .filter(|(l, _)| *l != mine)
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    (mine_votes >= 3 && mine_votes > 2 * others)
        .then(|| ours(mine))
        .flatten()
}

/// English, German or French, or the other language the text is in.
fn latin(votes: &[(W, usize)], guess: W, confidence: f64) -> Detected {
    let votes_for = |w: W| votes.iter().find(|(l, _)| *l == w).map_or(0, |(_, n)| *n);
    // The best-voted language newsgraph does not read, and how many votes it has.
    let (foreign, foreign_votes) = first_most(votes, false);
    let (mine, mine_votes) = first_most(votes, true);
    if let Some(lang) = ours(guess) {
        // Plainly another of the languages newsgraph reads by its little words: trigrams can
        // take English full of French-looking nouns ("manoeuvres", "mission") for French.
        if mine != guess && mine_votes >= 3 && mine_votes >= 2 * votes_for(guess).max(1) + 1 {
            return Detected::Reads(ours(mine).expect("filtered to ours"));
        }
        if confidence >= BELIEVED {
            return Detected::Reads(lang);
        }
        // An unsure guess: another language's little words, if they outnumber the guess's,
        // decide ("said in a post on X on Monday that" is English, whatever the trigrams say).
        return if foreign_votes >= EVIDENCE && foreign_votes > votes_for(guess) && foreign_votes >= mine_votes {
            Detected::Unsupported(foreign.eng_name())
        } else if mine != guess && mine_votes > votes_for(guess) + 1 {
            Detected::Reads(ours(mine).expect("filtered to ours"))
        } else {
            Detected::Reads(lang)
        };
    }
    // A confident guess of another language stands, unless the text is plainly full of the
    // little words of one newsgraph reads (names can sway trigrams on a short text).
    let plainly_mine = mine_votes >= 3 && mine_votes >= 2 * foreign_votes.max(votes_for(guess));
    if (confidence >= BELIEVED && votes_for(guess) >= 1 || confidence >= 0.9) && !plainly_mine {
        return Detected::Unsupported(guess.eng_name());
    }
    if plainly_mine {
        return Detected::Reads(ours(mine).expect("filtered to ours"));
    }
    // An unsure guess: the little words decide, and without enough of them, English.
    if mine_votes > foreign_votes {
        Detected::Reads(ours(mine).expect("filtered to ours"))
    } else if foreign_votes >= EVIDENCE {
        Detected::Unsupported(foreign.eng_name())
    } else {
        Detected::Reads(Lang::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reads(text: &str) -> Detected {
        identify(text)
    }

    #[test]
    fn ukrainian_without_its_own_letters_is_read_as_ukrainian() {
        let text = "Новини спорту\n\nНовим головним тренером «Динамо» став Олександр Шовковський.";
        assert_ne!(reads(text), Detected::Unsupported("Ukrainian"));
    }

    #[test]
    fn short_paragraphs_in_the_languages_newsgraph_reads() {
        for (lang, text) in [
            (Lang::En, "The minister said the talks would go on."),
            (Lang::En, "Russia expects results, Grushko told Sputnik."),
            (Lang::En, "Lavrov said on Monday that talks would begin in January."),
            (Lang::En, "Putin threatened the West."),
            (Lang::En, "Anna Kovacs, Hungary's justice minister, met Peter Kovacs, a Budapest lawyer."),
            (Lang::En, "Jill Biden, the first lady, said on Monday that the garden was open."),
            (Lang::En, "\"We will not negotiate for the sake of negotiations,\" Grushko added."),
            (
                Lang::En,
                "Published: 2024-06-20\n\nMANILA — Philippine Coast Guard spokesperson Jay Tarriela said in a post on X on Monday that Chinese vessels had used \"dangerous manoeuvres\" against a resupply mission near Second Thomas Shoal.",
            ),
            (Lang::De, "Der Minister sagte, die Gespräche würden fortgesetzt."),
            (Lang::De, "Scholz sagte am Montag in Berlin, Deutschland stehe an der Seite der Ukraine."),
            (Lang::De, "Merz: Wir bleiben dabei"),
            (Lang::Fr, "Le ministre a déclaré que les négociations continueraient."),
            (Lang::Fr, "Macron a affirmé lundi que la France soutiendrait l'Ukraine."),
            (Lang::Ru, "Министр сказал, что переговоры продолжатся."),
            (Lang::Ru, "Лавров заявил о переговорах."),
            (Lang::Uk, "Міністр сказав, що переговори продовжаться наступного тижня."),
        ] {
            assert_eq!(reads(text), Detected::Reads(lang), "{text}");
        }
    }

    #[test]
    fn other_languages_are_named_never_taken_for_english() {
        for (name, text) in [
            (
                "Spanish",
                "El ministro dijo que las conversaciones continuarían la próxima semana.",
            ),
            (
                "Spanish",
                "El presidente del Gobierno, Pedro Sánchez, afirmó el lunes que España apoyará a Ucrania.",
            ),
            (
                "Italian",
                "Il ministro ha detto che i colloqui continueranno la prossima settimana.",
            ),
            (
                "Portuguese",
                "O ministro disse que as negociações continuariam na próxima semana.",
            ),
            (
                "Polish",
                "Minister powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu.",
            ),
            (
                "Dutch",
                "De minister zei dat de gesprekken volgende week zouden doorgaan.",
            ),
            (
                "Romanian",
                "Ministrul a declarat că discuțiile vor continua săptămâna viitoare.",
            ),
            ("Swedish", "Ministern sade att samtalen skulle fortsätta nästa vecka."),
            ("Czech", "Ministr řekl, že rozhovory budou pokračovat příští týden."),
            ("Turkish", "Bakan, görüşmelerin gelecek hafta devam edeceğini söyledi."),
            (
                "Bulgarian",
                "Министърът каза, че разговорите ще продължат следващата седмица.",
            ),
            (
                "Serbian",
                "Министар је рекао да ће разговори бити настављени следеће недеље.",
            ),
        ] {
            assert_eq!(reads(text), Detected::Unsupported(name), "{text}");
        }
    }

    #[test]
    fn a_list_of_names_is_read_as_before() {
        let names: Vec<String> = (0..3000).map(|i| format!("John Smith{i}")).collect();
        let text = format!(
            "President Joe Biden met {} and said the talks would go on.",
            names.join(", ")
        );
        assert_eq!(reads(&text), Detected::Reads(Lang::En));
    }

    #[test]
    fn scripts_newsgraph_does_not_read_are_unknown() {
        assert_eq!(reads("東京で会議が開かれた。"), Detected::Unknown);
        assert_eq!(reads(""), Detected::Unknown);
    }
}
