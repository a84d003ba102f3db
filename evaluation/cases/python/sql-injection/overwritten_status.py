import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/tickets/count")
def count():
    status = request.args.get("status")
    status = "OPEN"
    conn = sqlite3.connect("app.db")
    row = conn.execute(f"SELECT COUNT(*) FROM tickets WHERE status = '{status}'").fetchone()
    return {"count": row[0]}
