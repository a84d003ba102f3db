def duplicates(emails):
    dups = []
    for a in emails:
        for b in emails:  # expect: nested-loop-same-collection
            if a is not b and a.lower() == b.lower():
                dups.append(a)
    return dups
