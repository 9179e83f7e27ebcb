//! The view graph: what a picture of the store shows, as plain data in a petgraph graph.
//! Every view (the whole store, one person, one article, a CONSTRUCT) becomes one of these,
//! and every output (DOT, SVG, PNG, JSON, the rankings) is read from it.

use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use serde::Serialize;

/// What a node stands for; each kind has one shape and colour in the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    Person,
    Country,
    Organisation,
    /// Where a statement was made: an outlet, an event, a place or a medium.
    Venue,
    Statement,
    Date,
    /// A resource of a user's CONSTRUCT that is none of the above.
    Other,
}

impl NodeKind {
    pub const ALL: [NodeKind; 7] = [
        NodeKind::Person,
        NodeKind::Country,
        NodeKind::Organisation,
        NodeKind::Venue,
        NodeKind::Statement,
        NodeKind::Date,
        NodeKind::Other,
    ];

    pub fn name(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::Country => "country",
            NodeKind::Organisation => "organisation",
            NodeKind::Venue => "venue",
            NodeKind::Statement => "statement",
            NodeKind::Date => "date",
            NodeKind::Other => "other",
        }
    }

    /// Which nodes stay first when a view is cut to `--max-nodes` and degrees tie: the
    /// entities a reader looks for before the statements and dates that hang off them.
    pub fn keep_priority(self) -> u8 {
        match self {
            NodeKind::Person => 0,
            NodeKind::Organisation | NodeKind::Country => 1,
            NodeKind::Venue => 2,
            NodeKind::Other => 3,
            NodeKind::Date => 4,
            NodeKind::Statement => 5,
        }
    }
}

/// What an edge says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EdgeKind {
    /// A person holds a post in an organisation or country; the label is the post.
    Role,
    /// A person made a statement.
    Said,
    /// A statement was made at a venue.
    At,
    /// A statement was made on a date.
    On,
    /// An organisation belongs to a country (a national ministry).
    PartOf,
    /// Any other link of a user's CONSTRUCT; the label is the property's local name.
    Other,
}

/// One node: the IRI it was read from, its kind, the label shown and every label it has
/// (for finding a person by any name in any script).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ViewNode {
    pub id: String,
    pub kind: NodeKind,
    pub label: String,
    #[serde(skip)]
    pub all_labels: Vec<String>,
    /// A statement's full words (its label is shortened); empty for other kinds.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ViewEdge {
    pub kind: EdgeKind,
    pub label: String,
}

pub type ViewGraph = StableDiGraph<ViewNode, ViewEdge>;

/// Neighbours in either direction, each once.
pub fn neighbours(g: &ViewGraph, n: NodeIndex) -> Vec<NodeIndex> {
    let mut v: Vec<NodeIndex> = g.neighbors_undirected(n).collect();
    v.sort();
    v.dedup();
    v
}

/// How many distinct nodes a node is linked to, in either direction.
pub fn degree(g: &ViewGraph, n: NodeIndex) -> usize {
    neighbours(g, n).len()
}
