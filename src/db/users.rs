//! Administrator accounts and their sessions.

use sqlx::SqlitePool;

/// An account as the application sees it (never its hash).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub name: String,
    pub is_admin: bool,
    pub created_at: String,
}

/// Creates an account; fails when the name is taken.
pub async fn add(
    pool: &SqlitePool,
    name: &str,
    hash: &str,
    is_admin: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO users (name, password_hash, is_admin) VALUES (?, ?, ?)")
        .bind(name)
        .bind(hash)
        .bind(is_admin)
        .execute(pool)
        .await?;
    Ok(())
}

/// Sets a new password hash and ends the account's sessions; false when there is no such user.
pub async fn set_password(pool: &SqlitePool, name: &str, hash: &str) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let changed = sqlx::query("UPDATE users SET password_hash = ? WHERE name = ?")
        .bind(hash)
        .bind(name)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    sqlx::query("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE name = ?)")
        .bind(name)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(changed == 1)
}

/// Removes an account (and so its sessions); false when there is no such user.
pub async fn remove(pool: &SqlitePool, name: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM users WHERE name = ?")
        .bind(name)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Every account, by name.
pub async fn list(pool: &SqlitePool) -> Result<Vec<User>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, is_admin, created_at FROM users ORDER BY name")
        .fetch_all(pool)
        .await
}

/// The account and its password hash, by name.
pub async fn with_hash(
    pool: &SqlitePool,
    name: &str,
) -> Result<Option<(User, String)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        user: User,
        password_hash: String,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, name, is_admin, created_at, password_hash FROM users WHERE name = ?",
    )
    .bind(name)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|r| (r.user, r.password_hash)))
}

/// A session of a signed-in user.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: User,
    pub csrf_token: String,
}

/// Starts a session; `id_hash` is the SHA-256 of the cookie value.
pub async fn start_session(
    pool: &SqlitePool,
    id_hash: &str,
    user_id: i64,
    csrf_token: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen) VALUES (?, ?, ?, ?, ?)")
        .bind(id_hash)
        .bind(user_id)
        .bind(csrf_token)
        .bind(now)
        .bind(now)
        .execute(pool)
        .await?;
    Ok(())
}

/// The live session with this id hash, touched now; a session idle since before
/// `idle_since` is ended instead.
pub async fn find_session(
    pool: &SqlitePool,
    id_hash: &str,
    now: i64,
    idle_since: i64,
) -> Result<Option<Session>, sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE last_seen < ?")
        .bind(idle_since)
        .execute(pool)
        .await?;
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        user: User,
        csrf_token: String,
    }
    let row: Option<Row> = sqlx::query_as(
        "UPDATE sessions SET last_seen = ? WHERE id_hash = ? \
         RETURNING (SELECT id FROM users WHERE users.id = sessions.user_id) AS id, \
         (SELECT name FROM users WHERE users.id = sessions.user_id) AS name, \
         (SELECT is_admin FROM users WHERE users.id = sessions.user_id) AS is_admin, \
         (SELECT created_at FROM users WHERE users.id = sessions.user_id) AS created_at, \
         csrf_token",
    )
    .bind(now)
    .bind(id_hash)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|r| Session {
        user: r.user,
        csrf_token: r.csrf_token,
    }))
}

/// Ends a session.
pub async fn end_session(pool: &SqlitePool, id_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = ?")
        .bind(id_hash)
        .execute(pool)
        .await?;
    Ok(())
}

/// Whether a session with this id hash exists (for tests and the logout check).
pub async fn session_exists(pool: &SqlitePool, id_hash: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM sessions WHERE id_hash = ?")
        .bind(id_hash)
        .fetch_one(pool)
        .await?;
    Ok(n > 0)
}
