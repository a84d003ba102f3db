"""Public status page, deployed as its own small service next to the helpdesk."""
from flask import Flask, render_template_string, session

app = Flask(__name__)
app.secret_key = "status-page-2f8e7d6c5b4a"  # vuln: hardcoded-secret

STATUS_TEMPLATE = """
<!doctype html>
<title>Service status</title>
<h1>All systems {{ state }}</h1>
{% if dismissed %}<p>You dismissed the banner.</p>{% endif %}
"""


@app.get("/")
def index():
    return render_template_string(STATUS_TEMPLATE, state="operational", dismissed=session.get("dismissed"))


@app.post("/dismiss")
def dismiss():
    session["dismissed"] = True
    return "", 204
