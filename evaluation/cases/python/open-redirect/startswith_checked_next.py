from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.get("/login/done")
def login_done():
    next_url = request.args.get("next", "")
    if next_url.startswith("/") and not next_url.startswith("//"):
        return redirect(next_url)
    return redirect(url_for("dashboard"))
