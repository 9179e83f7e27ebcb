//! French: lexicons beside this file (stems marked `*`), closed word classes here, examples in
//! `corpus.txt`.
//!
//! French titles precede the name in lower case, with the country after the head noun as an
//! adjective or a complement ("le ministre russe des Affaires étrangères Sergueï Lavrov", "le
//! porte-parole du Kremlin, Dmitri Peskov"); elided articles are written on the next word
//! ("l'AFP", "d'après", "qu'il"), so several lists below hold elided tokens as they are.

use super::{Gender, LangData, LangRules};

pub static DATA: LangData = LangData {
    countries: include_str!("countries.tsv"),
    organisations: include_str!("organisations.tsv"),
    roles: include_str!("roles.tsv"),
    speech_verbs: include_str!("speech-verbs.tsv"),
    outlets: include_str!("outlets.tsv"),
    given_names: include_str!("given-names.tsv"),
};

/// French names do not inflect.
fn nominative(words: &[&str], _gender: Gender) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

pub static RULES: LangRules = LangRules {
    // "déc" is left out: as a stem it would read "5 décès" as 5 December.
    months: &[
        ("janvier", 1), ("janv", 1), ("février", 2), ("fevrier", 2), ("févr", 2), ("fevr", 2),
        ("mars", 3), ("avril", 4), ("avr", 4), ("mai", 5), ("juin", 6), ("juillet", 7),
        ("juil", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("sept", 9), ("octobre", 10),
        ("oct", 10), ("novembre", 11), ("nov", 11), ("décembre", 12), ("decembre", 12),
        ("dec", 12),
    ],
    weekdays: &[
        ("lundi", 0), ("mardi", 1), ("mercredi", 2), ("jeudi", 3), ("vendredi", 4),
        ("samedi", 5), ("dimanche", 6),
    ],
    // "a-t-il déclaré": the inverted pronoun is the speaker before the participle.
    male_pronouns: &["il", "a-t-il"],
    female_pronouns: &["elle", "a-t-elle"],
    abbreviations: &[
        "m", "mm", "mme", "mmes", "mlle", "me", "mgr", "dr", "pr", "st", "ste", "gén", "etc",
        "cf", "av", "env", "art", "vol", "janv", "févr", "fevr", "avr", "juil", "sept", "oct",
        "nov", "déc", "dec",
    ],
    never_names: &[
        "le", "la", "les", "un", "une", "des", "du", "de", "d'", "l'", "au", "aux", "en", "et",
        "ou", "où", "mais", "donc", "or", "ni", "car", "si", "quand", "lorsque", "comme", "puis",
        "que", "qui", "quoi", "dont", "selon", "dans", "pour", "avec", "sans", "contre", "par",
        "sur", "sous", "entre", "vers", "chez", "parmi", "malgré", "pendant", "durant", "dès",
        "lors", "après", "avant", "depuis", "face", "quant", "ainsi", "alors", "cependant",
        "toutefois", "pourtant", "néanmoins", "enfin", "également", "aussi", "encore", "déjà",
        "désormais", "outre", "hier", "aujourd'hui", "demain", "ce", "cet", "cette", "ces",
        "il", "elle", "ils", "elles", "nous", "vous", "on", "je", "son", "sa", "ses", "leur",
        "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "tout", "tous", "toute",
        "toutes", "plusieurs", "certains", "certaines", "chaque", "aucun", "aucune", "autre",
        "autres", "même", "plus", "moins", "très", "ici", "là", "voici", "voilà", "oui", "non",
        "cela", "ceci", "ça", "c'est", "c'était", "d'après", "d'ailleurs", "d'abord", "d'autre",
        "d'ici", "qu'il", "qu'elle", "s'il", "jusqu'à", "lorsqu'il", "puisqu'il", "l'ancien",
        "l'ancienne", "l'ex", "l'actuel", "l'actuelle", "l'ambassadeur", "l'ambassadrice",
        "l'élysée", "l'otan", "l'onu", "l'ue", "l'union", "l'état", "l'armée", "l'agence",
        "l'organisation", "l'assemblée", "l'administration", "l'europe", "l'afrique",
        "l'amérique", "l'ukraine", "l'allemagne", "l'iran", "l'irak", "l'inde", "l'italie",
        "l'espagne", "l'égypte", "l'algérie", "l'arabie", "l'autriche", "l'australie",
        "l'argentine", "l'occident", "lire", "voir", "source", "sources", "photo", "vidéo",
        "image", "crédit", "crédits", "illustration", "archives", "direct", "info", "infos",
        "actualité", "actualités", "mise", "publié", "interrogé", "interrogée", "invité",
        "invitée", "questionné", "questionnée", "m", "mme", "mlle", "me", "dr", "pr",
        "monsieur", "madame", "maître", "général", "colonel", "amiral", "maréchal", "capitaine",
        "gouvernement", "parlement", "ministère", "ministères", "département", "conseil",
        "commission", "comité", "agence", "banque", "cour", "tribunal", "parti", "union",
        "alliance", "alliés", "forces", "armée", "armées", "services", "nations", "états",
        "état", "république", "royaume", "fédération", "assemblée", "chambre", "congrès",
        "sommet", "conférence", "accord", "accords", "traité", "dialogue", "négociations",
        "pourparlers", "guerre", "année", "années", "ouest", "est", "nord", "sud",
        "occidentaux", "européen", "européens", "européenne", "européennes", "presse",
        "journal", "quotidien", "hebdomadaire", "chaîne", "télévision", "radio",
    ],
    // "Lire aussi" stands inside articles (Le Monde): it is dropped alone, not with what follows.
    boilerplate_blocks: &[
        "sur le même sujet", "sur le même thème", "voir aussi", "à voir aussi", "a voir aussi",
        "les plus lus", "les plus lues", "articles les plus lus", "dans la même rubrique",
        "vous aimerez aussi", "à découvrir", "a découvrir", "à ne pas manquer",
        "dernières actualités", "pour aller plus loin", "sélectionné pour vous",
        "recommandé pour vous", "nos autres articles", "autres actualités", "lire la suite",
    ],
    // "Photo :" opens a caption (kept, marked), not furniture: it is in caption_markers only.
    boilerplate_lines: &[
        "lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également",
        "a lire également", "source :", "source:", "source\u{a0}:", "source\u{202f}:",
        "sources :", "sources:", "crédit photo", "crédits photo", "vidéo :", "vidéo:",
        "partager", "partagez", "abonnez-vous", "suivez-nous", "inscrivez-vous", "newsletter", "©",
        "tous droits réservés", "publicité", "cliquez ici", "(avec afp)", "avec afp",
        "mis à jour le", "publié le",
    ],
    caption_markers: &[
        "photo :", "photo:", "photo\u{a0}:", "photo\u{202f}:", "sur la photo", "sur cette photo",
        "sur l'image", "sur l’image", "sur cette image", "photo d'archives", "photo d’archives",
        "image d'archives", "image d’archives", "illustration",
    ],
    relative_days: &[
        ("aujourd'hui", 0), ("ce matin", 0), ("cet après-midi", 0), ("ce soir", 0),
        ("plus tôt dans la journée", 0), ("hier", -1), ("hier matin", -1),
        ("hier après-midi", -1), ("hier soir", -1), ("la nuit dernière", -1),
        ("avant-hier", -2), ("la veille", -1), ("demain", 1), ("après-demain", 2),
    ],
    vague_times: &[
        "la semaine dernière", "la semaine passée", "le mois dernier", "le mois passé",
        "l'an dernier", "l'année dernière", "l'an passé", "l'année passée", "cette semaine",
        "ce mois-ci", "cette année", "la semaine prochaine", "le mois prochain",
        "l'an prochain", "l'année prochaine", "plus tôt cette semaine", "plus tôt ce mois-ci",
        "plus tôt cette année", "récemment", "dernièrement", "ces derniers jours",
        "ces dernières semaines", "ces derniers mois", "il y a quelques jours",
        "il y a une semaine", "il y a deux semaines", "il y a un mois", "il y a quelques mois",
        "il y a un an", "par le passé", "auparavant", "précédemment",
    ],
    according_to: &["selon", "d'après", "aux yeux de", "de l'avis de"],
    // An elided "qu'" is written on the next word: the common forms are listed whole.
    complementizers: &[
        "que", "qu'", "qu'il", "qu'elle", "qu'ils", "qu'elles", "qu'on", "qu'un", "qu'une",
        "qu'en", "qu'au", "qu'aux",
    ],
    // "au", "aux" (à + le, à + les) stand where an article does: "a déclaré au Figaro".
    definite_articles: &["le", "la", "les", "l'", "au", "aux"],
    indefinite_articles: &["un", "une"],
    title_fillers: &[
        "nouveau", "nouvel", "nouvelle", "actuel", "actuelle", "puissant", "puissante",
        "influent", "influente", "tout-puissant", "toute-puissante", "jeune", "éphémère",
        "emblématique", "inamovible", "controversé", "controversée", "très", "l'actuel",
        "l'actuelle", "l'influent", "l'influente", "l'éphémère", "l'emblématique", "l'inamovible",
    ],
    // French puts most qualifiers after the title ("président par intérim", "le Premier
    // ministre sortant"); "ex-président" is one token.
    qualifiers: &[
        ("ancien*", "former"), ("l'ancien*", "former"), ("ex", "former"), ("l'ex", "former"),
        ("feu", "former"), ("déchu", "former"),
        ("déchue", "former"), ("par intérim", "acting"), ("intérimaire", "acting"),
        ("intérimaires", "acting"), ("sortant*", "outgoing"), ("démissionnaire", "outgoing"),
        ("désigné*", "designate"), ("futur", "designate"), ("future", "designate"),
        ("élu", "designate"), ("élue", "designate"),
    ],
    role_links: &["de", "du", "des", "à", "au", "aux", "en", "auprès de", "auprès"],
    interview_markers: &[
        "dans un entretien à", "dans un entretien au", "dans un entretien aux",
        "dans un entretien accordé à", "dans un entretien accordé au",
        "dans un entretien accordé aux", "dans un entretien avec", "dans une interview à",
        "dans une interview au", "dans une interview aux", "dans une interview accordée à",
        "dans une interview accordée au", "dans une interview accordée aux",
        "dans une interview avec", "interrogé par", "interrogée par", "sur l'antenne de",
        "sur l'antenne du", "à l'antenne de", "à l'antenne du", "au micro de", "au micro du",
        "sur le plateau de", "sur le plateau du", "invité de", "invitée de", "invité du",
        "invitée du", "dans les colonnes de", "dans les colonnes du", "dans une tribune au",
        "dans une tribune publiée par", "dans une tribune publiée dans",
    ],
    told_verbs: &[
        "déclaré", "dit", "confié", "indiqué", "précisé", "affirmé", "expliqué", "assuré",
        "raconté", "annoncé", "déclare", "confie", "indique", "explique", "assure", "raconte",
        "annonce",
    ],
    event_prepositions: &[
        "lors de", "lors d'une", "lors d'un", "lors du", "lors des", "pendant", "durant",
        "au cours de", "au cours d'une", "au cours d'un", "au cours du", "au cours des",
        "en marge de", "en marge d'une", "en marge d'un", "en marge du", "en marge des",
        "à l'issue de", "à l'issue d'une", "à l'issue d'un", "à l'issue du", "à l'issue des",
        "devant", "à", "au", "après", "avant",
    ],
    event_heads: &[
        "conférence de presse", "conférence de presse commune", "point de presse",
        "point presse", "briefing", "réunion", "sommet", "conseil", "conseil des ministres",
        "séance", "forum", "débat", "rencontre", "entretien", "conférence", "assemblée",
        "commission", "congrès", "cérémonie", "meeting", "discours", "allocution", "audition",
        "session", "plénière", "table ronde", "visite", "déplacement", "salon",
        "questions au gouvernement", "réunion ministérielle",
    ],
    medium_prepositions: &[
        "sur", "via", "sur son compte", "sur sa chaîne", "sur sa page", "sur son compte officiel",
        "dans un message sur", "dans un message publié sur", "dans une vidéo publiée sur",
        "dans une publication sur",
    ],
    as_saying: &[],
    role_nouns: &[
        ("diplomate", "diplomacy"), ("émissaire", "diplomacy"), ("envoyé", "diplomacy"),
        ("ministre", "government"), ("dirigeant*", "*"), ("responsable", "*"),
        ("chef", "*"), ("cheffe", "*"), ("président", "head_of_state"),
        ("présidente", "head_of_state"), ("parlementaire", "legislature"),
        ("élu", "legislature"), ("élue", "legislature"), ("patron", "business"),
        ("patronne", "business"), ("général", "military"), ("officier", "military"),
    ],
    nominative,
};
