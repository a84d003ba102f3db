import sqlite3

from fastapi import FastAPI

app = FastAPI()
conn = sqlite3.connect("inventory.db", check_same_thread=False)


@app.get("/items/{item_id}")
def read_item(item_id: int):
    cur = conn.cursor()
    cur.execute(f"SELECT id, name, qty FROM items WHERE id = {item_id}")
    return {"item": cur.fetchone()}
