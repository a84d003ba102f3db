import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/weather/{city}")
async def weather(city: str):
    resp = requests.get(f"https://weather.example.org/{city}", timeout=5)  # expect: blocking-call-in-async
    return resp.json()
