import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = shlex.quote(request.args.get("host", "localhost"))
    out = subprocess.check_output("ping -c 1 " + host, shell=True, text=True)
    return out
