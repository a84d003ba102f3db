import re


def valid_skus(codes):
    return [c for c in codes if re.match(r"[A-Z]{3}-\d{4}$", c)]  # expect: regex-in-loop
