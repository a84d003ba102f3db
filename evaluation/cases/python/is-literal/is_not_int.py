def describe(count):
    if count is not 0:  # expect: is-literal
        return f"{count} items"
    return "empty"
