import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from ..config import Settings, get_settings
from ..models import User
from ..security import current_user

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get("/delivery-notes/{filename}")
async def delivery_note(filename: str, settings: Settings = Depends(get_settings), user: User = Depends(current_user)):
    base = Path(settings.documents_dir, "delivery-notes").resolve()
    target = (base / filename).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        raise HTTPException(404)
    return FileResponse(target, media_type="application/pdf")


@router.get("/manuals")
async def manual(path: str, settings: Settings = Depends(get_settings), user: User = Depends(current_user)):
    full = os.path.join(settings.documents_dir, "manuals", path)
    if not os.path.exists(full):
        raise HTTPException(404)
    return FileResponse(full)  # vuln: path-traversal


@router.get("/index")
def index(settings: Settings = Depends(get_settings), user: User = Depends(current_user)):
    return sorted(os.listdir(os.path.join(settings.documents_dir, "manuals")))
