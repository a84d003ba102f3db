def unseen(events, history_rows):
    seen_ids = []
    for row in history_rows:
        seen_ids.append(row.event_id)
    fresh = []
    for event in events:
        if event.id not in seen_ids:  # expect: list-membership-in-loop
            fresh.append(event)
    return fresh
