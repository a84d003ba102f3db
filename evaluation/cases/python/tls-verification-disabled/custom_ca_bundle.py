import requests

CA_BUNDLE = "/etc/ssl/internal-ca.pem"


def fetch_status(url):
    resp = requests.get(url, verify=CA_BUNDLE, timeout=5)
    return resp.status_code
