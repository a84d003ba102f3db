import os


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", "postgresql://helpdesk@localhost:5432/helpdesk"
    )
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    UPLOAD_DIR = os.environ.get("HELPDESK_UPLOADS", "/var/lib/helpdesk/uploads")
    EXPORT_DIR = "/var/lib/helpdesk/exports"
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    CRM_BASE_URL = "https://crm.internal.example.net/api/v2"
    CRM_API_TOKEN = "crm_live_4f9a0c7e2b1d8e6a5c3b"  # vuln: hardcoded-secret
    MAIL_SERVER = "smtp.example.net"
    MAIL_USERNAME = "helpdesk@example.net"
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD", "")
    TICKET_PAGE_SIZE = 25


class TestConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    SECRET_KEY = "test-only"
