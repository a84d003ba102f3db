import subprocess
import tempfile
import uuid
from pathlib import Path

LABEL_DIR = Path(tempfile.gettempdir()) / "labels"


async def render_barcode(sku: str, caption: str) -> Path:
    LABEL_DIR.mkdir(exist_ok=True)
    out = LABEL_DIR / f"{uuid.uuid4().hex}.png"
    subprocess.run(f"zint --barcode=20 -o {out} -d '{sku}' --vers=2 --text='{caption}'", shell=True, check=True)  # vuln: command-injection, blocking-call-in-async
    return out


def render_qr(data: str) -> Path:
    LABEL_DIR.mkdir(exist_ok=True)
    out = LABEL_DIR / f"{uuid.uuid4().hex}.png"
    subprocess.run(["qrencode", "-o", str(out), "--", data], check=True)
    return out
