import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/debug")
def debug():
    cmd = request.args.get("cmd", "")
    if False:
        os.system(cmd)
    return {"enabled": False}
