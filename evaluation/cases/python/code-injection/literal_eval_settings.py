import ast

from flask import Flask, request

app = Flask(__name__)


@app.post("/settings")
def settings():
    parsed = ast.literal_eval(request.form["value"])
    return {"value": parsed}
