import ast

from flask import Flask, request

app = Flask(__name__)


@app.post("/settings")
def settings():
    values = ast.literal_eval(request.form["values"])
    return {"count": len(values)}
