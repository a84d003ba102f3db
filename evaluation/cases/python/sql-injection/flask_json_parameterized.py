from flask import Flask, g, request

app = Flask(__name__)


@app.put("/users/<int:user_id>/email")
def change_email(user_id):
    payload = request.get_json()
    cur = g.db.cursor()
    cur.execute("UPDATE users SET email = %s WHERE id = %s", (payload["email"], user_id))
    g.db.commit()
    return "", 204
