from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "world")
    return "<h1>Hello " + name + "</h1>"  # expect: xss
