from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/logout")
def logout():
    page = "index" if request.args.get("next") else "goodbye"
    return redirect(url_for(page))
