//! German: lexicons beside this file (stems marked `*`), closed word classes here, examples in
//! `corpus.txt`. German capitalises every noun, so `never_names` is long: capitalised words
//! that begin sentences or stand before names without being part of them.

use super::{Gender, LangData, LangRules};

pub static DATA: LangData = LangData {
    countries: include_str!("countries.tsv"),
    organisations: include_str!("organisations.tsv"),
    roles: include_str!("roles.tsv"),
    speech_verbs: include_str!("speech-verbs.tsv"),
    outlets: include_str!("outlets.tsv"),
    given_names: include_str!("given-names.tsv"),
};

/// German news does not decline names, except the genitive "-s" ("Scholz' Sprecher",
/// "Baerbocks Reise"), which is left as written: names are taken as they stand.
fn nominative(words: &[&str], _gender: Gender) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

pub static RULES: LangRules = LangRules {
    // "jan" is left out: the calendar check would then never take "Jan" (a frequent given name)
    // for a name; German news writes the month out ("Januar"). "Jan." stays an abbreviation.
    months: &[
        ("januar", 1), ("jänner", 1), ("februar", 2), ("feb", 2), ("febr", 2), ("märz", 3),
        ("april", 4), ("apr", 4), ("mai", 5), ("juni", 6), ("juli", 7), ("august", 8),
        ("aug", 8), ("september", 9), ("sep", 9), ("sept", 9), ("oktober", 10), ("okt", 10),
        ("november", 11), ("nov", 11), ("dezember", 12), ("dez", 12),
    ],
    weekdays: &[
        ("montag", 0), ("dienstag", 1), ("mittwoch", 2), ("donnerstag", 3), ("freitag", 4),
        ("samstag", 5), ("sonnabend", 5), ("sonntag", 6),
    ],
    // "sie" is also "they" and the polite "Sie"; it is listed because it is also "she".
    male_pronouns: &["er"],
    female_pronouns: &["sie"],
    // The day numbers 1-31 are listed because German writes ordinals with a dot
    // ("am 27. Dezember"): the dot after them does not end a sentence.
    abbreviations: &[
        "dr", "prof", "bzw", "ca", "usw", "z", "b", "u", "a", "etc", "nr", "st", "vgl", "ggf",
        "inkl", "evtl", "bspw", "sog", "mio", "mrd", "abs", "jh", "str", "tel", "geb", "gest",
        "v", "chr", "d", "h", "o", "s", "i", "hl", "dipl", "ing", "med", "phil", "jur", "rer",
        "nat", "gen", "min", "jan", "feb", "febr", "apr", "aug", "sep", "sept", "okt", "nov",
        "dez", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
        "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30",
        "31",
    ],
    never_names: &[
        // articles, pronouns, conjunctions, prepositions, adverbs that open sentences
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "eines", "und", "oder", "aber", "doch", "denn", "sondern", "wenn", "als", "wie", "weil",
        "da", "dass", "daß", "ob", "obwohl", "während", "nachdem", "bevor", "seit", "seitdem",
        "bis", "damit", "sodass", "so", "auch", "nur", "noch", "schon", "bereits", "jetzt", "nun",
        "dann", "danach", "zuvor", "vorher", "später", "zudem", "außerdem", "ferner", "darüber",
        "dabei", "dazu", "daher", "deshalb", "deswegen", "trotzdem", "dennoch", "jedoch",
        "allerdings", "zwar", "immerhin", "bisher", "bislang", "inzwischen", "mittlerweile",
        "derweil", "unterdessen", "indes", "indessen", "gleichzeitig", "zugleich", "ebenfalls",
        "ebenso", "gleichwohl", "hingegen", "stattdessen", "vielmehr", "insbesondere", "etwa",
        "rund", "fast", "knapp", "mehr", "weniger", "viele", "einige", "manche", "alle", "beide",
        "jeder", "jede", "jedes", "kein", "keine", "nicht", "nie", "niemand", "man", "er", "sie",
        "es", "wir", "ihr", "ich", "du", "sein", "seine", "seiner", "seinem", "seinen", "ihre",
        "ihrer", "ihrem", "ihren", "unser", "unsere", "dies", "diese", "dieser", "dieses",
        "diesem", "diesen", "jene", "jener", "welche", "welcher", "was", "wer", "wo", "wann",
        "warum", "weshalb", "wieso", "hier", "dort", "heute", "gestern", "morgen", "vorgestern",
        "übermorgen", "zunächst", "zuerst", "erst", "zuletzt", "schließlich", "endlich", "laut",
        "zufolge", "demnach", "dagegen", "darauf", "daraufhin", "damals", "bald", "sofort",
        "erneut", "wieder", "weiterhin", "angeblich", "offenbar", "offensichtlich", "vermutlich",
        "wahrscheinlich", "möglicherweise", "vielleicht", "tatsächlich", "eigentlich",
        "grundsätzlich", "aktuell", "derzeit", "momentan", "künftig", "jüngst", "kürzlich",
        "neulich", "unlängst", "gerade", "somit", "folglich", "also", "zusätzlich", "sonst",
        "sogar", "selbst", "allein", "lediglich", "kaum", "wohl", "ja", "nein", "nach", "vor",
        "von", "vom", "zu", "zum", "zur", "mit", "bei", "beim", "im", "in", "ins", "am", "an",
        "auf", "aus", "für", "gegen", "ohne", "um", "unter", "über", "zwischen", "neben",
        "hinter", "durch", "trotz", "wegen", "angesichts", "anlässlich", "infolge", "gemäß",
        "seitens", "statt", "ab", "per", "pro", "via", "gegenüber", "mitte", "ende", "anfang",
        // forms of address and titles that stand before names
        // (not Graf, Freiherr, Baron: they stand inside German names, "Alexander Graf Lambsdorff")
        "herr", "herrn", "frau", "professor", "professorin", "doktor", "sankt", "prinz",
        "prinzessin", "scheich", "ajatollah", "ayatollah", "imam", "pater", "bischof",
        "kardinal", "erzbischof", "rabbiner", "genosse", "kamerad", "majestät", "hoheit",
        "exzellenz",
        // government, institutions, news
        "regierung", "bundesregierung", "landesregierung", "kanzleramt", "ministerium",
        "ministerien", "behörde", "behörden", "amt", "sprecher", "sprecherin", "angaben",
        "zeitung", "agentur", "nachrichtenagentur", "bericht", "berichte", "berichten",
        "interview", "gespräch", "gespräche", "gesprächen", "treffen", "gipfel", "gipfeltreffen",
        "pressekonferenz", "konferenz", "sitzung", "tagung", "debatte", "rede", "ansprache",
        "besuch", "reise", "telefonat", "videokonferenz", "erklärung", "mitteilung",
        "stellungnahme", "pressemitteilung", "verhandlungen", "verhandlung", "waffenstillstand",
        "waffenruhe", "sanktionen", "sanktion", "krieg", "frieden", "konflikt", "krise",
        "streit", "angriff", "angriffe", "anschlag", "offensive", "front", "grenze", "hilfe",
        "unterstützung", "lage", "situation", "frage", "fragen", "antwort", "sicherheit",
        "politik", "wirtschaft", "partei", "parteien", "fraktion", "koalition", "opposition",
        "union", "staat", "staaten", "land", "länder", "bundesland", "region", "gebiet", "stadt",
        "hauptstadt", "dorf", "ort", "bevölkerung", "bürger", "menschen", "leute", "soldaten",
        "truppen", "einheiten", "experten", "beobachter", "kritiker", "anhänger", "gegner",
        "demonstranten", "flüchtlinge", "zivilisten", "opfer", "tote", "verletzte", "geiseln",
        "kinder", "frauen", "männer", "familie", "wähler", "kreise", "regierungskreise",
        "diplomatenkreise", "sicherheitskreise", "insider", "quellen", "quelle", "medien",
        "medienberichten", "informationen", "zahlen", "umfrage", "studie", "wahl", "wahlen",
        "wahlkampf", "abstimmung", "referendum", "gesetz", "entwurf", "vorschlag", "plan",
        "pläne", "abkommen", "vertrag", "einigung", "vereinbarung", "forderung", "forderungen",
        "kritik", "vorwurf", "vorwürfe", "warnung", "drohung", "appell", "aufruf",
        "entscheidung", "beschluss", "urteil", "prozess", "verfahren", "ermittlungen",
        "anklage", "haft", "festnahme", "gericht", "justiz", "polizei", "armee", "militär",
        "streitkräfte", "geheimdienst", "botschaft", "nachricht", "signal", "zeichen",
        "aussage", "aussagen", "äußerung", "äußerungen", "worte", "zitat", "sicht", "ansicht",
        "auffassung", "einschätzung", "meinung", "ziel", "ziele", "weg", "schritt", "schritte",
        "folge", "folgen", "grund", "gründe", "problem", "probleme", "ergebnis", "erfolg",
        "niederlage", "sieg", "chance", "risiko", "gefahr", "bedrohung", "lösung", "zukunft",
        "geschichte", "preise", "inflation", "zinsen", "leitzins", "markt", "märkte", "börse",
        "aktien", "euro", "dollar", "rubel", "milliarden", "millionen", "prozent", "haushalt",
        "schulden", "gas", "öl", "energie", "strom", "klima", "pandemie", "corona",
        // time
        "woche", "wochen", "wochenende", "jahr", "jahre", "jahren", "jahres", "monat", "monate",
        "monaten", "tag", "tage", "tagen", "tages", "stunde", "stunden", "minute", "minuten",
        "uhr", "zeit", "abend", "nacht", "nachmittag", "vormittag", "mittag", "montag",
        "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "dezember",
        "montagmorgen", "montagvormittag", "montagmittag", "montagnachmittag", "montagabend",
        "dienstagmorgen", "dienstagvormittag", "dienstagmittag", "dienstagnachmittag",
        "dienstagabend", "mittwochmorgen", "mittwochvormittag", "mittwochmittag",
        "mittwochnachmittag", "mittwochabend", "donnerstagmorgen", "donnerstagvormittag",
        "donnerstagmittag", "donnerstagnachmittag", "donnerstagabend", "freitagmorgen",
        "freitagvormittag", "freitagmittag", "freitagnachmittag", "freitagabend", "samstagmorgen",
        "samstagvormittag", "samstagmittag", "samstagnachmittag", "samstagabend", "sonnabendmorgen",
        "sonnabendvormittag", "sonnabendmittag", "sonnabendnachmittag", "sonnabendabend",
        "sonntagmorgen", "sonntagvormittag", "sonntagmittag", "sonntagnachmittag", "sonntagabend",
        // page furniture
        "nachrichten", "news", "foto", "fotos", "bild", "bilder", "video", "audio", "podcast",
        "archiv", "archivbild", "symbolbild", "grafik", "karte", "anzeige", "werbung", "update",
        "liveblog", "liveticker", "ticker", "newsblog", "eilmeldung", "kommentar", "analyse",
        "hintergrund", "exklusiv", "lesen", "thema", "themen", "weitere", "artikel", "beitrag",
        "seite", "startseite", "ausland", "inland", "redaktion", "autor", "autorin",
        "stand", "überblick", "zusammenfassung",
        // places and regions that open sentences or stand as metonyms
        "welt", "europa", "afrika", "asien", "nahost", "osten", "westen", "norden", "süden",
        "westjordanland", "gazastreifen", "gaza", "krim", "donbass", "donbas", "berlin",
        "moskau", "kiew", "kyjiw", "washington", "peking", "paris", "london", "brüssel", "wien",
        "bern", "genf", "warschau", "minsk", "ankara", "teheran", "jerusalem", "brüsseler",
        "berliner", "moskauer", "kiewer", "pariser", "londoner", "wiener",
    ],
    boilerplate_blocks: &[
        "mehr zum thema", "lesen sie auch", "weitere nachrichten", "auch interessant",
        "das könnte sie auch interessieren", "das könnte sie interessieren", "meistgelesen",
        "meistgelesene artikel", "ähnliche artikel", "weitere artikel", "verwandte themen",
        "mehr nachrichten", "mehr aus", "weiterlesen", "empfehlungen der redaktion",
        "top-themen", "weitere themen", "mehr zu diesem thema",
    ],
    boilerplate_lines: &[
        "quelle:", "foto:", "bild:", "video:", "©", "copyright", "alle rechte vorbehalten",
        "artikel teilen", "abonnieren", "folgen sie uns",
        "hier klicken", "mit material von", "mit material der", "stand:", "aktualisiert:",
        "veröffentlicht:", "lesezeit:",
    ],
    caption_markers: &[
        "foto:", "bild:", "auf dem foto", "auf dem bild", "im bild", "archivbild", "symbolbild",
        "archivfoto",
    ],
    // "morgen" is also "the morning" ("am Morgen"): the longer phrase wins and keeps the day.
    relative_days: &[
        ("heute", 0), ("heute morgen", 0), ("heute früh", 0), ("heute vormittag", 0),
        ("heute nachmittag", 0), ("heute abend", 0), ("am morgen", 0), ("gestern", -1),
        ("gestern morgen", -1), ("gestern abend", -1), ("gestern nachmittag", -1),
        ("am vortag", -1), ("am vorabend", -1), ("vorgestern", -2), ("morgen", 1),
        ("übermorgen", 2),
    ],
    vague_times: &[
        "vergangene woche", "vergangener woche", "in der vergangenen woche", "letzte woche",
        "letzter woche", "in der letzten woche", "vorige woche", "vergangenen monat",
        "im vergangenen monat", "letzten monat", "im letzten monat", "vorigen monat",
        "vergangenes jahr", "im vergangenen jahr", "letztes jahr", "im letzten jahr",
        "voriges jahr", "im vorigen jahr", "im vorjahr", "diese woche", "dieser woche",
        "in dieser woche", "diesen monat", "in diesem monat", "dieses jahr", "in diesem jahr",
        "nächste woche", "kommende woche", "kommender woche", "in der kommenden woche",
        "nächsten monat", "im kommenden monat", "nächstes jahr", "im kommenden jahr",
        "kürzlich", "zuletzt", "jüngst", "unlängst", "neulich", "vor kurzem", "zuvor", "vorher",
        "damals", "seinerzeit", "in den vergangenen tagen", "in den letzten tagen",
        "in den vergangenen wochen", "in den letzten wochen", "in den vergangenen monaten",
        "vor einigen tagen", "vor wenigen tagen", "vor tagen", "vor einer woche",
        "vor einem monat", "vor wochen", "vor monaten", "vor jahren", "anfang der woche",
        "ende der woche", "mitte der woche", "anfang des monats", "ende des monats",
    ],
    // "X zufolge" is left out: the speaker stands before it, and what follows is not the speaker.
    // "so" opens the attribution after a quote: "„…“, so Scholz."
    according_to: &[
        "nach angaben von", "nach angaben", "laut", "nach worten von", "nach den worten von",
        "nach ansicht von", "nach einschätzung von", "so",
    ],
    complementizers: &["dass", "daß"],
    definite_articles: &["der", "die", "das", "den", "dem", "des"],
    indefinite_articles: &["ein", "eine", "einen", "einem", "einer", "eines"],
    // "neu*" would also take "Neuseeland" and "neun": the forms are listed. "amtierend" is a
    // filler, not "acting": "der amtierende Kanzler" is the sitting chancellor; German says
    // "kommissarisch" or "geschäftsführend" for acting.
    title_fillers: &[
        "neue", "neuer", "neuen", "neuem", "neues", "amtierend*", "derzeitig*", "jetzig*",
        "aktuell*", "langjährig*", "hochrangig*", "ranghoh*", "führend*", "top", "zuständig*",
        "einflussreich*", "mächtig*", "prominent*", "umstritten*",
    ],
    // "Ex-Kanzler" is one token: only a written-apart "Ex" is a qualifier here.
    qualifiers: &[
        ("ehemalig*", "former"), ("früher*", "former"), ("ex", "former"), ("einstig*", "former"),
        ("damalig*", "former"), ("bisherig*", "former"), ("kommissarisch*", "acting"),
        ("geschäftsführend*", "acting"), ("interimistisch*", "acting"), ("scheidend*", "outgoing"),
        ("abgewählt*", "outgoing"), ("designiert*", "designate"), ("künftig*", "designate"),
    ],
    role_links: &["von", "in", "für", "bei", "beim", "im", "der", "des"],
    interview_markers: &[
        "im interview mit", "in einem interview mit", "im gespräch mit", "in einem gespräch mit",
        "im interview der", "im interview des", "im interview von", "in einem interview der",
        "in einem interview des", "in einem interview von", "im gespräch der",
        "in der sendung", "in der talkshow", "im podcast", "in einem gastbeitrag für",
        "in einem gastbeitrag in", "in einem gastbeitrag im", "in einem beitrag für",
        "gegenüber",
    ],
    // Not "sagte" or "erklärte": they also introduce a reported clause without "dass" ("Scholz
    // sagte, die Lage sei ernst"), which a told-verb would not take as the statement. The outlet
    // after them ("sagte der Deutschen Presse-Agentur") is left to "gegenüber" and the outlet
    // lexicon.
    told_verbs: &["erzählte", "verriet"],
    event_prepositions: &[
        "auf", "bei", "beim", "während", "am rande", "nach", "vor", "im rahmen", "in einer",
        "in seiner", "in ihrer", "zum auftakt", "zum abschluss",
    ],
    event_heads: &[
        "pressekonferenz*", "bundespressekonferenz*", "regierungspressekonferenz*",
        "jahrespressekonferenz*", "bilanzpressekonferenz*", "pressebriefing*", "briefing*",
        "pressegespräch*", "pressestatement*", "treffen*", "außenministertreffen*",
        "verteidigungsministertreffen*", "ministertreffen*", "nato-treffen*", "eu-treffen*",
        "gipfel*", "nato-gipfel*", "eu-gipfel*", "g7-gipfel*", "g20-gipfel*", "brics-gipfel*",
        "sondergipfel*", "klimagipfel*", "sitzung*", "kabinettssitzung*", "sondersitzung*",
        "plenarsitzung*", "ausschusssitzung*", "ratssitzung*", "sicherheitsratssitzung*",
        "konferenz*", "sicherheitskonferenz*", "geberkonferenz*", "klimakonferenz*",
        "friedenskonferenz*", "videokonferenz*", "tagung*", "debatte*", "generaldebatte*",
        "haushaltsdebatte*", "rede*", "regierungserklärung*", "ansprache*", "fernsehansprache*",
        "videoansprache*", "videobotschaft*", "neujahrsansprache*", "veranstaltung*",
        "wahlkampfveranstaltung*", "wahlkampfauftritt*", "auftritt*", "kundgebung*",
        "parteitag*", "bundesparteitag*", "forum*", "wirtschaftsforum*", "besuch*",
        "antrittsbesuch*", "empfang*", "zeremonie*", "festakt*", "hauptversammlung*",
        "vollversammlung*", "anhörung*", "regierungsbefragung*", "fragestunde*",
        "verhandlungsrunde*", "plenum*",
    ],
    medium_prepositions: &[
        "auf", "über", "bei", "via", "im", "in einem video auf", "in einem beitrag auf",
        "in einem post auf", "in einer videobotschaft auf",
    ],
    as_saying: &[],
    role_nouns: &[
        ("diplomat", "diplomacy"), ("diplomatin", "diplomacy"), ("chefdiplomat", "government"),
        ("chefdiplomatin", "government"), ("minister", "government"), ("ministerin", "government"),
        ("politiker", "*"), ("politikerin", "*"), ("sozialdemokrat*", "*"),
        ("christdemokrat*", "*"), ("präsident", "head_of_state"), ("präsidentin", "head_of_state"),
        ("staatschef", "head_of_state"), ("staatschefin", "head_of_state"),
        ("kanzler", "head_of_government"), ("kanzlerin", "head_of_government"),
        ("regierungschef", "head_of_government"), ("regierungschefin", "head_of_government"),
        ("botschafter", "diplomacy"), ("botschafterin", "diplomacy"), ("gesandte", "diplomacy"),
        ("gesandter", "diplomacy"), ("manager", "business"), ("managerin", "business"),
        ("konzernchef", "business"), ("konzernchefin", "business"), ("general", "military"),
        ("abgeordnete", "legislature"), ("abgeordneter", "legislature"),
        ("parlamentarier", "legislature"), ("parlamentarierin", "legislature"),
        ("beamte", "*"), ("beamter", "*"), ("beamtin", "*"), ("funktionär", "*"),
        ("funktionärin", "*"),
    ],
    nominative,
};
