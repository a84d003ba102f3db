import os
import pickle

import yaml
from flask import Blueprint, abort, current_app, jsonify, request, send_file, send_from_directory, session
from werkzeug.utils import secure_filename

from ..auth.decorators import agent_required, login_required

bp = Blueprint("attachments", __name__)


@bp.post("/<int:ticket_id>")
@login_required
def upload(ticket_id):
    f = request.files["file"]
    name = secure_filename(f.filename)
    folder = os.path.join(current_app.config["UPLOAD_DIR"], str(ticket_id))
    os.makedirs(folder, exist_ok=True)
    f.save(os.path.join(folder, name))
    return jsonify(name=name), 201


@bp.get("/<int:ticket_id>/<name>")
@login_required
def download(ticket_id, name):
    folder = os.path.join(current_app.config["UPLOAD_DIR"], str(ticket_id))
    return send_from_directory(folder, name, as_attachment=True)


@bp.get("/export")
@agent_required
def export():
    filename = request.args.get("file", "")
    path = os.path.join(current_app.config["EXPORT_DIR"], filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)  # vuln: path-traversal


@bp.post("/views/restore")
@agent_required
def restore_views():
    """Agents can re-import the saved ticket views they exported from another instance."""
    blob = request.files["views"].read()
    views = pickle.loads(blob)  # vuln: unsafe-deserialization
    session["saved_views"] = [v["name"] for v in views]  # vuln: trust-boundary
    return jsonify(restored=len(views))


@bp.post("/workflows/import")
@agent_required
def import_workflow():
    workflow = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)  # vuln: unsafe-deserialization
    return jsonify(steps=len(workflow.get("steps", [])))


@bp.post("/workflows/validate")
@agent_required
def validate_workflow():
    workflow = yaml.safe_load(request.get_data(as_text=True))
    return jsonify(valid=isinstance(workflow, dict) and "steps" in workflow)
