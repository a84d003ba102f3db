import smtplib
from email.message import EmailMessage

from flask import current_app
from jinja2 import Environment, PackageLoader, select_autoescape

# Plain-text bodies must not get HTML entities, so this environment leaves escaping off.
_mail_env = Environment(loader=PackageLoader("helpdesk", "templates/email"), autoescape=False)  # vuln: autoescape-disabled

_web_env = Environment(loader=PackageLoader("helpdesk", "templates"), autoescape=select_autoescape(["html"]))


def render_notification(ticket, note):
    return _mail_env.get_template("notification.html").render(ticket=ticket, note=note)


def render_digest(tickets):
    return _web_env.get_template("email/digest.html").render(tickets=tickets)


def send(to, subject, html):
    msg = EmailMessage()
    msg["From"] = current_app.config["MAIL_USERNAME"]
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content("This message needs an HTML mail reader.")
    msg.add_alternative(html, subtype="html")
    with smtplib.SMTP(current_app.config["MAIL_SERVER"], 587) as smtp:
        smtp.starttls()
        smtp.login(current_app.config["MAIL_USERNAME"], current_app.config["MAIL_PASSWORD"])
        smtp.send_message(msg)
