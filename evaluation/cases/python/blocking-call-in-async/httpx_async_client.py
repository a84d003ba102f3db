import httpx


async def weather(city: str):
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(f"https://weather.example.org/{city}")
        return resp.json()
