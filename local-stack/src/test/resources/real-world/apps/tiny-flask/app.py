import sqlite3

from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/user")
def user():
    db = sqlite3.connect("app.db")
    name = request.args.get("name", "")
    rows = db.execute("SELECT * FROM users WHERE name = '" + name + "'").fetchall()  # vuln: sql-injection
    return render_template("user.html", rows=rows, name=name)


@app.route("/user-safe")
def user_safe():
    db = sqlite3.connect("app.db")
    name = request.args.get("name", "")
    rows = db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()
    return render_template("user.html", rows=rows, name=name)
