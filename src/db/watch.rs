//! Health of the database as a readiness check, and noticing a knowledge base changed by another
//! process (`interventiewijzer kb import` while the server runs) through the audit log.

use std::time::Duration;

use sqlx::SqlitePool;

/// How long the readiness check may take.
pub const READY_TIMEOUT: Duration = Duration::from_secs(2);

/// How often the server looks whether another process changed the database.
pub const WATCH_INTERVAL: Duration = Duration::from_secs(2);

/// Reads the knowledge base's size and rewrites the readiness row in a write transaction,
/// within [`READY_TIMEOUT`].
pub async fn ready(pool: &SqlitePool) -> Result<(), String> {
    let check = async {
        let _: i64 = sqlx::query_scalar("SELECT count(*) FROM interventions")
            .fetch_one(pool)
            .await?;
        let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query("INSERT OR REPLACE INTO readiness (id, checked_at) VALUES (1, unixepoch())")
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    };
    match tokio::time::timeout(READY_TIMEOUT, check).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(error)) => Err(error.to_string()),
        Err(_) => Err(format!(
            "no read and write within {} s",
            READY_TIMEOUT.as_secs()
        )),
    }
}

/// Calls `changed` whenever a new audit entry appears, checked every [`WATCH_INTERVAL`]:
/// every change to the knowledge base, this server's or another process's (`kb import`),
/// writes one in the same transaction. Runs until the pool closes.
pub async fn on_change<F, Fut>(pool: SqlitePool, mut changed: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let mut last: Option<i64> = None;
    loop {
        if pool.is_closed() {
            return;
        }
        match sqlx::query_scalar::<_, i64>("SELECT coalesce(max(id), 0) FROM audit_log")
            .fetch_one(&pool)
            .await
        {
            Ok(newest) => {
                // The first look also covers a change between loading and watching.
                if last != Some(newest) {
                    changed().await;
                }
                last = Some(newest);
            }
            Err(error) => tracing::warn!(%error, "cannot look for changes in the database"),
        }
        tokio::time::sleep(WATCH_INTERVAL).await;
    }
}
