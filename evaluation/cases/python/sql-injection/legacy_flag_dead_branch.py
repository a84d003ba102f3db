from flask import Flask, g, request

app = Flask(__name__)
USE_LEGACY_SEARCH = False


@app.get("/search")
def search():
    term = request.args.get("q", "")
    cur = g.db.cursor()
    if USE_LEGACY_SEARCH:
        cur.execute("SELECT * FROM posts WHERE title LIKE '%" + term + "%'")
    else:
        cur.execute("SELECT * FROM posts WHERE title LIKE %s", ("%" + term + "%",))
    return {"posts": cur.fetchall()}
