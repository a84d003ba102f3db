import secrets
import string

ALPHABET = string.ascii_letters + string.digits + "!@#$%"


def temporary_password(length=16):
    return "".join(secrets.choice(ALPHABET) for _ in range(length))
