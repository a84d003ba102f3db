def to_csv(rows):
    out = ""
    for row in rows:
        out += ",".join(str(v) for v in row) + "\n"  # expect: string-concat-in-loop
    return out
