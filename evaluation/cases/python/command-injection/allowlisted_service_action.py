import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_ACTIONS = {"status", "restart", "reload"}


@app.post("/nginx")
def nginx():
    action = request.form["action"]
    if action not in ALLOWED_ACTIONS:
        abort(400)
    result = subprocess.run(f"systemctl {action} nginx", shell=True, capture_output=True)
    return {"code": result.returncode}
