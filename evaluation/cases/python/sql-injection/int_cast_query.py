import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/invoice")
def invoice():
    invoice_id = int(request.args["id"])
    conn = sqlite3.connect("billing.db")
    row = conn.execute("SELECT total FROM invoices WHERE id = ?", (invoice_id,)).fetchone()
    return {"total": row[0] if row else None}
