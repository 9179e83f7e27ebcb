//! Properties over generated input: whatever the text, extraction does not panic, every span
//! lies inside the text on character boundaries, and the RDF written parses back whole.

use newsgraph::document::{Document, DocumentOptions};
use newsgraph::lang::Lang;
use proptest::prelude::*;

/// Pieces of news text and of trouble: names, titles, quotes of every style, dates, markup.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Russian Foreign Minister Sergey Lavrov".to_string()),
        Just("US Ambassador to Russia John Sullivan".to_string()),
        Just("министр иностранных дел России Сергей Лавров".to_string()),
        Just("Außenministerin Annalena Baerbock".to_string()),
        Just("le porte-parole du Kremlin Dmitri Peskov".to_string()),
        Just(" said ".to_string()),
        Just(", — сказал он.".to_string()),
        Just(" told Sputnik on Monday, December 27, that ".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’s".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("„".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("22/12/2021 - 12:44 ".to_string()),
        Just("MOSCOW (Sputnik - 05th January, 2022) ".to_string()),
        Just("<script>}\"'\\ DROP ALL</script>".to_string()),
        Just("According to Lavrov, ".to_string()),
        Just("he said".to_string()),
        "[\\PC]{0,12}",
        "[a-zA-Zа-яА-ЯёЁ ,.]{0,20}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 1..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn spans_stay_inside_the_text_and_rdf_parses_back(text in text(), lang in 0usize..5) {
        let lang = Lang::ALL[lang];
        let options = DocumentOptions { lang: Some(lang), ..Default::default() };
        let Ok(doc) = Document::new("generated.txt", text, &options) else { return Ok(()) };
        let checked = newsgraph::invariants::check(&doc);
        prop_assert!(checked.is_ok(), "{:?}", checked);
    }
}
