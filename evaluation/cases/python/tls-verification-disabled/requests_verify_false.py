import requests


def fetch_status(url):
    resp = requests.get(url, verify=False, timeout=5)  # expect: tls-verification-disabled
    return resp.status_code
