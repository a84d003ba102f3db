import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/profile")
def github_profile():
    username = request.args.get("user", "octocat")
    reply = requests.get(f"https://api.github.com/users/{username}", timeout=5)
    return reply.json()
