import requests
from flask import Flask, request

app = Flask(__name__)
FEEDS = {"news": "https://feeds.example.org/news.xml", "blog": "https://blog.example.org/rss"}


@app.route("/feed")
def feed():
    url = FEEDS.get(request.args.get("feed"), FEEDS["news"])
    return requests.get(url, timeout=5).text
