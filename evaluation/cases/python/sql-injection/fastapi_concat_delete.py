from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql://localhost/app")


@app.delete("/sessions/{tenant}")
def purge(tenant: str):
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM sessions WHERE tenant = '" + tenant + "'"))  # expect: sql-injection
    return {"ok": True}
