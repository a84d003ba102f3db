def load_authors(conn, post_ids):
    cur = conn.cursor()
    cur.execute("SELECT id, author FROM posts WHERE id = ANY(%s)", (list(post_ids),))
    authors = {}
    for post_id, author in cur.fetchall():
        authors[post_id] = author
    return authors
