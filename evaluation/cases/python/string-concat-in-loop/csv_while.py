def to_csv(records):
    out = "id,name\n"
    i = 0
    while i < len(records):
        rec = records[i]
        out += f"{rec['id']},{rec['name']}\n"  # expect: string-concat-in-loop
        i += 1
    return out
