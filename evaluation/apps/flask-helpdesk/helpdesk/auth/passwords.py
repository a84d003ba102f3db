import hmac
import random
import secrets
import string
from hashlib import md5 as _digest
from hashlib import sha256

_ALPHABET = string.ascii_letters + string.digits


def hash_password(password, salt):
    return _digest((salt + password).encode("utf-8")).hexdigest()  # vuln: weak-hash


def check_password(password, salt, expected):
    return hmac.compare_digest(hash_password(password, salt), expected)


def new_salt():
    return secrets.token_hex(8)


def reset_token():
    return "".join(random.choice(_ALPHABET) for _ in range(32))  # vuln: insecure-random


def remember_token():
    return secrets.token_urlsafe(32)


def gravatar_key(email):
    return sha256(email.strip().lower().encode("utf-8")).hexdigest()


def shuffle_tips(tips):
    tips = list(tips)
    random.shuffle(tips)
    return tips
