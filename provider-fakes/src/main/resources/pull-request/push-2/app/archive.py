import subprocess

from flask import request

from app.users import app


@app.route("/archive")
def archive():
    path = request.args.get("path")
    subprocess.call("tar czf archive.tgz " + path, shell=True)
    return "archived"


@app.route("/archive/safe")
def archive_safe():
    path = request.args.get("path")
    subprocess.run(["tar", "czf", "archive.tgz", path], check=True)
    return "archived"
