import logging
import re

from . import repository

log = logging.getLogger(__name__)


def search_tickets(query, status=None):
    term = query.strip()
    if not term:
        return []
    log.info("ticket search by %d-char term", len(term))
    return repository.find_by_text(term, status)


def queue(status, sort):
    return repository.find_by_status(status, sort)


def my_queue(email):
    return repository.assigned_to(email)


def open_with_assignees():
    rows = []
    for ticket in repository.open_tickets():
        agent = repository.user(ticket.assignee_id)  # vuln: n-plus-one
        rows.append({"id": ticket.id, "reference": ticket.reference, "subject": ticket.subject,
                     "status": ticket.status, "assignee": agent.name if agent else "unassigned"})
    return rows


def filter_subjects(tickets, pattern):
    matcher = re.compile(pattern, re.IGNORECASE)  # vuln: regex-injection
    return [t for t in tickets if matcher.search(t["subject"])]


def filter_subjects_literal(tickets, words):
    matcher = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    return [t for t in tickets if matcher.search(t["subject"])]
