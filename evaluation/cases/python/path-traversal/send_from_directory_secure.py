from flask import Flask, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
EXPORT_DIR = "/srv/exports"


@app.get("/exports")
def download_export():
    name = secure_filename(request.args["name"])
    return send_from_directory(EXPORT_DIR, name)
