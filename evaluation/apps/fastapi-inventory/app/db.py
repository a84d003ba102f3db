from typing import AsyncIterator

import asyncpg
from fastapi import Request

from .config import get_settings

_pool: asyncpg.Pool | None = None


async def open_pool() -> None:
    global _pool
    _pool = await asyncpg.create_pool(get_settings().database_url, min_size=2, max_size=10)


async def close_pool() -> None:
    if _pool is not None:
        await _pool.close()


async def get_conn(request: Request) -> AsyncIterator[asyncpg.Connection]:
    async with _pool.acquire() as conn:
        yield conn
