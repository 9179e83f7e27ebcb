//! `newsgraph completions SHELL`: a completion script generated from the command line's own
//! definition, so it never falls behind a new option.

use crate::cli::{Cli, CompletionsArgs};
use clap::CommandFactory;

pub fn run(args: &CompletionsArgs) -> anyhow::Result<()> {
    let mut command = Cli::command();
    let mut out = std::io::stdout().lock();
    clap_complete::generate(args.shell, &mut command, "newsgraph", &mut out);
    Ok(())
}
