//! Publishing: the store's data as a release folder that linked-data users and data portals
//! can take as it is.
//!
//! `figures` computes what the descriptions state (SPARQL aggregates over the store), `dumps`
//! streams the data into six RDF formats (`jsonld` adds the short names), `void` and `dcat`
//! describe the dataset in VoID and DCAT-AP, and `release` makes the folder appear whole or not
//! at all. The ontology and the shapes go beside the data, as the files the binary carries.

pub mod dcat;
pub mod describe;
pub mod dumps;
pub mod figures;
pub mod jsonld;
pub mod release;
pub mod void;

use crate::rdf::vocab::{NG, ORG, SCHEMA};
use crate::store::{ONTOLOGY_TTL, SHAPES_TTL};
use dumps::{DumpFormat, WrittenFile};
use figures::Figures;
use oxigraph::model::NamedNode;
use oxigraph::store::Store;
use std::path::{Path, PathBuf};

/// The VoID description's file name in a release.
pub const VOID_FILE: &str = "void.ttl";
/// The DCAT-AP catalogue record's file name in a release.
pub const CATALOG_FILE: &str = "catalog.ttl";
pub const ONTOLOGY_FILE: &str = "ontology.ttl";
pub const SHAPES_FILE: &str = "shapes.ttl";

/// What the publisher says about the release; everything else is computed from the store.
#[derive(Debug, Clone)]
pub struct Release {
    /// The dataset's IRI space (the base IRI the store was built with).
    pub base: String,
    /// Where the release's files will be downloadable (a folder URL ending in '/').
    pub download_base: String,
    pub sparql_endpoint: Option<String>,
    pub title: String,
    /// None: a description written from the figures.
    pub description: Option<String>,
    pub publisher: String,
    pub license: Option<String>,
    /// Codes of the EU data-theme vocabulary (GOVE, INTR...).
    pub themes: Vec<String>,
    /// YYYY-MM-DD: when the dataset was first issued.
    pub issued: String,
    /// YYYY-MM-DD: the date of this release.
    pub modified: String,
}

impl Release {
    pub fn catalog(&self) -> NamedNode {
        describe::iri(format!("{}catalog", self.base))
    }
    pub fn dataset(&self) -> NamedNode {
        describe::iri(format!("{}dataset", self.base))
    }
    pub fn publisher_node(&self) -> NamedNode {
        describe::iri(format!("{}publisher", self.base))
    }
    pub fn service(&self) -> NamedNode {
        describe::iri(format!("{}dataset/sparql", self.base))
    }
    pub fn distribution(&self, file: &str) -> NamedNode {
        describe::iri(format!(
            "{}dataset/distribution/{}",
            self.base,
            crate::rdf::mint::encode(file)
        ))
    }
    pub fn download_url(&self, file: &str) -> NamedNode {
        describe::iri(format!("{}{}", self.download_base, crate::rdf::mint::encode(file)))
    }

    /// The dataset's description in words: the publisher's, or one made of the figures.
    pub fn description_text(&self, figures: &Figures) -> String {
        if let Some(d) = &self.description {
            return d.clone();
        }
        let n = |class: &str| figures.instances_of(&format!("{SCHEMA}{class}"));
        let languages: Vec<&str> = figures
            .languages
            .iter()
            .map(|code| dcat::language(code).map_or(code.as_str(), |l| l.name))
            .collect();
        format!(
            "Who holds which role in which organisation, and who said what, when and where, as newsgraph \
             extracted it from {} news articles in {}: {} persons, {} role facts (W3C ORG memberships) and \
             {} statements, each traced to the characters of the article it came from (NIF offsets), one \
             named graph per article, with an identity graph that says which names are one person.",
            n("NewsArticle"),
            if languages.is_empty() {
                "no language".to_string()
            } else {
                languages.join(", ")
            },
            n("Person"),
            figures.instances_of(&format!("{ORG}Membership")),
            figures.instances_of(&format!("{NG}Statement")),
        )
    }
}

/// A finished release.
pub struct Published {
    pub dir: PathBuf,
    pub files: Vec<WrittenFile>,
    pub dumps: Vec<(DumpFormat, WrittenFile)>,
    pub figures: Figures,
}

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("the store holds no article under {0}: build articles first, or pass the --base-iri they were built with")]
    NothingUnderBase(String),
}

/// Writes the release folder `out` from the store (see the module's documentation).
pub fn publish(store: &Store, out: &Path, force: bool, release: &Release) -> anyhow::Result<Published> {
    if !figures::has_articles_under(store, &release.base)? {
        return Err(PublishError::NothingUnderBase(release.base.clone()).into());
    }
    let staging = release::Staging::begin(out, force)?;
    let figures = figures::compute(store, &release.base)?;
    let context = jsonld::JsonLdContext::for_properties(figures.properties.iter().map(|(p, _)| p.as_str()));
    let dumps = dumps::write_all(store, staging.dir(), &context)?;
    let mut files: Vec<WrittenFile> = dumps.iter().map(|(_, f)| f.clone()).collect();
    for (name, text) in [(ONTOLOGY_FILE, ONTOLOGY_TTL), (SHAPES_FILE, SHAPES_TTL)] {
        write_synced(&staging.dir().join(name), text.as_bytes())?;
        files.push(WrittenFile::measure(staging.dir(), name)?);
    }
    void::describe(release, &figures, &dumps).write_turtle(&staging.dir().join(VOID_FILE))?;
    files.push(WrittenFile::measure(staging.dir(), VOID_FILE)?);
    dcat::describe(release, &figures, &dumps).write_turtle(&staging.dir().join(CATALOG_FILE))?;
    files.push(WrittenFile::measure(staging.dir(), CATALOG_FILE)?);
    let dir = staging.commit()?;
    Ok(Published {
        dir,
        files,
        dumps,
        figures,
    })
}

fn write_synced(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use anyhow::Context;
    use std::io::Write;
    let mut file = std::fs::File::create(path).with_context(|| format!("{}: cannot create it", path.display()))?;
    file.write_all(bytes)
        .and_then(|_| file.sync_all())
        .with_context(|| format!("{}: cannot write it", path.display()))
}
