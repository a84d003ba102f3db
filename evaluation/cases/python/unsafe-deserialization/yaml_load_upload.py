import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/pipeline")
def pipeline():
    spec = yaml.load(request.data, Loader=yaml.Loader)  # expect: unsafe-deserialization
    return {"stages": len(spec.get("stages", []))}
