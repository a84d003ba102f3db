import requests


def fetch_report(url, api_token="tok_8f2Kq9LmX3vPz7Rw5Yb1"):  # expect: hardcoded-secret
    return requests.get(url, headers={"Authorization": f"Bearer {api_token}"}, timeout=5)
