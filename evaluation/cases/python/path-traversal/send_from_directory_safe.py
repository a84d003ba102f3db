from flask import Flask, request, send_from_directory

app = Flask(__name__)


@app.route("/download")
def download():
    name = request.args["file"]
    return send_from_directory("/srv/reports", name)
