import asyncio
import time


async def poll(queue):
    while True:
        item = await queue.get()
        if item is None:
            time.sleep(1)  # expect: blocking-call-in-async
            continue
        await item.process()
