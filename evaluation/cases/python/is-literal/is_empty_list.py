def has_results(results):
    if results is []:  # expect: is-literal
        return False
    return True
