import subprocess

from django.http import JsonResponse


def file_type(request):
    name = request.POST["name"]
    kind = subprocess.getoutput("file --brief /uploads/" + name)  # expect: command-injection
    return JsonResponse({"type": kind})
