import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/weather/{city}")
async def weather(city: str):
    async with httpx.AsyncClient() as client:
        resp = await client.get(f"https://api.weather.example/{city}")
    return resp.json()
