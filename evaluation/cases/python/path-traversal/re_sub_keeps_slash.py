import os
import re

from flask import Flask, request, send_file

app = Flask(__name__)
REPORTS = "/srv/reports"


@app.get("/reports")
def report():
    name = re.sub(r"[^A-Za-z0-9_./-]", "", request.args.get("name", ""))
    return send_file(os.path.join(REPORTS, name + ".csv"))  # expect: path-traversal
