//! The VoID description of a release (`void.ttl`): what the dataset holds, counted from the
//! store, where its dumps are, and how it links to other datasets.

use super::describe::{count, english, iri, term, typed, Description, FOAF, VOID};
use super::dumps::{DumpFormat, WrittenFile};
use super::figures::Figures;
use super::{Release, VOID_FILE};
use crate::rdf::mint::encode;
use crate::rdf::vocab::{DCTERMS, OWL};
use oxigraph::model::Literal;

pub fn describe(release: &Release, figures: &Figures, dumps: &[(DumpFormat, WrittenFile)]) -> Description {
    let mut d = Description::default();
    let dataset = release.dataset();
    let void = |local: &str| term(VOID, local);

    let document = release.download_url(VOID_FILE);
    d.a(document.clone(), VOID, "DatasetDescription");
    d.add(
        document.clone(),
        term(DCTERMS, "title"),
        english(&format!("A VoID description of {}", release.title)),
    );
    d.add(document, term(FOAF, "primaryTopic"), dataset.clone());

    d.a(dataset.clone(), VOID, "Dataset");
    d.add(dataset.clone(), term(DCTERMS, "title"), english(&release.title));
    d.add(
        dataset.clone(),
        term(DCTERMS, "description"),
        english(&release.description_text(figures)),
    );
    let publisher = release.publisher_node();
    d.add(dataset.clone(), term(DCTERMS, "publisher"), publisher.clone());
    d.a(publisher.clone(), FOAF, "Agent");
    d.add(
        publisher,
        term(FOAF, "name"),
        Literal::new_simple_literal(&release.publisher),
    );
    if let Some(license) = &release.license {
        d.add(dataset.clone(), term(DCTERMS, "license"), iri(license.as_str()));
    }
    d.add(dataset.clone(), term(DCTERMS, "issued"), typed(&release.issued, "date"));
    d.add(
        dataset.clone(),
        term(DCTERMS, "modified"),
        typed(&release.modified, "date"),
    );
    d.add(
        dataset.clone(),
        void("uriSpace"),
        Literal::new_simple_literal(&release.base),
    );

    d.add(dataset.clone(), void("triples"), count(figures.triples));
    d.add(dataset.clone(), void("entities"), count(figures.entities));
    d.add(dataset.clone(), void("classes"), count(figures.classes.len() as u64));
    d.add(
        dataset.clone(),
        void("properties"),
        count(figures.properties.len() as u64),
    );
    d.add(
        dataset.clone(),
        void("distinctSubjects"),
        count(figures.distinct_subjects),
    );
    d.add(
        dataset.clone(),
        void("distinctObjects"),
        count(figures.distinct_objects),
    );

    for (dump, file) in dumps {
        d.add(dataset.clone(), void("dataDump"), release.download_url(&file.name));
        d.add(dataset.clone(), void("feature"), iri(dump.format.iri()));
    }
    if let Some(endpoint) = &release.sparql_endpoint {
        d.add(dataset.clone(), void("sparqlEndpoint"), iri(endpoint.as_str()));
    }
    for vocabulary in figures.vocabularies() {
        d.add(dataset.clone(), void("vocabulary"), iri(vocabulary));
    }
    for (class, entities) in &figures.classes {
        let partition = d.blank();
        d.add(dataset.clone(), void("classPartition"), partition.clone());
        d.add(partition.clone(), void("class"), iri(class.as_str()));
        d.add(partition, void("entities"), count(*entities));
    }
    for (property, triples) in &figures.properties {
        let partition = d.blank();
        d.add(dataset.clone(), void("propertyPartition"), partition.clone());
        d.add(partition.clone(), void("property"), iri(property.as_str()));
        d.add(partition, void("triples"), count(*triples));
    }
    for linkset in &figures.linksets {
        let key = encode(
            linkset
                .target
                .split_once("://")
                .map_or(linkset.target.as_str(), |(_, rest)| rest),
        );
        let node = iri(format!("{}dataset/links/{key}", release.base));
        let target = iri(format!("{}dataset/target/{key}", release.base));
        d.add(dataset.clone(), void("subset"), node.clone());
        d.a(node.clone(), VOID, "Linkset");
        d.add(node.clone(), void("linkPredicate"), term(OWL, "sameAs"));
        d.add(node.clone(), void("subjectsTarget"), dataset.clone());
        d.add(node.clone(), void("objectsTarget"), target.clone());
        d.add(node, void("triples"), count(linkset.links));
        d.a(target.clone(), VOID, "Dataset");
        d.add(target, void("uriSpace"), Literal::new_simple_literal(&linkset.target));
    }
    d
}
