from collections import defaultdict


def group(items, key, buckets=defaultdict(list)):  # expect: mutable-default-argument
    for item in items:
        buckets[key(item)].append(item)
    return buckets
