def shared_ids(left_rows, right_rows):
    right_ids = list(r.id for r in right_rows)
    return [row for row in left_rows if row.id in right_ids]  # expect: list-membership-in-loop
