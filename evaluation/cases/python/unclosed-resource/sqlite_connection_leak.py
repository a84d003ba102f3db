import sqlite3


def count_users(db_path):
    conn = sqlite3.connect(db_path)  # expect: unclosed-resource
    row = conn.execute("SELECT COUNT(*) FROM users").fetchone()
    return row[0]
