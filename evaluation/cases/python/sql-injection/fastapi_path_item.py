import sqlite3

from fastapi import FastAPI

app = FastAPI()
conn = sqlite3.connect("inventory.db", check_same_thread=False)


@app.get("/items/{item_code}")
def read_item(item_code: str):
    cur = conn.cursor()
    cur.execute("SELECT id, name, qty FROM items WHERE code = '" + item_code + "'")  # expect: sql-injection
    return {"item": cur.fetchone()}
