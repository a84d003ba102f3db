import os
import subprocess

from django.conf import settings


def store_press_image(upload):
    target = os.path.join(settings.PRESS_KIT_ROOT, upload.name)
    with open(target, "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    optimise(target)
    return upload.name


def optimise(path):
    os.system(f"jpegoptim --strip-all --max=85 {path}")  # vuln: command-injection


def image_size(path):
    out = subprocess.run(["identify", "-format", "%wx%h", path], capture_output=True, text=True, check=True)
    return out.stdout.strip()
