import logging

log = logging.getLogger(__name__)


def send(client, message):
    try:
        client.publish(message)
    except Exception:
        log.exception("publish failed for %s", message)
        raise
