from pathlib import Path

from django.http import HttpResponse

BASE = Path("/srv/exports")


def export(request):
    name = request.GET["name"]
    data = (BASE / name).read_bytes()  # expect: path-traversal
    return HttpResponse(data, content_type="text/csv")
