import subprocess


def backup(path):
    # vulnerable: a shell command built from the caller's path
    subprocess.call("tar czf backup.tgz " + path, shell=True)


def backup_safely(path):
    # safe look-alike: an argument list, no shell
    subprocess.run(["tar", "czf", "backup.tgz", path], check=True)
