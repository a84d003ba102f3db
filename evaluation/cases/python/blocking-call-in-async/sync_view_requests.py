import requests
from flask import Flask

app = Flask(__name__)


@app.get("/weather/<city>")
def weather(city):
    return requests.get(f"https://api.weather.example/{city}", timeout=5).json()
