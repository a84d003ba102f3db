def describe(count=None, enabled=False):
    if count is None:
        return "unknown"
    if enabled is True:
        return f"{count} items"
    return "disabled"
