def in_window(ts, start, end):
    if start <= ts and end >= end:  # expect: self-comparison
        return True
    return False
