def normalise(values, allowed=("a", "b", "c"), limit=10):
    return [v for v in values if v in allowed][:limit]
