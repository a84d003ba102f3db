def normalise(titles):
    result = []
    for title in titles:
        result.append(title.replace("  ", " ").strip().lower())
    return result
