from flask import Flask, request

app = Flask(__name__)
SAFE_FORMULA = "price * 1.19"


@app.route("/gross")
def gross():
    price = float(request.args["price"])
    return {"gross": eval(SAFE_FORMULA, {"__builtins__": {}}, {"price": price})}
