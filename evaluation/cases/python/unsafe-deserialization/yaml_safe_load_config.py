import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/pipelines")
def import_pipeline():
    spec = yaml.safe_load(request.data)
    return {"stages": len(spec.get("stages", []))}
