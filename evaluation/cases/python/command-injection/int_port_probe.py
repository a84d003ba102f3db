import os

from flask import Flask, request

app = Flask(__name__)


@app.get("/probe")
def probe():
    port = int(request.args["port"])
    code = os.system(f"nc -z -w 2 localhost {port}")
    return {"open": code == 0}
