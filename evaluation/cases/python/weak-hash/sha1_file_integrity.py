import hashlib


def verify_download(data: bytes, expected: str) -> bool:
    checksum = hashlib.sha1(data).hexdigest()  # expect: weak-hash
    return checksum == expected
