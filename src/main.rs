//! The `interventiewijzer` binary: configuration, logging, database, then serve.

use clap::Parser;
use interventiewijzer::cli;
use interventiewijzer::config::{Command, Config};
use std::process::ExitCode;

// mimalloc: the pages allocate many small strings per request; glibc's malloc showed up as a
// sixth of the advice page's CPU time under load (see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Before the runtime's threads and buffers touch the heap.
    without_transparent_huge_pages();
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(run()),
        Err(error) => {
            eprintln!("interventiewijzer: cannot start the async runtime: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> ExitCode {
    let config = Config::parse();
    interventiewijzer::logging::init(&config.rust_log, config.log_format);
    // A panic's message may quote request data: log only where it happened. The web layer
    // answers the request with a plain 500 and goes on serving.
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()));
        tracing::error!(location = location.as_deref().unwrap_or("unknown"), "panic");
    }));
    let result: Result<(), Box<dyn std::error::Error>> = match &config.command {
        None | Some(Command::Serve) => interventiewijzer::run(&config).await.map_err(Into::into),
        Some(Command::Migrate) => interventiewijzer::migrate(&config)
            .await
            .map_err(Into::into),
        Some(Command::User { command }) => cli::user(&config, command).await.map_err(Into::into),
        Some(Command::Kb { command }) => cli::kb(&config, command).await.map_err(Into::into),
        Some(Command::Backup { file }) => cli::backup(&config, file).await.map_err(Into::into),
        Some(Command::Healthcheck { target }) => {
            let target = target
                .clone()
                .unwrap_or_else(|| interventiewijzer::healthcheck::target(&config.bind_addr));
            interventiewijzer::healthcheck::check(&target)
                .await
                .map_err(Into::into)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "interventiewijzer stopped");
            eprintln!("interventiewijzer: {error}");
            ExitCode::FAILURE
        }
    }
}

/// mimalloc asks the kernel for transparent huge pages for its arena, and then every touched
/// 2 MiB of address space counts whole in the resident memory: 28 MiB at rest and about 40 MiB
/// under load instead of 14 and 22 (see BENCHMARKS.md). Turn them off for this process; the
/// pages touched from now on are 4 KiB each.
fn without_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory of ours.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
