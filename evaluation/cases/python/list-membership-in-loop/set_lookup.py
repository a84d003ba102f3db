def newcomers(today, known_rows):
    known = {row["email"] for row in known_rows}
    fresh = []
    for email in today:
        if email not in known:
            fresh.append(email)
    return fresh
