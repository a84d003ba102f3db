import asyncpg


async def apply_adjustments(conn, adjustments):
    applied = 0
    async with conn.transaction():
        for adj in adjustments:
            try:
                await conn.execute("UPDATE items SET quantity = quantity + $1 WHERE sku = $2", adj.delta, adj.sku)
                applied += 1
            except asyncpg.PostgresError:  # expect: empty-catch
                pass
    return applied
