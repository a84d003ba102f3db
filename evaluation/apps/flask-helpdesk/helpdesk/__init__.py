import logging
import os

from flask import Flask

from .config import Config
from .extensions import db


def create_app(config_object=Config):
    app = Flask(__name__)
    app.config.from_object(config_object)
    app.config["SECRET_KEY"] = os.environ.get("HELPDESK_SECRET_KEY", "5c1e9a7f03b24d6e8a9f1c2d3e4b5a6f")  # vuln: hardcoded-secret
    logging.basicConfig(level=logging.INFO)

    db.init_app(app)

    from .admin.routes import bp as admin_bp
    from .attachments.routes import bp as attachments_bp
    from .auth.routes import bp as auth_bp
    from .integrations.routes import bp as integrations_bp
    from .tickets.routes import bp as tickets_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(tickets_bp, url_prefix="/tickets")
    app.register_blueprint(attachments_bp, url_prefix="/attachments")
    app.register_blueprint(integrations_bp, url_prefix="/integrations")
    app.register_blueprint(admin_bp, url_prefix="/admin")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
