//! `newsgraph publish`
use crate::cli::PublishArgs;
pub fn run(_args: &PublishArgs) -> anyhow::Result<()> {
    anyhow::bail!("not yet")
}
