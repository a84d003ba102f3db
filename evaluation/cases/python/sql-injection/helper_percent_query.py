import psycopg2
from flask import Flask, request

app = Flask(__name__)


def build_filter(column, value):
    return "SELECT count(*) FROM orders WHERE %s = '%s'" % (column, value)


@app.post("/count")
def count():
    status = request.form["status"]
    sql = build_filter("status", status)
    with psycopg2.connect("dbname=shop") as conn, conn.cursor() as cur:
        cur.execute(sql)  # expect: sql-injection
        return str(cur.fetchone()[0])
