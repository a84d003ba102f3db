import html
import time

import requests
from fastapi import APIRouter, Depends, Query
from fastapi.responses import FileResponse, HTMLResponse

from ..config import Settings, get_settings
from ..models import User
from ..security import current_user
from ..services import labels

router = APIRouter(prefix="/labels", tags=["labels"])


@router.get("/preview", response_class=HTMLResponse)
async def preview(sku: str, caption: str = "", user: User = Depends(current_user)):
    return HTMLResponse(f"<html><body><h1>{sku}</h1><p>{caption}</p></body></html>")  # vuln: xss


@router.get("/preview-escaped", response_class=HTMLResponse)
async def preview_escaped(sku: str, caption: str = "", user: User = Depends(current_user)):
    return HTMLResponse(f"<html><body><h1>{html.escape(sku)}</h1><p>{html.escape(caption)}</p></body></html>")


@router.post("/barcode")
async def barcode(sku: str, caption: str = "", user: User = Depends(current_user)):
    path = await labels.render_barcode(sku, caption)
    return FileResponse(path, media_type="image/png")


@router.post("/print")
async def print_label(
    sku: str,
    printer: str | None = Query(None, description="override printer URL"),
    settings: Settings = Depends(get_settings),
    user: User = Depends(current_user),
):
    target = printer or settings.label_printer_url
    response = requests.post(f"{target}/print", json={"sku": sku}, timeout=10)  # vuln: ssrf, blocking-call-in-async
    return {"printer_status": response.status_code}


@router.post("/print-batch")
async def print_batch(skus: list[str], settings: Settings = Depends(get_settings), user: User = Depends(current_user)):
    for sku in skus:
        requests.post(f"{settings.label_printer_url}/print", json={"sku": sku}, timeout=10)  # vuln: blocking-call-in-async
        time.sleep(0.2)  # vuln: blocking-call-in-async
    return {"queued": len(skus)}
