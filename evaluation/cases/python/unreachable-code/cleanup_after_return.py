import logging

log = logging.getLogger(__name__)


def fetch_profile(client, user_id):
    response = client.get(f"/users/{user_id}")
    return response.json()
    log.debug("profile fetched for %s", user_id)  # expect: unreachable-code
