import logging

log = logging.getLogger(__name__)


def run(job):
    try:
        job()
    except BaseException:
        log.error("job %s aborted", job)
        raise
