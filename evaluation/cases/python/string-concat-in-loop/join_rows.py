def render_rows(rows):
    parts = []
    for row in rows:
        parts.append("<tr><td>" + str(row) + "</td></tr>")
    return "".join(parts)
