import hashlib
import hmac

import asyncpg


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 310_000)


async def verify(conn: asyncpg.Connection, username: str, password: str) -> str | None:
    row = await conn.fetchrow("SELECT role, salt, password_hash FROM accounts WHERE username = $1", username)
    if row is None:
        return None
    if not hmac.compare_digest(_hash(password, row["salt"]), row["password_hash"]):
        return None
    return row["role"]
