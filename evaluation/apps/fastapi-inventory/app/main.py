from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from . import db
from .routers import auth, documents, items, labels, webhooks


@asynccontextmanager
async def lifespan(app: FastAPI):
    await db.open_pool()
    yield
    await db.close_pool()


app = FastAPI(title="Warehouse inventory", lifespan=lifespan)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://inventory.example.com"],
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

for router in (auth.router, items.router, documents.router, labels.router, webhooks.router):
    app.include_router(router)


@app.get("/health")
async def health():
    return {"status": "ok"}
