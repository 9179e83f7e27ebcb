//! English: lexicons beside this file, closed word classes here, examples in `corpus.txt`.

use super::{Gender, LangData, LangRules};

pub static DATA: LangData = LangData {
    countries: include_str!("countries.tsv"),
    organisations: include_str!("organisations.tsv"),
    roles: include_str!("roles.tsv"),
    speech_verbs: include_str!("speech-verbs.tsv"),
    outlets: include_str!("outlets.tsv"),
    given_names: include_str!("given-names.tsv"),
};

fn nominative(words: &[&str], _gender: Gender) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

pub static RULES: LangRules = LangRules {
    months: &[
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
        ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
        ("august", 8), ("aug", 8), ("september", 9), ("sep", 9), ("sept", 9), ("october", 10),
        ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ],
    weekdays: &[
        ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4),
        ("saturday", 5), ("sunday", 6),
    ],
    male_pronouns: &["he"],
    female_pronouns: &["she"],
    abbreviations: &[
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "gov", "sen",
        "rep", "st", "jr", "sr", "prof", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb",
        "aug", "sept", "oct", "nov", "dec", "approx", "etc",
    ],
    never_names: &[
        "the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with", "from", "as", "and",
        "but", "or", "if", "when", "while", "after", "before", "since", "during", "earlier",
        "later", "meanwhile", "however", "also", "this", "that", "these", "those", "it", "he",
        "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "its", "there",
        "here", "according", "asked", "speaking", "last", "next", "yesterday", "today",
        "tomorrow", "some", "many", "most", "all", "both", "such", "other", "another", "one",
        "two", "three", "officials", "lawmakers", "similarly", "moreover", "still", "yet",
        "so", "then", "now", "what", "who", "why", "how", "where", "which", "said", "says",
        "new", "read", "source", "photo", "image", "video", "watch", "related", "more",
        "breaking", "update", "updated", "published", "reporting", "editing", "writing",
        "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "general", "colonel", "admiral",
        "congress", "parliament", "government", "ministry", "ministries", "department",
        "departments", "office", "offices", "council", "forces", "services", "nations", "states",
        "agency", "committee", "commission", "group", "bank", "court", "party", "union",
        "channel", "news", "press", "times", "post", "journal", "daily", "agreement", "treaty",
        "dialogue", "talks", "summit", "conference", "war", "year", "years", "holidays",
        "guard", "board", "members", "member", "alliance", "allies", "west", "east", "north",
        "south", "western", "eastern", "european", "youtube", "twitter", "telegram", "facebook",
    ],
    boilerplate_blocks: &[
        "other news", "read more", "related", "related articles", "related stories",
        "recommended", "most read", "more from", "trending", "you may also like", "see also",
        "latest news", "more stories", "also read",
    ],
    boilerplate_lines: &[
        "source:", "read full article", "photo:", "image:", "video:", "share this", "subscribe",
        "follow us", "copyright", "©", "all rights reserved", "advertisement", "click here",
    ],
    caption_markers: &["in this image", "in this photo", "pictured", "photo:", "file photo"],
    relative_days: &[
        ("today", 0), ("earlier today", 0), ("this morning", 0), ("this afternoon", 0),
        ("this evening", 0), ("tonight", 0), ("yesterday", -1), ("last night", -1),
        ("tomorrow", 1),
    ],
    vague_times: &[
        "last week", "last month", "last year", "earlier this week", "earlier this month",
        "earlier this year", "this week", "this month", "this year", "next week", "next month",
        "next year", "in the past", "previously", "recently", "in recent days", "in recent weeks",
        "weeks ago", "months ago", "years ago", "days ago", "a week ago", "a month ago",
    ],
    according_to: &["according to"],
    complementizers: &["that"],
    definite_articles: &["the"],
    indefinite_articles: &["a", "an", "one"],
    title_fillers: &["top", "chief", "new", "longtime", "long-time", "veteran", "current", "then"],
    qualifiers: &[
        ("former", "former"), ("ex", "former"), ("then", "then"), ("acting", "acting"),
        ("outgoing", "outgoing"), ("designate", "designate"), ("nominee", "nominee"),
        ("interim", "acting"), ("incoming", "designate"), ("late", "former"),
    ],
    role_links: &["of", "to", "for", "at", "in"],
    interview_markers: &[
        "in an interview with", "in an interview to", "in an interview on", "in an interview for",
        "in a interview with", "speaking to", "speaking with", "in comments to", "in remarks to",
        "in a statement to", "in a post on", "in an op-ed for", "in an article for",
        "in an appearance on", "during an interview with", "in a conversation with",
    ],
    told_verbs: &["told", "tells", "tell"],
    event_prepositions: &["at", "during", "on the sidelines of", "after", "ahead of"],
    event_heads: &[
        "press conference", "news conference", "joint press conference", "briefing",
        "press briefing", "news briefing", "meeting", "summit", "forum", "session", "conference",
        "rally", "hearing", "plenary", "congress", "ceremony", "debate", "roundtable",
        "round table", "talks", "event", "address", "speech", "assembly", "council meeting",
    ],
    medium_prepositions: &["on", "via", "in a post on", "in a video on", "in a message on"],
    as_saying: &["as saying", "as telling", "as stating"],
    role_nouns: &[
        ("diplomat", "diplomacy"), ("official", "*"), ("minister", "government"),
        ("leader", "*"), ("envoy", "diplomacy"), ("politician", "*"), ("president", "head_of_state"),
        ("executive", "business"), ("lawmaker", "legislature"), ("general", "military"),
    ],
    nominative,
};
