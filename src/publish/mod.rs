//! Publishing the store as a release folder.
pub mod figures;
