import subprocess

from django.http import FileResponse
from django.views import View


class ThumbnailView(View):
    def get(self, request, *args, **kwargs):
        source = "/srv/media/" + kwargs["name"]
        size = request.GET.get("size", "128x128")
        subprocess.run(f"convert {source} -resize {size} /tmp/thumb.png", shell=True, check=True)  # expect: command-injection
        return FileResponse(open("/tmp/thumb.png", "rb"))
