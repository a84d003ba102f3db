from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/login/done")
def login_done():
    target = request.args.get("next", "/")
    return redirect(target)  # expect: open-redirect
