import asyncio

from fastapi import APIRouter

router = APIRouter()


async def record_audit(user_id: int, action: str) -> None:
    await asyncio.sleep(0)
    print(f"audit {user_id} {action}")


def record_metric(name: str) -> None:
    print(f"metric {name}")


@router.delete("/accounts/{user_id}")
async def close_account(user_id: int):
    await record_audit(user_id, "close")
    record_metric("account.closed")
    asyncio.create_task(record_audit(user_id, "notify"))
    return {"closed": user_id}
