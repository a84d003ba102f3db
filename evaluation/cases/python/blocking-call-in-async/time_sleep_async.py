import time


async def retry(operation, attempts=3):
    for attempt in range(attempts):
        try:
            return await operation()
        except ConnectionError:
            time.sleep(2 ** attempt)  # expect: blocking-call-in-async
    raise RuntimeError("gave up")
