from collections import Counter


def duplicates(emails):
    counts = Counter(e.lower() for e in emails)
    return [e for e in emails if counts[e.lower()] > 1]
