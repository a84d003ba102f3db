from flask import Flask, redirect, request

app = Flask(__name__)


@app.post("/profiles/lookup")
def lookup():
    handle = request.form["handle"].strip().lower()
    return redirect(f"/profiles/{handle}")
