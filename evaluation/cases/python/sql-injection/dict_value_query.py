import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/tags")
def rename_tag():
    values = {"label": request.form["label"], "color": "blue"}
    sql = "UPDATE tags SET label = '%s'" % values["label"]
    conn = sqlite3.connect("app.db")
    conn.executescript(sql)  # expect: sql-injection
    return "", 204
