import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/notes")
def notes():
    owner = request.args.get("owner", "")
    conn = sqlite3.connect("notes.db")
    cur = conn.cursor()
    cur.execute("SELECT id, title FROM notes WHERE owner = ?", (owner,))
    return jsonify(cur.fetchall())
