def orphans(categories):
    return [
        c for c in categories
        if c.parent_id and not any(p.id == c.parent_id for p in categories)  # expect: nested-loop-same-collection
    ]
