import asyncpg

from ..models import ItemSearch, StockAdjustment

SORTABLE = {"sku": "sku", "name": "name", "quantity": "quantity DESC"}
COLUMNS = "id, sku, name, location, quantity, unit_cost"


async def search(conn: asyncpg.Connection, criteria: ItemSearch) -> list[asyncpg.Record]:
    clauses = ["active"]
    if criteria.q:
        clauses.append(f"(name ILIKE '%{criteria.q}%' OR sku = '{criteria.q}')")
    if criteria.warehouse:
        clauses.append(f"warehouse = '{criteria.warehouse}'")
    order = SORTABLE.get(criteria.sort, "sku")
    sql = f"SELECT {COLUMNS} FROM items WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT 200"
    return await conn.fetch(sql)  # vuln: sql-injection


async def by_sku(conn: asyncpg.Connection, sku: str) -> asyncpg.Record | None:
    return await conn.fetchrow(f"SELECT {COLUMNS} FROM items WHERE sku = $1", sku)


async def low_stock(conn: asyncpg.Connection, threshold: int, warehouse: str) -> list[asyncpg.Record]:
    return await conn.fetch(
        f"SELECT {COLUMNS} FROM items WHERE quantity < $1 AND warehouse = $2 ORDER BY quantity", threshold, warehouse
    )


async def history(conn: asyncpg.Connection, sku: str, since: str) -> list[asyncpg.Record]:
    sql = "SELECT sku, delta, reason, created_at FROM stock_moves WHERE sku = $1 AND created_at >= '" + since + "'"
    return await conn.fetch(sql, sku)  # vuln: sql-injection


async def apply_adjustments(conn: asyncpg.Connection, adjustments: list[StockAdjustment]) -> int:
    applied = 0
    async with conn.transaction():
        for adj in adjustments:
            try:
                await conn.execute("UPDATE items SET quantity = quantity + $1 WHERE sku = $2", adj.delta, adj.sku)  # vuln: n-plus-one
                applied += 1
            except asyncpg.PostgresError:  # vuln: empty-catch
                pass
    return applied


async def record_moves(conn: asyncpg.Connection, adjustments: list[StockAdjustment]) -> None:
    await conn.executemany(
        "INSERT INTO stock_moves (sku, delta, reason) VALUES ($1, $2, $3)",
        [(a.sku, a.delta, a.reason) for a in adjustments],
    )
