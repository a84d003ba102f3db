import sqlite3
from contextlib import closing

from flask import Flask, request

app = Flask(__name__)


@app.route("/users")
def find_user():
    name = request.args.get("name")
    with closing(sqlite3.connect("shop.db")) as conn:
        rows = conn.execute("SELECT id, name FROM users WHERE name = ?", (name,)).fetchall()
    return {"users": rows}


@app.route("/users/by-id")
def find_user_by_id():
    user_id = request.args.get("id")
    with closing(sqlite3.connect("shop.db")) as conn:
        rows = conn.execute("SELECT id, name FROM users WHERE id = ?", (user_id,)).fetchall()
    return {"users": rows}
