from urllib.parse import urlparse

from flask import (Blueprint, current_app, flash, make_response, redirect, render_template, request,
                   session, url_for)

from ..extensions import db
from ..models import User
from . import passwords

bp = Blueprint("auth", __name__)

TIPS = ["Use the search bar to find tickets by reference.", "Press ? for keyboard shortcuts."]


def _is_local(target):
    parts = urlparse(target)
    return not parts.scheme and not parts.netloc and target.startswith("/")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("auth/login.html", tips=passwords.shuffle_tips(TIPS))
    email = request.form["email"]
    user = User.query.filter_by(email=email).first()
    salt, _, digest = (user.password_hash.partition("$") if user else ("", "", ""))
    if user is None or not passwords.check_password(request.form["password"], salt, digest):
        current_app.logger.warning(f"Failed login for {email} from {request.remote_addr}")  # vuln: log-injection
        flash("Wrong email or password")
        return redirect(url_for("auth.login"))
    session.clear()
    session["user_id"] = user.id
    next_url = request.args.get("next") or url_for("tickets.index")
    response = make_response(redirect(next_url))  # vuln: open-redirect
    if request.form.get("remember"):
        response.set_cookie("remember_token", passwords.remember_token(), max_age=30 * 24 * 3600)  # vuln: insecure-cookie
    return response


@bp.get("/logout")
def logout():
    session.clear()
    back = request.args.get("back", "/")
    return redirect(back if _is_local(back) else "/")  # vuln: open-redirect


@bp.post("/password/forgot")
def forgot_password():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user:
        user.reset_token = passwords.reset_token()
        db.session.commit()
        current_app.logger.info("password reset requested for user id %d", user.id)
    return render_template("auth/reset_sent.html")


@bp.post("/password/reset/<token>")
def reset_password(token):
    user = User.query.filter_by(reset_token=token).first_or_404()
    salt = passwords.new_salt()
    user.password_hash = salt + "$" + passwords.hash_password(request.form["password"], salt)
    user.reset_token = None
    db.session.commit()
    return redirect(url_for("auth.login"))
