from flask import Blueprint, jsonify, render_template, request

from ..auth.decorators import agent_required
from ..mailer import render_notification
from ..models import Ticket

bp = Blueprint("admin", __name__)

SAFE_FIELDS = {"priority", "age_hours", "comments"}


@bp.post("/rules/test")
@agent_required
def test_rule():
    """Escalation rules are small expressions such as 'priority <= 2 and age_hours > 4'."""
    expression = request.form["expression"]
    ticket = Ticket.query.get_or_404(int(request.form["ticket_id"]))
    fields = {"priority": ticket.priority, "age_hours": 5, "comments": 0}
    result = eval(expression, {"__builtins__": {}}, fields)  # vuln: code-injection
    return jsonify(matches=bool(result))


@bp.get("/rules/fields")
@agent_required
def rule_fields():
    return jsonify(sorted(SAFE_FIELDS))


@bp.get("/notifications/preview/<int:ticket_id>")
@agent_required
def preview_notification(ticket_id):
    ticket = Ticket.query.get_or_404(ticket_id)
    html = render_notification(ticket, request.args.get("note", ""))
    return render_template("email/preview_frame.html", html=html)
