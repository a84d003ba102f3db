import asyncpg
from fastapi import APIRouter, Depends, HTTPException, Query

from ..db import get_conn
from ..models import BulkAdjustment, Item, ItemSearch, PriceRule, User
from ..repositories import items as repo
from ..security import admin_user, current_user
from ..services import notify, pricing

router = APIRouter(prefix="/items", tags=["items"])


@router.get("", response_model=list[Item])
async def search_items(
    criteria: ItemSearch = Depends(),
    user: User = Depends(current_user),
    conn: asyncpg.Connection = Depends(get_conn),
):
    if user.warehouse and not criteria.warehouse:
        criteria.warehouse = user.warehouse
    return [Item(**dict(r)) for r in await repo.search(conn, criteria)]


@router.get("/low-stock", response_model=list[Item])
async def low_stock(
    threshold: int = Query(10, ge=0),
    user: User = Depends(current_user),
    conn: asyncpg.Connection = Depends(get_conn),
):
    rows = await repo.low_stock(conn, threshold, user.warehouse or "main")
    for row in rows:
        notify.low_stock_alert(row["sku"], row["quantity"])  # vuln: missing-await
    return [Item(**dict(r)) for r in rows]


@router.get("/{sku}", response_model=Item)
async def get_item(sku: str, user: User = Depends(current_user), conn: asyncpg.Connection = Depends(get_conn)):
    row = await repo.by_sku(conn, sku)
    if row is None:
        raise HTTPException(404, f"no item {sku}")
    return Item(**dict(row))


@router.get("/{sku}/history")
async def item_history(
    sku: str,
    since: str = Query("1970-01-01"),
    user: User = Depends(current_user),
    conn: asyncpg.Connection = Depends(get_conn),
):
    return [dict(r) for r in await repo.history(conn, sku, since)]


@router.post("/adjust")
async def adjust(body: BulkAdjustment, user: User = Depends(current_user), conn: asyncpg.Connection = Depends(get_conn)):
    applied = await repo.apply_adjustments(conn, body.adjustments)
    await repo.record_moves(conn, body.adjustments)
    return {"applied": applied}


@router.post("/{sku}/price-preview")
async def price_preview(
    sku: str, rule: PriceRule, admin: User = Depends(admin_user), conn: asyncpg.Connection = Depends(get_conn)
):
    row = await repo.by_sku(conn, sku)
    if row is None:
        raise HTTPException(404, "unknown sku")
    return {"rule": rule.name, "price": pricing.preview(rule.formula, row["unit_cost"], row["quantity"])}


@router.post("/{sku}/price-check")
async def price_check(sku: str, rule: PriceRule, user: User = Depends(current_user), conn: asyncpg.Connection = Depends(get_conn)):
    row = await repo.by_sku(conn, sku)
    if row is None:
        raise HTTPException(404, "unknown sku")
    try:
        return {"price": pricing.evaluate_safely(rule.formula, row["unit_cost"], row["quantity"])}
    except ValueError as e:
        raise HTTPException(422, str(e))
