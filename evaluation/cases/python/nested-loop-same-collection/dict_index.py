def orphans(categories):
    by_id = {c.id: c for c in categories}
    return [c for c in categories if c.parent_id and c.parent_id not in by_id]
