def is_free(price):
    return price is 0.0  # expect: is-literal
