from functools import wraps

from flask import abort, g, redirect, request, session, url_for

from ..extensions import db
from ..models import User


def load_user():
    user_id = session.get("user_id")
    g.user = db.session.get(User, user_id) if user_id else None


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        load_user()
        if g.user is None:
            return redirect(url_for("auth.login", next=request.path))
        return view(*args, **kwargs)

    return wrapped


def agent_required(view):
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not g.user.is_agent:
            abort(403)
        return view(*args, **kwargs)

    return wrapped
