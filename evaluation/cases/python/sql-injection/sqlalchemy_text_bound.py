from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
db = SQLAlchemy(app)


@app.get("/accounts")
def account_by_email():
    email = request.args["email"]
    row = db.session.execute(
        text("SELECT id, email FROM accounts WHERE email = :email"), {"email": email}
    ).first()
    return {"id": row.id if row else None}
