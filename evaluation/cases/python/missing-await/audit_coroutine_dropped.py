import asyncio

from fastapi import APIRouter

router = APIRouter()


async def record_audit(user_id: int, action: str) -> None:
    await asyncio.sleep(0)
    print(f"audit {user_id} {action}")


@router.delete("/accounts/{user_id}")
async def close_account(user_id: int):
    record_audit(user_id, "close")  # expect: missing-await
    return {"closed": user_id}
