import asyncio
import logging

import httpx

log = logging.getLogger("inventory.notify")


async def post_event(url: str, payload: dict) -> int:
    async with httpx.AsyncClient(timeout=5) as client:
        response = await client.post(url, json=payload)  # vuln: ssrf
        return response.status_code


async def low_stock_alert(sku: str, quantity: int) -> None:
    await asyncio.sleep(0)
    log.warning("low stock on %s: %d left", sku, quantity)
