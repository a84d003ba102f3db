import requests

_rate_cache = {}  # expect: unbounded-static-cache


def rate(currency):
    if currency not in _rate_cache:
        _rate_cache[currency] = requests.get(f"https://fx.example.com/{currency}").json()["rate"]
    return _rate_cache[currency]
