import os

from flask import request

from app.users import app


@app.route("/reports")
def report():
    name = request.args.get("name")
    os.system("make-report " + name)
    return "ok"
