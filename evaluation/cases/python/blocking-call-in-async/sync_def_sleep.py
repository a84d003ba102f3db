import asyncio
import time


def slow_job():
    time.sleep(1)
    return "done"


async def run_in_thread():
    return await asyncio.to_thread(slow_job)
