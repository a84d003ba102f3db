import logging

log = logging.getLogger(__name__)


def send(client, message):
    try:
        client.publish(message)
    except:  # expect: bare-except
        log.warning("publish failed")
