import random
import string

ALPHABET = string.ascii_letters + string.digits


def generate_api_key(prefix="sk"):
    body = "".join(random.choices(ALPHABET, k=40))  # expect: insecure-random
    return f"{prefix}_{body}"
