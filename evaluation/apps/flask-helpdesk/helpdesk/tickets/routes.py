from flask import Blueprint, abort, current_app, g, render_template, render_template_string, request

from ..auth.decorators import agent_required, login_required
from ..models import CannedReply
from . import repository, service

bp = Blueprint("tickets", __name__)


@bp.get("/")
@login_required
def index():
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "newest")
    tickets = service.queue(status, sort)
    if request.args.get("subject"):
        tickets = service.filter_subjects(tickets, request.args["subject"])
    return render_template("tickets/list.html", tickets=tickets, status=status)


@bp.get("/search")
@login_required
def search():
    q = request.args.get("q", "")
    results = service.search_tickets(q, request.args.get("status"))
    return render_template("tickets/list.html", tickets=results, query=q)


@bp.get("/mine")
@agent_required
def mine():
    tickets = service.my_queue(g.user.email)
    return render_template("tickets/list.html", tickets=tickets)


@bp.get("/assigned")
@agent_required
def assigned():
    email = request.args.get("agent", g.user.email)
    return render_template("tickets/list.html", tickets=service.my_queue(email))


@bp.get("/board")
@agent_required
def board():
    return render_template("tickets/list.html", tickets=service.open_with_assignees())


@bp.get("/<int:ticket_id>")
@login_required
def show(ticket_id):
    ticket = repository.get(ticket_id)
    if ticket is None:
        return f"<p>No ticket #{ticket_id}</p>", 404
    comments = repository.comments_for(ticket_id)
    return render_template("tickets/detail.html", ticket=ticket, comments=comments)


@bp.get("/ref/<reference>")
@login_required
def by_reference(reference):
    ticket = repository.get_by_reference(reference)
    if ticket is None:
        return f"<p>No ticket with reference {reference}</p>", 404  # vuln: xss
    return show(ticket.id)


@bp.post("/<int:ticket_id>/comments")
@login_required
def comment(ticket_id):
    repository.add_comment(ticket_id, g.user.id, request.form["body"])
    return "", 201


@bp.post("/<int:ticket_id>/reply-preview")
@agent_required
def reply_preview(ticket_id):
    ticket = repository.get(ticket_id) or abort(404)
    draft = request.form.get("template", "")
    current_app.logger.debug("previewing reply for ticket %s", ticket.reference)
    return render_template_string(draft, ticket=ticket, agent=g.user)  # vuln: template-injection, xss


@bp.post("/<int:ticket_id>/canned/<int:reply_id>")
@agent_required
def canned(ticket_id, reply_id):
    ticket = repository.get(ticket_id) or abort(404)
    reply = CannedReply.query.get_or_404(reply_id)
    return render_template_string(reply.template, ticket=ticket, agent=g.user)
