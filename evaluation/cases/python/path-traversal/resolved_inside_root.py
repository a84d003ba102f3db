from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
ROOT = Path("/srv/uploads").resolve()


@app.route("/file")
def read_file():
    target = (ROOT / request.args["name"]).resolve()
    if not target.is_relative_to(ROOT):
        abort(400)
    return target.read_bytes()
