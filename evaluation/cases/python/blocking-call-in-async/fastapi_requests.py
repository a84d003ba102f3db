import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/weather/{city}")
async def weather(city: str):
    resp = requests.get(f"https://api.weather.example/{city}", timeout=5)  # expect: blocking-call-in-async
    return resp.json()
