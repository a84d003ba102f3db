def load_authors(conn, post_ids):
    cur = conn.cursor()
    authors = {}
    for post_id in post_ids:
        cur.execute("SELECT author FROM posts WHERE id = %s", (post_id,))  # expect: n-plus-one
        authors[post_id] = cur.fetchone()[0]
    return authors
