def parse_rows(rows):
    parsed = []
    for row in rows:
        if len(row) != 3:
            raise ValueError(f"bad row {row!r}")
            continue  # expect: unreachable-code
        parsed.append((row[0], int(row[1]), float(row[2])))
    return parsed
