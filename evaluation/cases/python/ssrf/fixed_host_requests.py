import requests
from flask import Flask, request

app = Flask(__name__)
INVENTORY = "https://inventory.internal/api/items/"


@app.route("/stock")
def stock():
    sku = int(request.args["sku"])
    return requests.get(f"{INVENTORY}{sku}", timeout=5).json()
