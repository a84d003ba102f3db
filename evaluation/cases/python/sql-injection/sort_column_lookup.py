from flask import Flask, g, request

app = Flask(__name__)
SORT_COLUMNS = {"name": "name", "newest": "created_at DESC", "city": "city"}


@app.get("/customers")
def customers():
    column = SORT_COLUMNS.get(request.args.get("sort"), "name")
    cursor = g.db.cursor()
    cursor.execute(f"SELECT id, name, city FROM customers ORDER BY {column}")
    return {"rows": cursor.fetchall()}
