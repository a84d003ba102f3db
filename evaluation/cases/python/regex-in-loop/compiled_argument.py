import re

SKU = re.compile(r"[A-Z]{3}-\d{4}$")


def valid_skus(codes):
    out = []
    for code in codes:
        if re.match(SKU, code):
            out.append(code)
    return out
