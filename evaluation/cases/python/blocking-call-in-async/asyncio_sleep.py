import asyncio


async def retry(operation, attempts=3):
    for attempt in range(attempts):
        try:
            return await operation()
        except ConnectionError:
            await asyncio.sleep(2 ** attempt)
    raise RuntimeError("gave up")
