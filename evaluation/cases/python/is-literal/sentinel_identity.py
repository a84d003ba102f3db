_MISSING = object()


def get(mapping, key, default=_MISSING):
    value = mapping.get(key, _MISSING)
    if value is _MISSING:
        if default is _MISSING:
            raise KeyError(key)
        return default
    return value
