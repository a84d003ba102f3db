import subprocess

from flask import Blueprint, jsonify, request

bp = Blueprint("reports", __name__)


def render_report(report_name):
    cmd = "report-gen --name %s --format pdf" % report_name
    return subprocess.check_output(cmd, shell=True)  # expect: command-injection


@bp.route("/reports", methods=["POST"])
def create_report():
    body = request.get_json()
    output = render_report(body["name"])
    return jsonify({"size": len(output)})
