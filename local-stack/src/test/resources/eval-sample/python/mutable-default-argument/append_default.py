def remember(item, seen=[]):  # expect: mutable-default-argument
    seen.append(item)
    return seen
