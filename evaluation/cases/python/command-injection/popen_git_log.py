import subprocess

from django.http import JsonResponse


def commits_by_author(request):
    author = request.GET.get("author", "")
    proc = subprocess.Popen(
        ["git", "log", "--format=%H %s", "--author", author],
        stdout=subprocess.PIPE,
        text=True,
    )
    out, _ = proc.communicate(timeout=10)
    return JsonResponse({"commits": out.splitlines()})
