//! Language packs: for each language, its lexicons (TSV data beside its rules) and its rules.
//!
//! Adding a language is: a folder `src/lang/XX/` with the surface-form lexicons
//! (countries, organisations, roles, given names, speech verbs, outlets), a `rules.rs` giving
//! the closed word classes and patterns (`LangRules`), a `corpus.txt` of example sentences, and
//! one line in `Lang` below. The extractors themselves are shared.

/// The raw data files of the language whose module invokes it: every language keeps the same
/// six lexicons and its closed word classes (`words.tsv`) beside its rules, under the same names.
macro_rules! lang_data {
    () => {
        $crate::lang::LangData {
            countries: include_str!("countries.tsv"),
            organisations: include_str!("organisations.tsv"),
            roles: include_str!("roles.tsv"),
            speech_verbs: include_str!("speech-verbs.tsv"),
            outlets: include_str!("outlets.tsv"),
            given_names: include_str!("given-names.tsv"),
            words: include_str!("words.tsv"),
            regions: include_str!("regions.tsv"),
        }
    };
}

pub mod de;
pub mod detect;
pub mod en;
pub mod fr;
pub mod ru;
pub mod uk;
pub mod words;

use crate::lexicon::{tsv_rows, values, PhraseSet};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;
pub use words::{WordMap, Words};

/// A language newsgraph can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Ru,
    Uk,
    De,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Ru, Lang::Uk, Lang::De, Lang::Fr];

    /// BCP 47 code, as written in `schema:inLanguage` and language tags.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
            Lang::De => "de",
            Lang::Fr => "fr",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// Detects the language of a text; `None` when it is none newsgraph reads (see
    /// [`detect::identify`] for why, and the language it is when it can tell).
    pub fn detect(text: &str) -> Option<Lang> {
        match detect::identify(text) {
            detect::Detected::Reads(lang) => Some(lang),
            detect::Detected::Unsupported(_) | detect::Detected::Unknown => None,
        }
    }

    /// The language's rules: its word classes and the few rules written as code.
    pub fn rules(self) -> &'static LangRules {
        &self.pack().rules
    }

    /// The language's compiled lexicons, loaded the first time the language is met.
    pub fn pack(self) -> &'static LanguagePack {
        static PACKS: [OnceLock<LanguagePack>; 5] = [const { OnceLock::new() }; 5];
        let slot = Lang::ALL
            .iter()
            .position(|l| *l == self)
            .expect("every language is in ALL");
        PACKS[slot].get_or_init(|| LanguagePack::load(self))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// What a lexicon phrase names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CountryForm {
    Name,
    Demonym,
}

/// `LangRules::nominative` for languages whose names do not inflect (English, German, French).
pub fn names_as_written(words: &[&str], _gender: Gender) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

/// The closed word classes and patterns of one language: small lists that are part of its
/// grammar rather than of the world (those are the TSV lexicons). The lists are data, read from
/// the language's `words.tsv` (the class names there are the field names here); the few rules
/// that are code come from its `LangHooks`.
pub struct LangRules {
    /// Month names and stems, lower case, with their number.
    pub months: Vec<(String, u32)>,
    /// Weekday names and stems, lower case; 0 is Monday.
    pub weekdays: Vec<(String, u32)>,
    pub male_pronouns: Words,
    pub female_pronouns: Words,
    /// Abbreviations whose dot does not end a sentence.
    pub abbreviations: Words,
    /// Capitalised words that never begin a person's name (sentence-initial function words).
    pub never_names: Words,
    /// Paragraphs starting with one of these begin page furniture: it and all that follows is
    /// dropped ("Other news", "Read more").
    pub boilerplate_blocks: Words,
    /// Paragraphs starting with one of these are dropped alone ("Source:", "Photo:").
    pub boilerplate_lines: Words,
    /// Paragraph openings that mark a photo caption.
    pub caption_markers: Words,
    /// Day offsets relative to publication ("yesterday" = -1).
    pub relative_days: Vec<(String, i64)>,
    /// Expressions that place a statement in time without giving its day ("last month"):
    /// when present, no publication-date default is applied.
    pub vague_times: Words,
    /// The first words of `relative_days` and `vague_times`: a token that is none of them
    /// starts no such phrase (the date finder asks every token).
    pub date_phrase_heads: rustc_hash::FxHashSet<String>,
    /// "according to" and kin: the speaker follows.
    pub according_to: Words,
    /// Complementizers after a speech verb ("that").
    pub complementizers: Words,
    pub definite_articles: Words,
    pub indefinite_articles: Words,
    /// Words between a country and a title that add nothing ("top", "chief").
    pub title_fillers: Words,
    /// Qualifiers that change a role fact, with their canonical value.
    pub qualifiers: WordMap<String>,
    /// Prepositions linking a title to its organisation or posting ("of", "to").
    pub role_links: Words,
    /// Those of `role_links` that name where the post is held ("of Russia"), not a posting.
    pub of_links: Words,
    /// Prepositions before a place ("in Brussels").
    pub place_prepositions: Words,
    /// Phrases introducing an interview outlet ("in an interview with").
    pub interview_markers: Words,
    /// Verbs whose object is the outlet when it is a known outlet or a capitalised name ("told").
    pub told_verbs: Words,
    /// Prepositions before an event venue ("at", "during").
    pub event_prepositions: Words,
    /// Heads of event phrases ("press conference", "meeting").
    pub event_heads: Words,
    /// Prepositions before a medium ("on" Twitter).
    pub medium_prepositions: Words,
    /// "reported X as saying": the outlet reports the speaker.
    pub as_saying: Words,
    /// Verbs by which an outlet quotes someone, after the quote: «…», — цитує «СпортАрена»
    /// президента клубу Івіцу Піріча; the outlet is where the words were said.
    pub quoting_verbs: Words,
    /// Nouns of saying after a speaker's possessive and "that" ("Merlino's announcement that
    /// …"): the words after them were said.
    pub speech_nouns: Words,
    /// Generic nouns that refer back to a person holding a role ("the diplomat").
    pub role_nouns: WordMap<String>,
    /// Words that put a person's name after them ("Mr", "Frau", "Mme"), lower case, no dot:
    /// a single capitalised word after one is a surname.
    pub personal_honorifics: Words,
    /// The plural of a role phrase ("foreign minister" -> "foreign ministers"), for lists of
    /// people under one title; `None` where the language has no list rule yet.
    pub plural: Option<fn(&str) -> String>,
    /// The country a state body named without one belongs to when the article gives none:
    /// "МИД" in Russian-language news is Russia's. `None` where the language spans many
    /// countries (English, French, German).
    pub home_country: Option<&'static str>,
    /// Whether the home country holds even when the article names other countries: true where
    /// the press names foreign officials with their country as a rule (Ukrainian); false where
    /// other countries share the language (German: Austria, Switzerland; Russian: Belarus,
    /// Kazakhstan, Kyrgyzstan, Latvia, Moldova, Ukraine).
    pub home_despite_other_countries: bool,
    /// "counterpart", "коллега": the person in the same post in another country.
    pub counterpart_words: Words,
    /// "predecessor", "предшественник": the one who held the post before.
    pub predecessor_words: Words,
    /// Participles that open a clause about where words were said ("…, speaking at …").
    pub frame_participles: Words,
    /// Prepositions of a circumstance between a speech verb and words reported without a
    /// complementizer ("sagte bei einem Besuch in Kiew, Polen bleibe …"); empty where the
    /// language always has one.
    pub frame_prepositions: Words,
    /// Words before a complementizer that make it part of a conjunction ("tandis que", "so
    /// that"): no reported words follow.
    pub conjunction_heads: Words,
    /// Negations: "declined to comment", "äußerte sich nicht" report no words.
    pub negations: Words,
    /// Stems of nouns after which a person's name names a thing ("вулиця", "проспект").
    pub thing_nouns: Words,
    /// Endings of surnames, for a single word after a speech verb ("— рассказал Лавров");
    /// empty where a single capitalised word there is as often a place or an outlet.
    pub surname_endings: Words,
    /// Brings an inflected name back to the nominative (identity for English).
    pub nominative: fn(&[&str], Gender) -> Vec<String>,
    /// The key two forms of one surname share (see `LangHooks`).
    pub surname_key: fn(&str) -> String,
    /// The label of a title as written, if it can stand (see `LangHooks`).
    pub title_as_written: fn(&str, &str) -> Option<String>,
    /// Verbs that give a person a post ("appointed", "назначен"): "X was appointed TITLE",
    /// "appointed X as TITLE".
    pub appointment_verbs: Words,
    /// Where one lexicon entry serves both numbers, what makes a title plural before a list of names:
    /// an article before it ("die Minister A und B": German masculine titles keep their form), or
    /// the ending of its first word ("министры A и B"); a word class per pack, entries "article:X",
    /// "ending:X" or "not-ending:X" ("die Ministerin" is one woman).
    pub plural_title_signs: Words,
    /// Nouns for a person by origin ("the Irishman said", "said the Scot"): a description of the person
    /// last spoken of.
    pub demonym_nouns: Words,
    /// Relative pronouns of languages whose relative clauses end in their verb ("Alexander Frei, der
    /// daneben Verwaltungsrat und Nachwuchstrainer ist"): the post stands before the copula.
    pub verb_final_relatives: Words,
    /// A reporter's noun whose outlet follows it ("кореспонденту УНН повідомила", "передает корреспондент
    /// РИА Новости"): the statement was said to that outlet.
    pub correspondent_nouns: Words,
    /// Words of a post's field that stand in capitals after "for" or "of" ("Commissioner for Health",
    /// "Minister of Works and Housing"): a name after a title's field starts after them.
    pub portfolio_words: Words,
    /// Auxiliaries of the passive: a verb of saying after one has its subject as the one spoken to
    /// ("Rohr was asked about the interview", "wurde gefragt"), not the speaker.
    pub passive_auxiliaries: Words,
    /// Capitalised words after a place preposition that name no place ("in Richtung X", "nach Ende
    /// des Krieges"): where nouns take capitals, the place's test must not take them for a town.
    pub not_places: Words,
    /// Verbs by which the subject takes the post of the person after them ("Jon Dale succeeds Mark
    /// Lee as head coach"): the post after "as" is the subject's, and a former one of the object's.
    pub succession_verbs: Words,
    /// Phrases by which a person leaves the post after them, which is then a former one ("resigned
    /// as treasurer", "a démissionné de son poste de").
    pub leaving_phrases: Words,
    /// Participles of `heads_verbs` after an auxiliary: "X, who has led Orvex since 2019," heads it
    /// now.
    pub heads_participles: WordMap<String>,
    /// Where common nouns take capitals (German), endings only they have ("Kommunikation",
    /// "Leitung"): a word of several more letters with one is no name, whatever title stands before it.
    pub common_noun_endings: Words,
    /// Nouns in small letters that describe a body before its name, beyond the organisations' own
    /// nouns (`org_heads`): "Indian Super League team Chennaiyin FC", "le constructeur Renault".
    pub body_descriptors: Words,
    /// Words used in one country of several that share the language, with that country's code: each
    /// places the story there as a place of it named would ("heuer", "Regierungsrat").
    pub setting_words: WordMap<String>,
    /// Spellings of one country's usage (Swiss "grossen", "Strasse" without ß), each word to
    /// its country: they say where the outlet writes, so they count once an article.
    pub setting_spellings: WordMap<String>,
    /// Participles of a verb of saying that follow the clause of their subject ("declined to comment, saying the matter was before the courts", "a réagi, estimant que …", «…, отметив, что …»): the sentence's subject is the speaker, the words follow.
    pub speech_participles: Words,
    /// Abbreviations that open a club's name ("FC St. Gallen", "ФК Ворскла"): the words after one are the club's, not a person's.
    pub club_prefixes: Words,
    /// Words after a club's name that make it one ("Burnley Football Club", "Chennaiyin FC").
    pub club_suffixes: Words,
    /// A company's legal form after its name ("Siemens AG", "Tesco plc"): part of the name a lexicon knows without it.
    pub legal_forms: Words,
    /// Endings of a capitalised noun that describes the organisation whose name follows it ("des Autobauers Volkswagen", "des Chemiekonzerns BASF"): the descriptor is no part of the name.
    pub organisation_descriptor_endings: Words,
    /// Words of a visit or a journey (stems with *): a place named right after one is where someone went ("визит в Москву", "on a visit to Berlin"), not where the story is set.
    pub visit_words: Words,
    /// Event heads a name follows ("dans l'émission Terzake", "in der Sendung Markus Lanz"): the name is part of the venue.
    pub programme_heads: Words,
    /// Qualifiers that, opening a sentence without a hyphen, are an adverb of narration, not part of the title ("Then Quebec City Mayor X stepped to the microphone"; not "then-Mayor X").
    pub narrative_qualifiers: Words,
    /// Active forms of an appointment verb: their subject appoints someone else («Лукашенко назначил посла X председателем»), so the title after them is not the subject's.
    pub appointing_verbs: Words,
    /// A verb of writing that names its medium ("tweeted", "twitterte", "a tweeté"): the medium
    /// is the venue when the frame names none.
    pub medium_verbs: WordMap<String>,
    /// Like according_to, but only where it opens the sentence and the speaker is set off by a
    /// comma ("Pour Marie Dubois, « il faut agir vite »", "Für Scholz ist klar, dass …" is not: no comma).
    pub according_to_opening: Words,
    /// Words that open the question put to a speaker, not the words said ("Auf die Frage, ob …,
    /// antwortete X", "Asked whether …, X said"): such a clause before the verb is no statement.
    pub question_openers: Words,
    /// Articles that may follow a link inside such a name ("de la", "de l'").
    pub name_complement_articles: Words,
    /// Where an organisation's name goes on in small letters after its capitalised head noun
    /// ("l'Association des spécialistes en médecine d'urgence du Québec", "la Fédération québécoise
    /// de football"), the words that link its complements; empty where names are capitalised.
    pub name_complement_links: Words,
    /// Words that may stand between the article and a bare role noun referring back to a
    /// person ("the new chief", "der neue Trainer", "le nouvel entraîneur"), besides qualifiers.
    pub role_noun_adjectives: Words,
    /// Nouns of an appointment before the person and the post ("the appointment of X as chief
    /// executive", "la nomination de X comme directrice générale", «назначение X министром»).
    pub appointment_nouns: Words,
    /// Prepositions between a verb of telling and the outlet told ("a déclaré à l'AFP", "a confié au
    /// Parisien").
    pub told_prepositions: Words,
    /// Prepositions after a speech verb that give what was said as a topic («заявил о готовности
    /// уйти», «заявив про готовність залишити клуб»): the words from the preposition on are the
    /// statement.
    pub speech_topic_prepositions: Words,
    /// Words that open a relative clause after a comma ("…, sagte der Oberösterreicher, der am 17.
    /// Oktober aus dem Amt scheidet"): a date inside tells about the person, not when the words
    /// were said.
    pub relative_clause_openers: Words,
    /// Phrases that name the person last spoken of, with their gender (m, f): "cette dernière",
    /// "the latter", "Letzterer".
    pub latter_phrases: WordMap<String>,
    /// The bodies of a region or city named by the region's adjective, in the genitive, with
    /// their nominative ("голова Харківської обласної державної адміністрації", "депутат Рижской
    /// думы"): the body, not the region, holds the post.
    pub region_bodies: WordMap<String>,
    /// A national team named by its noun and its country ("тренер сборной Украины", "тренер
    /// збірної України"): the noun as written, with its nominative; the team is where the post is held.
    pub team_nouns: WordMap<String>,
    /// Endings of compound nouns that name a body ("Landespolizeidirektion", "Bundesamt",
    /// "Universitätsspital"): after a name particle such a word is an organisation's name, not the
    /// rest of a person's ("Thomas Keller von der Landespolizeidirektion").
    pub org_head_endings: Words,
    /// The countries (ISO codes, lower case) whose regional heads of government the language
    /// calls by the words of `regional_premier_titles`.
    pub regional_premier_countries: Words,
    /// Titles as written that name a regional head of government in the countries of
    /// `regional_premier_countries` and the prime minister elsewhere ("Premier Daniel Andrews" in a
    /// story set in Victoria; "Premier Giorgia Meloni"): the written title and the regional role.
    pub regional_premier_titles: WordMap<String>,
    /// "la députée écologiste X", "le sénateur socialiste X": an adjective after a title that names
    /// the holder's party (value: the organisation's key). Only where the adjective means one party in
    /// the language's own country's news.
    pub party_adjectives: WordMap<String>,
    /// "Olaf Scholz zufolge ist der Haushalt solide": a word after the speaker's name that makes
    /// the rest of the clause the speaker's words.
    pub according_to_after: Words,
    /// "Wie Scholz am Montag sagte, …", "As Biden said, …": a word that opens a clause naming the
    /// speaker and the speech verb, the words said following its comma.
    pub as_clause_openers: Words,
    /// Titles that close a compound written as one word ("Festspielintendant", "Nachwuchstrainer"):
    /// a capitalised word no lexicon knows that ends in one is that title.
    pub compound_title_heads: Words,
    /// Titles with a fixed first and last word and a field in capitals between ("Chief
    /// Airport and Customer Experience Officer"): "first last" -> role key.
    pub open_title_frames: WordMap<String>,
    /// Speech verbs whose particle goes to the end of the clause (German "gab am Montag bekannt, dass"):
    /// the verb as written, and its particle(s) separated by |. The verb, the words between and the
    /// particle are one speech verb.
    pub separable_speech_verbs: WordMap<String>,
    /// After a name, a comma and a relative pronoun, the verbs that give the post held ("Mia Holm, who
    /// serves as finance director", «X, который является главой …»).
    pub relative_role_verbs: Words,
    /// Endings of words that describe a person by age ("the 45-year-old", "der 56-Jährige"): after a
    /// definite article and a speech verb, the person last spoken of.
    pub descriptor_endings: Words,
    /// Pronouns that open the clause said when "that" is left out ("said it had to be
    /// established …"): no addressee or circumstance stands before a later "that".
    pub clause_subjects: Words,
    /// Honorifics that say their bearer's gender ("Mme", "Frau", "Mr"): f or m. An honorific before a
    /// name outweighs what the given name suggests ("Mme Yannick Lintz").
    pub honorific_genders: WordMap<String>,
    /// Nouns that name the state itself after a title ("le président de la République"): the
    /// article's country, not an organisation called so.
    pub state_nouns: Words,
    /// Adverbs of time that may open an apposition before its title ("Marcel Koller, zuletzt
    /// Nationaltrainer Österreichs,", "Régis Labeaume, alors maire de Québec").
    pub apposition_adverbs: Words,
    /// Endings of a noun in the genitive: a title after another narrows it only in that case
    /// ("пресс-секретарь президента"; "министром директор театра" is two phrases).
    pub genitive_endings: Words,
    /// Verbs that give the post a person holds, before the title ("X is the new chief executive",
    /// "Wirtz sera le bourgmestre", "Kilian wird neuer Personalvorstand", «X является главой»).
    pub copulas: Words,
    /// Copulas of a plural subject before a list of names: "The three commissioners who kept
    /// their jobs are A, B and C", "Die neuen Minister sind A und B".
    pub plural_copulas: Words,
    /// Words that put a post in charge of a field after its title ("ministre en charge de la
    /// Communication", "la ministre chargée de la Santé", "the minister in charge of finance"):
    /// the field that follows, up to a comma or a name, narrows the title.
    pub charge_links: Words,
    /// Determiners that make the verb form after them a noun ("à la demande", "the claim"):
    /// articles that are never relative pronouns (German "der" is one, so German has none).
    pub noun_determiners: Words,
    /// A verb of saying and the word after it that make it no verb of saying ("continues to",
    /// "added to"), each pair written with one space.
    pub speech_non_uses: Words,
    /// Articles of the one the words were said to, right after an inverted pronoun speaker
    /// ("…, sagte er der Deutschen Presse-Agentur").
    pub recipient_articles: Words,
    /// Words standing for the clause said, between its comma and the verb of saying after it
    /// ("…, об этом сообщил X", "…, такое мнение выразил X").
    pub said_anaphors: Words,
    /// First parts of a hyphenated title that narrow it and name no body ("Interims-Chef",
    /// "Co-Präsident", "Team-Manager").
    pub compound_title_modifiers: Words,
    /// Genitive endings of a one-word name in quotes after a title, with what the nominative
    /// ends in instead («генеральный директор «Уфы»» is Уфа, «тренер «Спартака»» Спартак).
    pub quoted_name_genitives: WordMap<String>,
    /// Possessives that only a body takes, not a person ("its", "their", « leur »): a post after
    /// one is the body's the sentence named last.
    pub body_possessives: Words,
    /// Prefixes that make a title national by its own words ("Bundespräsident",
    /// "Bundeskanzlerin"): such a president is the country's, not a club's or a firm's.
    pub national_prefixes: Words,
    /// Head nouns of organisations' names, as they follow a title in this language ("chairman of the
    /// Nottinghamshire police authority", «директор театра Вахтангова», "Trainer des FC Basel"): where
    /// one stands, the name around it is an organisation's, not a place's or a person's. Stems with *.
    pub org_heads: Words,
    /// Endings of a speech verb that carry its subject pronoun ("dit-il", "a-t-elle", "mentionne-t-il"),
    /// with the pronoun's gender (m, f).
    pub incise_pronouns: WordMap<String>,
    /// "according to him", «по его словам», "selon lui", "ihm zufolge": the words are a pronoun's, whose
    /// gender the value gives (m, f).
    pub according_to_pronouns: WordMap<String>,
    /// Finite verbs in the mood of reported speech (German Konjunktiv I): a sentence with one and no
    /// speech verb goes on with what the last speaker said.
    pub reported_mood_verbs: Words,
    /// Openings of a sentence that only attributes the words before it ("Das sagte X", «Об этом
    /// заявил X», «Про це заявив X», "C'est ce qu'a déclaré X").
    pub anaphors: Words,
    /// Paragraph openings of page metadata ("Published: 5 January 2022"): not part of the article, but
    /// read for the publication date.
    pub metadata_lines: Words,
    /// Words that introduce the post someone is given ("appointed KP Sharma Oli as Prime Minister").
    pub role_markers: Words,
    /// A qualifier's word in this language, by its canonical value ("former" is "бывший").
    pub qualifier_labels: WordMap<String>,
    /// A qualifier's word before a woman's title ("frühere Managerin", «колишня міністерка»),
    /// where it agrees: the title's first word ends in one of `feminine_title_endings`.
    pub feminine_qualifier_labels: WordMap<String>,
    pub feminine_title_endings: Words,
    /// Words that stand for a title without being one ("premier", "boss", "top diplomat"): a title
    /// written with one is shown by its canonical name.
    pub title_bywords: Words,
    /// The phrase of taking an office by oath ("sworn in as acting president").
    pub swearing_in: Words,
    /// Auxiliaries before an appointment verb ("X was appointed", "has been named").
    pub auxiliaries: Words,
    /// Auxiliaries of a perfect tense that may stand between a subject and its verb of saying
    /// ("Er habe stets gesagt, …", "He has said …").
    pub perfect_auxiliaries: Words,
    /// Words between an appointment verb and the title ("appointed X as the new …", "назначен на
    /// должность").
    pub appointment_fillers: Words,
    /// Relative pronouns after a person ("Olayemi Cardoso, who heads …").
    pub relative_pronouns: Words,
    /// "X, who heads Y": verbs that name a post by what it does, and the role key they give.
    pub heads_verbs: WordMap<String>,
    /// Particles joined to a name by a hyphen or an apostrophe ("al-Burhan", "d'Estaing").
    pub joined_particles: Words,
    /// Particles inside names ("von der Leyen", "bin Salman").
    pub name_particles: Words,
    /// Particles that after a given name and a surname are prepositions ("Adrian Hasler von
    /// Erbprinz Alois", "Anna Weber von Greenpeace"), not a third part of the name.
    pub preposition_particles: Words,
    /// Endings of a region's adjective in the genitive, with the nominative ending, tried in order.
    pub region_adjective_endings: WordMap<String>,
    /// Nouns of a region a title is held in, in the genitive, with their nominative ("губернатор
    /// Свердловской области").
    pub region_nouns: WordMap<String>,
    /// The noun that names a town before its name ("la ville de Sherbrooke", "the city of
    /// Leeds", "Gemeinde Arnoldstein"): a place no gazetteer needs to know.
    pub town_nouns: Words,
    /// A town's own body after its name, in capitals ("Leigh-on-Sea Town Council", "St Mary
    /// Municipal Corporation"): its local posts are held in that body.
    pub town_bodies: Words,
    /// "seit", "depuis": a time phrase after a copula ("ist seit dem vergangenen Jahr
    /// stellvertretende CEO", "est depuis 2014 maire de …"), ended by a year or a word of
    /// `period_nouns`.
    pub since_prepositions: Words,
    /// The noun of a court ("court", "tribunal", "суд"; where nouns are capitalised, the end of
    /// a compound: "Landgericht"): a judge's post is held in the court the article names.
    pub court_nouns: WordMap<String>,
    pub court_adjective_endings: WordMap<String>,
    pub bare_fields: Words,
    /// Those of `role_links` that name the body a post is held at, not a posting ("spokesman at
    /// the Interior Ministry", "Sprecher bei der Kantonspolizei Bern", "beim Bundesamt").
    pub at_links: Words,
    /// Numbers written as words, with their value ("quatre", "zwei", "троє"): "quatre conseillers
    /// municipaux … . A, B, C et D …" names as many as it counts.
    pub number_words: WordMap<String>,
    pub period_nouns: Words,
    /// Prepositions of a complement that narrows an advisory title ("adviser on foreign policy").
    pub topic_prepositions: Words,
    /// Words joined to a title by a hyphen that qualify it ("Minister-designate", "President-elect").
    pub post_qualifiers: WordMap<String>,
    /// Prepositions naming the body a post is accredited to ("представитель России при ООН").
    pub accreditation_prepositions: Words,
    /// Endings of ordinals written with digits ("24th prime minister"): they count holders, they
    /// are not the title.
    pub ordinal_suffixes: Words,
    /// Ranks and honorifics that may stand between a title and a name ("Foreign Minister Dr AK Abdul
    /// Momen", "Chief of Army Staff General Syed Asim Munir").
    pub ranks: Words,
    /// Nouns joined to a platform's name by a hyphen ("Telegram-канал", "YouTube-каналі").
    pub platform_nouns: Words,
    /// Prepositions before a building named by its institution ("at the Interior Ministry").
    pub building_prepositions: Words,
    /// Prepositions of an event's short complement ("meeting with X", "rally at Y").
    pub event_complement_links: Words,
    /// Possessives before a venue that are not part of its name ("his inauguration", "в своём
    /// Telegram-канале").
    pub possessives: Words,
    /// Verbs with which an outlet carries a statement ("…, ANI reported", "сообщает ТАСС").
    pub carried_verbs: Words,
    /// Words that end the name of a programme an outlet owns ("told CBS's Face the Nation on Sunday").
    pub owned_name_stops: Words,
    /// Nouns that may follow an outlet's name in a venue ("France Inter radio", "Facebook page").
    pub medium_nouns: Words,
    /// Words that cannot stand inside the description of an event before its head noun.
    pub event_breaks: Words,
    /// Audiences that are not venues: "told reporters", "заявил журналистам".
    pub audiences: Words,
    /// Small words inside a venue's name between capitalised ones ("Face the Nation", "Welt am
    /// Sonntag").
    pub name_inner_words: Words,
    /// Words that end a venue's name ("told Reuters on Monday", "в интервью ТАСС после").
    pub venue_stops: Words,
    /// Endings cut from a title's head word to find the stem its cases share ("министр", "посолка" keep
    /// theirs; "глава" → "глав").
    pub title_stem_endings: Words,
    /// Case endings a title takes beside a name in another case ("министра", "послом").
    pub case_endings: Words,
    /// Endings of a verb in the past: a name before one is its subject, in the nominative.
    pub past_tense_endings: Words,
    /// Endings of a verb in the past agreeing with a man ("заявил", "заявив").
    pub past_male_endings: Words,
    /// Endings of a verb in the past agreeing with a woman ("заявила"), where verbs agree in gender.
    pub past_female_endings: Words,
    /// Prepositions after which a name is not the subject ("met with X", "встретился с X"): a
    /// pronoun refers to a subject first.
    pub oblique_prepositions: Words,
    /// Conjunctions that open a second speaker's clause inside a sentence ("X said …, while Y
    /// said …").
    pub contrast_conjunctions: Words,
    /// Names and titles decline (Russian, Ukrainian): a name is brought back to the nominative,
    /// a subject is a name in the nominative, a verb in the past agrees with its subject's gender,
    /// and a title or event takes its organisation after it in the genitive
    /// ("министр иностранных дел России", "заседание Совбеза ООН").
    pub names_decline: bool,
    /// The demonym stands inside a title ("le ministre russe des Affaires étrangères").
    pub demonym_inside_title: bool,
    /// Whether an article after a verb of saying marks its addressee ("sagte der „Welt“", "sagte
    /// dem Deutschlandfunk"): where it does not, "said the BBC had …" opens the words said.
    pub addressee_article_after_verb: bool,
    /// A country's name in the genitive may follow a title without a preposition, where names
    /// themselves do not decline ("Nationaltrainer Österreichs", "Präsident Frankreichs").
    pub country_genitive_after_title: bool,
    /// Reported words without a complementizer follow the speech verb after a comma or a colon
    /// ("erklärte, die Preise seien gesunken"); without one, what follows is the verb's object
    /// ("kritisierte den Entwurf"). English has no such comma ("said the economy grew").
    pub reported_clause_needs_comma: bool,
    /// After "told" and its addressee the words may follow without "that" ("told reporters the
    /// plan would take two years", "told the BBC the man had been arrested"): a clause is
    /// recognised by its subject and an auxiliary soon after.
    pub told_clause_without_complementizer: bool,
    /// Whether a speaker after the verb may have the words after them ("заявил X, что …",
    /// "sagte X, dass …"); where the subject stands before the verb (English, French) a name
    /// after it is its object ("accused Prime Minister X of …").
    pub speaker_after_verb_before_words: bool,
    /// Common nouns are written with a capital (German): a run of capitalised words may open
    /// with one ("Sport-Boss Jörg Schmadtke", "Vorgänger Rice Powell"), and the person's name
    /// starts at the given name inside the run.
    pub nouns_capitalised: bool,
    /// Prepositions before a date right after a speech verb ("vowed on Tuesday to …").
    pub date_prepositions: Words,
    /// "and": after "told X …", "and that" opens a second clause, not the words said.
    pub coordinators: Words,
    /// Words that open an adjunct of time, place or manner after a speech verb ("said on Monday",
    /// "said during a visit"), not the clause of what was said.
    pub adjunct_starts: Words,
    /// Words that open another speaker's clause after a quote ("…, while X said"), not an attribution.
    pub clause_openers: Words,
    /// Words for those who speak for someone else ("aide", "spokesman", "porte-parole"): before an
    /// agent preposition, they speak, not the person named after it.
    pub spokesperson_words: Words,
    /// Prepositions between a speaker's title and the person they speak for ("a spokesperson for X").
    pub agent_prepositions: Words,
    /// Words with an adverb's ending that are not adverbs ("ally", "rally").
    pub not_adverbs: Words,
    /// Endings of adverbs that may stand there too ("-ly": "Lavrov reportedly said").
    pub adverb_endings: Words,
    /// Adverbs and auxiliaries that may stand between a speaker and the speech verb ("Lavrov
    /// also said", "Лавров также заявил").
    pub between_speaker_and_verb: Words,
}

/// The rules of a language that are code, not word lists.
pub struct LangHooks {
    /// The plural of a role phrase ("foreign minister" -> "foreign ministers"), for lists of
    /// people under one title; `None` where the language has no list rule yet.
    pub plural: Option<fn(&str) -> String>,
    /// Brings an inflected name back to the nominative (identity for English).
    pub nominative: fn(&[&str], Gender) -> Vec<String>,
    /// The key two forms of one surname share ("Лаврову" and "Лавров").
    pub surname_key: fn(&str) -> String,
    /// The label of a role as the article writes its title, when the written form can stand
    /// (`None`: the canonical title names the role). Given the title as written and the role's
    /// canonical label in this language.
    pub title_as_written: fn(&str, &str) -> Option<String>,
}

/// `LangHooks::surname_key` for languages whose names do not inflect: the word in lower case.
pub fn surname_as_written(word: &str) -> String {
    word.to_lowercase()
}

impl LangRules {
    /// An adverb by its ending ("reportedly"; not "ally", "rally"), or one of the words that
    /// may stand between a speaker and the verb ("also", «также»).
    pub fn is_adverb(&self, word: &str) -> bool {
        let by_ending = word.chars().count() >= 5
            && self.adverb_endings.iter().any(|e| word.ends_with(e))
            && !self.not_adverbs.contains(word);
        by_ending || self.between_speaker_and_verb.contains(word)
    }

    /// The rules of a language from its `words.tsv` and its hooks.
    pub fn load(words: &str, hooks: &LangHooks) -> LangRules {
        let f = words::WordFile::parse(words);
        LangRules {
            months: f.numbers("months"),
            weekdays: f.numbers("weekdays"),
            male_pronouns: f.words("male_pronouns"),
            female_pronouns: f.words("female_pronouns"),
            abbreviations: f.words("abbreviations"),
            never_names: f.words("never_names"),
            boilerplate_blocks: f.words("boilerplate_blocks"),
            boilerplate_lines: f.words("boilerplate_lines"),
            caption_markers: f.words("caption_markers"),
            relative_days: f.numbers("relative_days"),
            vague_times: f.words("vague_times"),
            date_phrase_heads: {
                let relative: Vec<(String, i64)> = f.numbers("relative_days");
                let vague = f.words("vague_times");
                relative
                    .iter()
                    .map(|(p, _)| p.as_str())
                    .chain(vague.iter())
                    .filter_map(|p| p.split(' ').next())
                    .map(str::to_string)
                    .collect()
            },
            according_to: f.words("according_to"),
            complementizers: f.words("complementizers"),
            definite_articles: f.words("definite_articles"),
            indefinite_articles: f.words("indefinite_articles"),
            title_fillers: f.words("title_fillers"),
            qualifiers: f.text_map("qualifiers"),
            role_links: f.words("role_links"),
            of_links: f.words("of_links"),
            place_prepositions: f.words("place_prepositions"),
            interview_markers: f.words("interview_markers"),
            told_verbs: f.words("told_verbs"),
            event_prepositions: f.words("event_prepositions"),
            event_heads: f.words("event_heads"),
            medium_prepositions: f.words("medium_prepositions"),
            as_saying: f.words("as_saying"),
            quoting_verbs: f.words("quoting_verbs"),
            speech_nouns: f.words("speech_nouns"),
            role_nouns: f.text_map("role_nouns"),
            personal_honorifics: f.words("personal_honorifics"),
            plural: hooks.plural,
            // Read once per language for the life of the process: packs are never unloaded.
            home_country: f
                .setting("home_country")
                .map(|c| &*Box::leak(c.to_string().into_boxed_str())),
            home_despite_other_countries: f.setting("home_despite_other_countries") == Some("true"),
            counterpart_words: f.words("counterpart_words"),
            predecessor_words: f.words("predecessor_words"),
            frame_participles: f.words("frame_participles"),
            frame_prepositions: f.words("frame_prepositions"),
            conjunction_heads: f.words("conjunction_heads"),
            negations: f.words("negations"),
            thing_nouns: f.words("thing_nouns"),
            surname_endings: f.words("surname_endings"),
            nominative: hooks.nominative,
            surname_key: hooks.surname_key,
            title_as_written: hooks.title_as_written,
            appointment_verbs: f.words("appointment_verbs"),
            plural_title_signs: f.words("plural_title_signs"),
            demonym_nouns: f.words("demonym_nouns"),
            verb_final_relatives: f.words("verb_final_relatives"),
            correspondent_nouns: f.words("correspondent_nouns"),
            portfolio_words: f.words("portfolio_words"),
            passive_auxiliaries: f.words("passive_auxiliaries"),
            not_places: f.words("not_places"),
            succession_verbs: f.words("succession_verbs"),
            leaving_phrases: f.words("leaving_phrases"),
            heads_participles: f.text_map("heads_participles"),
            common_noun_endings: f.words("common_noun_endings"),
            body_descriptors: f.words("body_descriptors"),
            setting_words: f.text_map("setting_words"),
            setting_spellings: f.text_map("setting_spellings"),
            speech_participles: f.words("speech_participles"),
            club_prefixes: f.words("club_prefixes"),
            club_suffixes: f.words("club_suffixes"),
            legal_forms: f.words("legal_forms"),
            organisation_descriptor_endings: f.words("organisation_descriptor_endings"),
            visit_words: f.words("visit_words"),
            programme_heads: f.words("programme_heads"),
            narrative_qualifiers: f.words("narrative_qualifiers"),
            appointing_verbs: f.words("appointing_verbs"),
            medium_verbs: f.text_map("medium_verbs"),
            according_to_opening: f.words("according_to_opening"),
            question_openers: f.words("question_openers"),
            name_complement_articles: f.words("name_complement_articles"),
            name_complement_links: f.words("name_complement_links"),
            role_noun_adjectives: f.words("role_noun_adjectives"),
            appointment_nouns: f.words("appointment_nouns"),
            told_prepositions: f.words("told_prepositions"),
            speech_topic_prepositions: f.words("speech_topic_prepositions"),
            relative_clause_openers: f.words("relative_clause_openers"),
            latter_phrases: f.text_map("latter_phrases"),
            region_bodies: f.text_map("region_bodies"),
            team_nouns: f.text_map("team_nouns"),
            org_head_endings: f.words("org_head_endings"),
            regional_premier_countries: f.words("regional_premier_countries"),
            regional_premier_titles: f.text_map("regional_premier_titles"),
            party_adjectives: f.text_map("party_adjectives"),
            according_to_after: f.words("according_to_after"),
            as_clause_openers: f.words("as_clause_openers"),
            compound_title_heads: f.words("compound_title_heads"),
            open_title_frames: f.text_map("open_title_frames"),
            separable_speech_verbs: f.text_map("separable_speech_verbs"),
            relative_role_verbs: f.words("relative_role_verbs"),
            descriptor_endings: f.words("descriptor_endings"),
            clause_subjects: f.words("clause_subjects"),
            honorific_genders: f.text_map("honorific_genders"),
            state_nouns: f.words("state_nouns"),
            apposition_adverbs: f.words("apposition_adverbs"),
            genitive_endings: f.words("genitive_endings"),
            copulas: f.words("copulas"),
            plural_copulas: f.words("plural_copulas"),
            charge_links: f.words("charge_links"),
            noun_determiners: f.words("noun_determiners"),
            speech_non_uses: f.words("speech_non_uses"),
            recipient_articles: f.words("recipient_articles"),
            said_anaphors: f.words("said_anaphors"),
            compound_title_modifiers: f.words("compound_title_modifiers"),
            quoted_name_genitives: f.text_map("quoted_name_genitives"),
            body_possessives: f.words("body_possessives"),
            national_prefixes: f.words("national_prefixes"),
            org_heads: f.words("org_heads"),
            incise_pronouns: f.text_map("incise_pronouns"),
            according_to_pronouns: f.text_map("according_to_pronouns"),
            reported_mood_verbs: f.words("reported_mood_verbs"),
            anaphors: f.words("anaphors"),
            metadata_lines: f.words("metadata_lines"),
            role_markers: f.words("role_markers"),
            qualifier_labels: f.text_map("qualifier_labels"),
            feminine_qualifier_labels: f.text_map("feminine_qualifier_labels"),
            feminine_title_endings: f.words("feminine_title_endings"),
            title_bywords: f.words("title_bywords"),
            swearing_in: f.words("swearing_in"),
            auxiliaries: f.words("auxiliaries"),
            perfect_auxiliaries: f.words("perfect_auxiliaries"),
            appointment_fillers: f.words("appointment_fillers"),
            relative_pronouns: f.words("relative_pronouns"),
            heads_verbs: f.text_map("heads_verbs"),
            joined_particles: f.words("joined_particles"),
            name_particles: f.words("name_particles"),
            preposition_particles: f.words("preposition_particles"),
            region_adjective_endings: f.text_map("region_adjective_endings"),
            region_nouns: f.text_map("region_nouns"),
            town_nouns: f.words("town_nouns"),
            town_bodies: f.words("town_bodies"),
            since_prepositions: f.words("since_prepositions"),
            court_nouns: f.text_map("court_nouns"),
            court_adjective_endings: f.text_map("court_adjective_endings"),
            bare_fields: f.words("bare_fields"),
            at_links: f.words("at_links"),
            number_words: f.text_map("number_words"),
            period_nouns: f.words("period_nouns"),
            topic_prepositions: f.words("topic_prepositions"),
            post_qualifiers: f.text_map("post_qualifiers"),
            accreditation_prepositions: f.words("accreditation_prepositions"),
            ordinal_suffixes: f.words("ordinal_suffixes"),
            ranks: f.words("ranks"),
            platform_nouns: f.words("platform_nouns"),
            building_prepositions: f.words("building_prepositions"),
            event_complement_links: f.words("event_complement_links"),
            possessives: f.words("possessives"),
            carried_verbs: f.words("carried_verbs"),
            owned_name_stops: f.words("owned_name_stops"),
            medium_nouns: f.words("medium_nouns"),
            event_breaks: f.words("event_breaks"),
            audiences: f.words("audiences"),
            name_inner_words: f.words("name_inner_words"),
            venue_stops: f.words("venue_stops"),
            title_stem_endings: f.words("title_stem_endings"),
            case_endings: f.words("case_endings"),
            past_tense_endings: f.words("past_tense_endings"),
            past_male_endings: f.words("past_male_endings"),
            past_female_endings: f.words("past_female_endings"),
            oblique_prepositions: f.words("oblique_prepositions"),
            contrast_conjunctions: f.words("contrast_conjunctions"),
            names_decline: f.setting("names_decline") == Some("true"),
            demonym_inside_title: f.setting("demonym_inside_title") == Some("true"),
            addressee_article_after_verb: f.setting("addressee_article_after_verb") == Some("true"),
            country_genitive_after_title: f.setting("country_genitive_after_title") == Some("true"),
            reported_clause_needs_comma: f.setting("reported_clause_needs_comma") == Some("true"),
            told_clause_without_complementizer: f.setting("told_clause_without_complementizer") == Some("true"),
            speaker_after_verb_before_words: f.setting("speaker_after_verb_before_words") != Some("false"),
            nouns_capitalised: f.setting("nouns_capitalised") == Some("true"),
            date_prepositions: f.words("date_prepositions"),
            coordinators: f.words("coordinators"),
            adjunct_starts: f.words("adjunct_starts"),
            clause_openers: f.words("clause_openers"),
            spokesperson_words: f.words("spokesperson_words"),
            agent_prepositions: f.words("agent_prepositions"),
            not_adverbs: f.words("not_adverbs"),
            adverb_endings: f.words("adverb_endings"),
            between_speaker_and_verb: f.words("between_speaker_and_verb"),
        }
    }
}

/// The lexicons of one language, compiled for matching.
pub struct LanguagePack {
    pub lang: Lang,
    pub countries: PhraseSet<(String, CountryForm)>,
    /// Regions and cities below the country ("NSW", "Bayerns", «Свердловской области»), with
    /// their adjectives as demonyms ("Victorian", "Tiroler").
    pub regions: PhraseSet<(String, CountryForm)>,
    pub organisations: PhraseSet<String>,
    pub roles: PhraseSet<String>,
    /// The role phrases in the plural ("foreign ministers"), where the language has a list rule.
    pub plural_roles: PhraseSet<String>,
    pub speech_verbs: PhraseSet<String>,
    pub outlets: PhraseSet<String>,
    /// Where a phrase of any of the sets above may begin.
    pub phrase_starts: crate::lexicon::PhraseStarts,
    pub given_names: HashMap<String, Gender>,
    pub rules: LangRules,
}

/// The raw data files of one language.
pub struct LangData {
    pub countries: &'static str,
    pub organisations: &'static str,
    pub roles: &'static str,
    pub speech_verbs: &'static str,
    pub outlets: &'static str,
    pub given_names: &'static str,
    pub words: &'static str,
    pub regions: &'static str,
}

impl LanguagePack {
    /// The gender of a given name the pack knows, in any case the language declines it to.
    pub fn given_name(&self, word: &str) -> Option<Gender> {
        // ("В’ячеслав", "Вʼячеслав": the lists spell the apostrophe as the tokens' lower case
        // does, ' .)
        let lower = word.to_lowercase().replace(['’', 'ʼ'], "'");
        if let Some(g) = self.given_names.get(&lower) {
            return Some(*g);
        }
        if self.rules.names_decline {
            let nom = (self.rules.nominative)(&[word], Gender::Unknown);
            return self.given_names.get(&nom[0].to_lowercase()).copied();
        }
        None
    }

    fn load(lang: Lang) -> LanguagePack {
        let (data, hooks) = match lang {
            Lang::En => (&en::DATA, &en::HOOKS),
            Lang::Ru => (&ru::DATA, &ru::HOOKS),
            Lang::Uk => (&uk::DATA, &uk::HOOKS),
            Lang::De => (&de::DATA, &de::HOOKS),
            Lang::Fr => (&fr::DATA, &fr::HOOKS),
        };
        let rules = LangRules::load(data.words, hooks);
        let mut countries = PhraseSet::default();
        for row in tsv_rows(data.countries) {
            let code = row[0].to_string();
            for name in values(row.get(1)) {
                countries.insert(name, (code.clone(), CountryForm::Name));
            }
            for demonym in values(row.get(2)) {
                countries.insert(demonym, (code.clone(), CountryForm::Demonym));
                // ("Many Singaporeans have called for …": the people, in the plural.)
                if let Some(plural) = rules.plural {
                    countries.insert(&plural(demonym), (code.clone(), CountryForm::Demonym));
                }
            }
        }
        let mut regions = PhraseSet::default();
        for row in tsv_rows(data.regions) {
            if let Some(key) = row.get(1) {
                let form = if row.get(2) == Some(&"demonym") {
                    CountryForm::Demonym
                } else {
                    CountryForm::Name
                };
                regions.insert(row[0], (key.to_string(), form));
            }
        }
        let keyed = |file: &str| {
            let mut set = PhraseSet::default();
            for row in tsv_rows(file) {
                if let Some(value) = row.get(1) {
                    set.insert(row[0], value.to_string());
                }
            }
            set
        };
        let given_names = tsv_rows(data.given_names)
            .map(|row| {
                let gender = match row.get(1).copied() {
                    Some("m") => Gender::Male,
                    Some("f") => Gender::Female,
                    _ => Gender::Unknown,
                };
                (row[0].to_lowercase(), gender)
            })
            .collect();
        let mut plural_roles = PhraseSet::default();
        if let Some(plural) = rules.plural {
            for row in tsv_rows(data.roles) {
                if let Some(key) = row.get(1) {
                    plural_roles.insert(&plural(row[0]), key.to_string());
                }
            }
        }
        let mut pack = LanguagePack {
            lang,
            countries,
            regions,
            organisations: keyed(data.organisations),
            roles: keyed(data.roles),
            plural_roles,
            speech_verbs: keyed(data.speech_verbs),
            outlets: keyed(data.outlets),
            phrase_starts: Default::default(),
            given_names,
            rules,
        };
        let mut starts = crate::lexicon::PhraseStarts::default();
        for set in [
            &pack.roles,
            &pack.plural_roles,
            &pack.organisations,
            &pack.outlets,
            &pack.speech_verbs,
        ] {
            set.add_starts_to(&mut starts);
        }
        pack.countries.add_starts_to(&mut starts);
        pack.regions.add_starts_to(&mut starts);
        pack.phrase_starts = starts;
        pack
    }
}

/// Language-independent reference data: countries, organisations and roles by key.
pub struct World {
    /// Dateline cities (upper case) and their country codes ("-" for diplomatic hubs).
    pub places: HashMap<String, String>,
    pub countries: HashMap<String, Entry>,
    pub organisations: HashMap<String, Entry>,
    pub roles: HashMap<String, Entry>,
    /// Regions and cities by key: their kind, country and names.
    pub regions: HashMap<String, Entry>,
    /// The first-level region each city lies in (city-regions.tsv), by key.
    pub city_regions: HashMap<String, String>,
}

/// One country, organisation or role, with its labels per language.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    pub key: String,
    pub wikidata: Option<String>,
    pub labels: Vec<(Lang, String)>,
    /// Organisations: their kind. Roles: their category.
    pub kind: String,
    /// Organisations: the country a national body belongs to ("*" = from context).
    /// Roles: the country a title implies when none is named ("Secretary of State" -> US).
    pub country: Option<String>,
}

impl Entry {
    pub fn label(&self, lang: Lang) -> &str {
        self.labels
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| self.labels.iter().find(|(l, _)| *l == Lang::En))
            .map_or(self.key.as_str(), |(_, s)| s.as_str())
    }
}

impl World {
    pub fn get() -> &'static World {
        static WORLD: OnceLock<World> = OnceLock::new();
        WORLD.get_or_init(World::load)
    }

    /// The country a dateline city is in; `None` for unknown places and diplomatic hubs.
    pub fn place_country(&self, place: &str) -> Option<&str> {
        self.places
            .get(&place.to_uppercase())
            .map(String::as_str)
            .filter(|c| *c != "-")
    }

    fn load() -> World {
        let nonempty = |s: Option<&&str>| s.filter(|s| !s.is_empty()).map(|s| s.to_string());
        let labels = |row: &[&str], from: usize, langs: &[Lang]| {
            langs
                .iter()
                .enumerate()
                .filter_map(|(k, l)| nonempty(row.get(from + k)).map(|s| (*l, s)))
                .collect::<Vec<_>>()
        };
        // countries.tsv: code, wikidata, en, ru, uk, de, fr
        let countries = tsv_rows(include_str!("countries.tsv"))
            .map(|r| {
                let e = Entry {
                    key: r[0].to_string(),
                    wikidata: nonempty(r.get(1)),
                    labels: labels(&r, 2, &[Lang::En, Lang::Ru, Lang::Uk, Lang::De, Lang::Fr]),
                    kind: "country".into(),
                    country: Some(r[0].to_string()),
                };
                (e.key.clone(), e)
            })
            .collect();
        // organisations.tsv: key, kind, country, wikidata, en, ru
        let organisations = tsv_rows(include_str!("organisations.tsv"))
            .map(|r| {
                let e = Entry {
                    key: r[0].to_string(),
                    kind: r.get(1).unwrap_or(&"").to_string(),
                    country: nonempty(r.get(2)),
                    wikidata: nonempty(r.get(3)),
                    labels: labels(&r, 4, &[Lang::En, Lang::Ru]),
                };
                (e.key.clone(), e)
            })
            .collect();
        // roles.tsv: key, category, default_org, en, ru
        let roles = tsv_rows(include_str!("roles.tsv"))
            .map(|r| {
                let e = Entry {
                    key: r[0].to_string(),
                    kind: r.get(1).unwrap_or(&"").to_string(),
                    country: nonempty(r.get(2)),
                    wikidata: None,
                    labels: labels(&r, 3, &[Lang::En, Lang::Ru]),
                };
                (e.key.clone(), e)
            })
            .collect();
        let (mut organisations, mut roles): (HashMap<String, Entry>, HashMap<String, Entry>) = (organisations, roles);
        // Labels of the languages added later live beside their lexicons.
        for (lang, role_labels, organisation_labels) in [
            (
                Lang::Uk,
                include_str!("uk/role-labels.tsv"),
                include_str!("uk/organisation-labels.tsv"),
            ),
            (
                Lang::De,
                include_str!("de/role-labels.tsv"),
                include_str!("de/organisation-labels.tsv"),
            ),
            (
                Lang::Fr,
                include_str!("fr/role-labels.tsv"),
                include_str!("fr/organisation-labels.tsv"),
            ),
        ] {
            for (file, table) in [(role_labels, &mut roles), (organisation_labels, &mut organisations)] {
                for r in tsv_rows(file) {
                    if let (Some(entry), Some(label)) = (table.get_mut(r[0]), r.get(1).filter(|l| !l.is_empty())) {
                        entry.labels.push((lang, label.to_string()));
                    }
                }
            }
        }
        // regions.tsv: key, country, kind, wikidata, en, ru, uk, de, fr
        let regions = tsv_rows(include_str!("regions.tsv"))
            .map(|r| {
                let e = Entry {
                    key: r[0].to_string(),
                    country: nonempty(r.get(1)),
                    kind: r.get(2).unwrap_or(&"").to_string(),
                    wikidata: nonempty(r.get(3)),
                    labels: labels(&r, 4, &[Lang::En, Lang::Ru, Lang::Uk, Lang::De, Lang::Fr]),
                };
                (e.key.clone(), e)
            })
            .collect();
        let city_regions = tsv_rows(include_str!("city-regions.tsv"))
            .filter_map(|r| Some((r[0].to_string(), r.get(1)?.to_string())))
            .collect();
        let places = tsv_rows(include_str!("places.tsv"))
            .filter_map(|r| Some((r[0].to_uppercase(), r.get(1)?.to_string())))
            .collect();
        World {
            places,
            countries,
            organisations,
            roles,
            regions,
            city_regions,
        }
    }
}
