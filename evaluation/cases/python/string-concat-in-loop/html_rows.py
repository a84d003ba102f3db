def render_rows(rows):
    html = ""
    for row in rows:
        html += "<tr><td>" + str(row) + "</td></tr>"  # expect: string-concat-in-loop
    return html
