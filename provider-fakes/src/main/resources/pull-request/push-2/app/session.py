import json
import pickle

from flask import request

from app.users import app


@app.route("/session", methods=["POST"])
def load_session():
    return pickle.loads(request.get_data())


@app.route("/session/json", methods=["POST"])
def load_session_json():
    return json.loads(request.get_data())
