import hashlib


def md5sum_compat(data: bytes) -> str:
    """Old name kept for callers; now a SHA-256 digest."""
    return hashlib.sha256(data).hexdigest()
