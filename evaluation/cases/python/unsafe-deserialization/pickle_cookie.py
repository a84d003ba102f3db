import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    raw = base64.b64decode(request.cookies.get("cart", ""))
    items = pickle.loads(raw)  # expect: unsafe-deserialization
    return {"count": len(items)}
