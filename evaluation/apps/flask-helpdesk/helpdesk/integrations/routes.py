from flask import Blueprint, jsonify, request

from ..auth.decorators import agent_required
from ..extensions import db
from ..models import Ticket
from . import checks

bp = Blueprint("integrations", __name__)


@bp.post("/domains/check")
@agent_required
def check_domain():
    domain = request.json["domain"]
    return jsonify(mx=checks.mx_records(domain), whois=checks.whois(domain)[:2000])


@bp.post("/webhooks/test")
@agent_required
def test_webhook():
    url = request.form["url"]
    status = checks.deliver_test_event(url, {"event": "ping", "source": "helpdesk"})
    return jsonify(status=status)


@bp.get("/crm/contact")
@agent_required
def crm_contact():
    return jsonify(checks.crm_contact(request.args["email"]))


@bp.post("/legacy/import")
@agent_required
def legacy_import():
    fields = checks.parse_legacy_ticket(request.get_data())
    ticket = Ticket(reference=request.args["ref"], subject=fields["subject"], body=fields["body"],
                    body_html=fields["body_html"])
    db.session.add(ticket)
    db.session.commit()
    return jsonify(id=ticket.id), 201


@bp.post("/sla/report")
@agent_required
def sla_report():
    return jsonify(checks.parse_sla_report(request.get_data()))
