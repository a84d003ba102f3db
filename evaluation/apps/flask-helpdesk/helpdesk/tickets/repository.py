from sqlalchemy import text

from ..extensions import db
from ..models import Comment, Ticket, User

SORT_COLUMNS = {"newest": "created_at DESC", "oldest": "created_at ASC", "priority": "priority ASC"}


def find_by_text(term, status=None, limit=50):
    where = f"(subject ILIKE '%{term}%' OR body ILIKE '%{term}%')"
    if status:
        where += " AND status = :status"
    sql = text(f"SELECT id, reference, subject, status, priority FROM tickets WHERE {where} LIMIT {int(limit)}")
    return db.session.execute(sql, {"status": status}).mappings().all()  # vuln: sql-injection


def find_by_status(status, sort="newest"):
    order = SORT_COLUMNS.get(sort, SORT_COLUMNS["newest"])
    sql = text(f"SELECT id, reference, subject, status, priority FROM tickets WHERE status = :status ORDER BY {order}")
    return db.session.execute(sql, {"status": status}).mappings().all()


def assigned_to(agent_email):
    query = "SELECT t.id, t.reference, t.subject FROM tickets t JOIN users u ON u.id = t.assignee_id " \
            "WHERE u.email = '%s' AND t.status <> 'closed'" % agent_email
    return db.engine.execute(query).fetchall()  # vuln: sql-injection


def get_by_reference(reference):
    return Ticket.query.filter_by(reference=reference).first()


def open_tickets():
    return Ticket.query.filter(Ticket.status != "closed").order_by(Ticket.created_at.desc()).all()


def get(ticket_id):
    return db.session.get(Ticket, ticket_id)


def comments_for(ticket_id):
    return Comment.query.filter_by(ticket_id=ticket_id).order_by(Comment.created_at).all()


def user(user_id):
    return db.session.get(User, user_id)


def add_comment(ticket_id, author_id, body):
    comment = Comment(ticket_id=ticket_id, author_id=author_id, body=body)
    db.session.add(comment)
    db.session.commit()
    return comment
