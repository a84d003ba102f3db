import hashlib


def sign(secret: bytes, payload: bytes) -> str:
    digest = hashlib.new("sha1")  # expect: weak-hash
    digest.update(secret + payload)
    return digest.hexdigest()
