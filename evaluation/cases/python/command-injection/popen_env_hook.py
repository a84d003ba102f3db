import os


def run_deploy_hook():
    hook = os.environ.get("DEPLOY_HOOK", "")
    command = "sh -c '%s'" % hook
    with os.popen(command) as out:  # expect: command-injection
        return out.read()
