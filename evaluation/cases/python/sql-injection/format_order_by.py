from flask import Flask, g, request

app = Flask(__name__)


@app.get("/customers")
def customers():
    sort = request.args.get("sort", "name")
    query = "SELECT id, name, city FROM customers ORDER BY {}".format(sort)
    cursor = g.db.cursor()
    cursor.execute(query)  # expect: sql-injection
    return {"rows": cursor.fetchall()}
