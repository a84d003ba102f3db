import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/maintenance")
def maintenance():
    command = request.form.get("command", "")
    app.logger.info("maintenance requested: %s", command)
    command = "/usr/local/bin/rotate-logs --all"
    status = os.system(command)
    return {"status": status}
