//! The DCAT catalogue record of a release (`catalog.ttl`), shaped for DCAT-AP 3.0.1, the profile
//! European data portals harvest: a `dcat:Catalog` with one `dcat:Dataset`, one
//! `dcat:Distribution` per dump (media type, size, SPDX checksum, download URL), the SPARQL
//! endpoint as a `dcat:DataService` when there is one. Every object has the class the profile's
//! shapes expect (`foaf:Agent` publisher, `dct:LicenseDocument`, `dct:MediaType`...), and the
//! themes and languages come from the EU's controlled vocabularies, as the profile recommends.

use super::describe::{english, iri, term, typed, Description, DCAT, FOAF, IANA_MEDIA_TYPES, SPDX};
use super::dumps::{DumpFormat, WrittenFile};
use super::figures::Figures;
use super::Release;
use crate::rdf::vocab::{DCTERMS, SKOS};
use oxigraph::model::{Literal, NamedNode};

/// The EU data-theme vocabulary (its concept scheme), from which `dcat:theme` takes its values.
pub const DATA_THEME: &str = "http://publications.europa.eu/resource/authority/data-theme";
/// The EU language authority, whose IRIs DCAT-AP asks for in `dct:language`.
pub const LANGUAGE_AUTHORITY: &str = "http://publications.europa.eu/resource/authority/language/";
/// The SPARQL protocol, which the endpoint conforms to.
pub const SPARQL_PROTOCOL: &str = "https://www.w3.org/TR/sparql11-protocol/";

/// The concepts of the EU data-theme vocabulary: code and English label.
pub const THEMES: &[(&str, &str)] = &[
    ("AGRI", "Agriculture, fisheries, forestry and food"),
    ("ECON", "Economy and finance"),
    ("EDUC", "Education, culture and sport"),
    ("ENER", "Energy"),
    ("ENVI", "Environment"),
    ("GOVE", "Government and public sector"),
    ("HEAL", "Health"),
    ("INTR", "International issues"),
    ("JUST", "Justice, legal system and public safety"),
    ("REGI", "Regions and cities"),
    ("SOCI", "Population and society"),
    ("TECH", "Science and technology"),
    ("TRAN", "Transport"),
];

/// A language newsgraph reads, as the EU language authority names it.
pub struct Language {
    pub bcp47: &'static str,
    pub authority: &'static str,
    pub name: &'static str,
}

const LANGUAGES: &[Language] = &[
    Language {
        bcp47: "en",
        authority: "ENG",
        name: "English",
    },
    Language {
        bcp47: "ru",
        authority: "RUS",
        name: "Russian",
    },
    Language {
        bcp47: "uk",
        authority: "UKR",
        name: "Ukrainian",
    },
    Language {
        bcp47: "de",
        authority: "DEU",
        name: "German",
    },
    Language {
        bcp47: "fr",
        authority: "FRA",
        name: "French",
    },
];

/// The language of an article's `schema:inLanguage` code, if the authority table has it.
pub fn language(bcp47: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.bcp47.eq_ignore_ascii_case(bcp47))
}

pub fn theme_label(code: &str) -> Option<&'static str> {
    THEMES.iter().find(|(c, _)| *c == code).map(|(_, label)| *label)
}

pub fn describe(release: &Release, figures: &Figures, dumps: &[(DumpFormat, WrittenFile)]) -> Description {
    let mut d = Description::default();
    let dct = |local: &str| term(DCTERMS, local);
    let dcat = |local: &str| term(DCAT, local);
    let catalog = release.catalog();
    let dataset = release.dataset();
    let publisher = release.publisher_node();
    let license = release.license.as_deref().map(iri);
    let english_metadata = iri(format!("{LANGUAGE_AUTHORITY}ENG"));

    // The catalogue.
    d.a(catalog.clone(), DCAT, "Catalog");
    d.add(
        catalog.clone(),
        dct("title"),
        english(&format!("{}: catalogue", release.title)),
    );
    d.add(
        catalog.clone(),
        dct("description"),
        english(&format!(
            "The catalogue of {}, published with newsgraph.",
            release.title
        )),
    );
    d.add(catalog.clone(), dct("publisher"), publisher.clone());
    d.add(catalog.clone(), dct("issued"), typed(&release.issued, "date"));
    d.add(catalog.clone(), dct("modified"), typed(&release.modified, "date"));
    d.add(catalog.clone(), dct("language"), english_metadata.clone());
    if let Some(l) = &license {
        d.add(catalog.clone(), dct("license"), l.clone());
    }
    d.add(catalog.clone(), dcat("themeTaxonomy"), iri(DATA_THEME));
    d.add(catalog.clone(), dcat("dataset"), dataset.clone());

    // The dataset.
    d.a(dataset.clone(), DCAT, "Dataset");
    d.add(dataset.clone(), dct("title"), english(&release.title));
    d.add(
        dataset.clone(),
        dct("description"),
        english(&release.description_text(figures)),
    );
    d.add(dataset.clone(), dct("publisher"), publisher.clone());
    d.add(dataset.clone(), dct("issued"), typed(&release.issued, "date"));
    d.add(dataset.clone(), dct("modified"), typed(&release.modified, "date"));
    d.add(
        dataset.clone(),
        dct("identifier"),
        Literal::new_simple_literal(dataset.as_str()),
    );
    d.add(dataset.clone(), dct("conformsTo"), iri(crate::rdf::vocab::ONTOLOGY));
    for keyword in ["news", "knowledge graph", "quotations", "political positions"] {
        d.add(dataset.clone(), dcat("keyword"), english(keyword));
    }
    for code in &release.themes {
        d.add(dataset.clone(), dcat("theme"), theme(code));
    }
    let mut languages = vec![english_metadata];
    for code in &figures.languages {
        if let Some(l) = language(code) {
            let node = iri(format!("{LANGUAGE_AUTHORITY}{}", l.authority));
            d.add(dataset.clone(), dct("language"), node.clone());
            languages.push(node);
        }
    }
    if let Some((start, end)) = &figures.temporal {
        let period = d.blank();
        d.add(dataset.clone(), dct("temporal"), period.clone());
        d.a(period.clone(), DCTERMS, "PeriodOfTime");
        d.add(period.clone(), dcat("startDate"), typed(start, "date"));
        d.add(period, dcat("endDate"), typed(end, "date"));
    }

    // One distribution per dump.
    let mut media_types: Vec<NamedNode> = Vec::new();
    for (dump, file) in dumps {
        let distribution = release.distribution(&file.name);
        d.add(dataset.clone(), dcat("distribution"), distribution.clone());
        d.a(distribution.clone(), DCAT, "Distribution");
        d.add(distribution.clone(), dct("title"), english(dump.title));
        d.add(
            distribution.clone(),
            dcat("accessURL"),
            iri(release.download_base.as_str()),
        );
        d.add(
            distribution.clone(),
            dcat("downloadURL"),
            release.download_url(&file.name),
        );
        let media_type = iri(format!("{IANA_MEDIA_TYPES}{}", dump.format.media_type()));
        d.add(distribution.clone(), dcat("mediaType"), media_type.clone());
        media_types.push(media_type);
        if dump.gzip {
            let gzip = iri(format!("{IANA_MEDIA_TYPES}application/gzip"));
            d.add(distribution.clone(), dcat("compressFormat"), gzip.clone());
            media_types.push(gzip);
        }
        d.add(distribution.clone(), dct("conformsTo"), iri(dump.format.iri()));
        d.a(iri(dump.format.iri()), DCTERMS, "Standard");
        d.add(
            distribution.clone(),
            dcat("byteSize"),
            typed(file.bytes.to_string(), "nonNegativeInteger"),
        );
        let checksum = d.blank();
        d.add(distribution.clone(), term(SPDX, "checksum"), checksum.clone());
        d.a(checksum.clone(), SPDX, "Checksum");
        d.add(
            checksum.clone(),
            term(SPDX, "algorithm"),
            term(SPDX, "checksumAlgorithm_sha256"),
        );
        d.add(checksum, term(SPDX, "checksumValue"), typed(&file.sha256, "hexBinary"));
        if let Some(l) = &license {
            d.add(distribution.clone(), dct("license"), l.clone());
        }
        d.add(distribution.clone(), dct("issued"), typed(&release.issued, "date"));
        d.add(distribution, dct("modified"), typed(&release.modified, "date"));
    }

    // The SPARQL endpoint, when the publisher runs one.
    if let Some(endpoint) = &release.sparql_endpoint {
        let service = release.service();
        d.add(catalog.clone(), dcat("service"), service.clone());
        d.a(service.clone(), DCAT, "DataService");
        d.add(
            service.clone(),
            dct("title"),
            english(&format!("SPARQL endpoint of {}", release.title)),
        );
        d.add(service.clone(), dcat("endpointURL"), iri(endpoint.as_str()));
        d.add(service.clone(), dcat("servesDataset"), dataset.clone());
        d.add(service.clone(), dct("publisher"), publisher.clone());
        d.add(service.clone(), dct("conformsTo"), iri(SPARQL_PROTOCOL));
        d.a(iri(SPARQL_PROTOCOL), DCTERMS, "Standard");
        if let Some(l) = &license {
            d.add(service, dct("license"), l.clone());
        }
    }

    // Every object typed as the profile expects.
    d.a(publisher.clone(), FOAF, "Agent");
    d.add(
        publisher,
        term(FOAF, "name"),
        Literal::new_simple_literal(&release.publisher),
    );
    if let Some(l) = license {
        d.a(l, DCTERMS, "LicenseDocument");
    }
    d.a(iri(crate::rdf::vocab::ONTOLOGY), DCTERMS, "Standard");
    d.a(iri(DATA_THEME), SKOS, "ConceptScheme");
    d.add(iri(DATA_THEME), dct("title"), english("Data theme"));
    for code in &release.themes {
        let concept = theme(code);
        d.a(concept.clone(), SKOS, "Concept");
        d.add(
            concept.clone(),
            term(SKOS, "prefLabel"),
            english(theme_label(code).unwrap_or(code)),
        );
        d.add(concept, term(SKOS, "inScheme"), iri(DATA_THEME));
    }
    languages.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    languages.dedup();
    for l in languages {
        d.a(l, DCTERMS, "LinguisticSystem");
    }
    media_types.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    media_types.dedup();
    for m in media_types {
        d.a(m, DCTERMS, "MediaType");
    }
    d.a(term(SPDX, "checksumAlgorithm_sha256"), SPDX, "ChecksumAlgorithm");
    d
}

fn theme(code: &str) -> NamedNode {
    iri(format!("{DATA_THEME}/{code}"))
}
