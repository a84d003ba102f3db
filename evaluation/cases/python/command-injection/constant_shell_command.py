import subprocess

DISK_REPORT = "df -h | sort -k5 -r | head -5"


def disk_report(verbose=False):
    command = DISK_REPORT
    if verbose:
        command = "df -h"
    return subprocess.check_output(command, shell=True, text=True)
