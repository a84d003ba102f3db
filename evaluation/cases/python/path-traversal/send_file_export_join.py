import os

from flask import Flask, request, send_file

app = Flask(__name__)
EXPORT_DIR = "/srv/exports"


@app.get("/exports")
def download_export():
    name = request.args["name"]
    return send_file(os.path.join(EXPORT_DIR, name))  # expect: path-traversal
