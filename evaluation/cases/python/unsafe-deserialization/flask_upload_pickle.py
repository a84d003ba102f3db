import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/models")
def upload_model():
    blob = request.files["model"].read()
    model = pickle.loads(blob)  # expect: unsafe-deserialization
    return {"features": len(model.feature_names_in_)}
