//! `newsgraph man`: the manual page, generated from the command line's own definition
//! (clap_mangen), so `man newsgraph` says what `--help` says.

use crate::cli::{Cli, ManArgs};
use anyhow::Context;
use clap::CommandFactory;
use std::io::Write;

pub fn run(args: &ManArgs) -> anyhow::Result<()> {
    let command = Cli::command();
    match &args.output {
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(command).render(&mut page)?;
            std::io::stdout().lock().write_all(&page)?;
        }
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create the directory", dir.display()))?;
            clap_mangen::generate_to(command, dir)
                .with_context(|| format!("{}: cannot write the manual pages", dir.display()))?;
            tracing::info!(dir = %dir.display(), "wrote the manual pages");
        }
    }
    Ok(())
}
