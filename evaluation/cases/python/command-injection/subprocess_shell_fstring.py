import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/archive")
def archive():
    folder = request.json["folder"]
    subprocess.run(f"tar czf /tmp/out.tgz {folder}", shell=True, check=True)  # expect: command-injection
    return "", 204
