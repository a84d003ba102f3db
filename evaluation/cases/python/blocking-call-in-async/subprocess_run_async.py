import subprocess


async def git_revision():
    result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True)  # expect: blocking-call-in-async
    return result.stdout.strip()
