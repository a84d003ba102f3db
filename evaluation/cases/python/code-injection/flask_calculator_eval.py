from flask import Flask, request

app = Flask(__name__)


@app.get("/calc")
def calc():
    expression = request.args.get("expr", "0")
    result = eval(expression)  # expect: code-injection
    return {"result": result}
