import sqlite3

from flask import Flask, request

app = Flask(__name__)
LEGACY_SEARCH = False


@app.route("/users")
def users():
    name = request.args.get("name", "")
    sql = "SELECT id FROM users WHERE active = 1"
    if LEGACY_SEARCH:
        sql = "SELECT id FROM users WHERE name = '" + name + "'"
    conn = sqlite3.connect("app.db")
    return {"ids": [r[0] for r in conn.execute(sql)]}
