import sqlite3

TABLE = "audit_log"
RETENTION_DAYS = 30


def purge(conn: sqlite3.Connection) -> int:
    cur = conn.execute(
        f"DELETE FROM {TABLE} WHERE created < date('now', '-{RETENTION_DAYS} days')"
    )
    return cur.rowcount
