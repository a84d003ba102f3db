from urllib.parse import urlparse

import asyncpg
from fastapi import APIRouter, Depends, Form, HTTPException
from fastapi.responses import RedirectResponse

from ..config import Settings, get_settings
from ..db import get_conn
from ..security import issue_token
from ..services import accounts

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/token")
async def token(
    username: str = Form(...),
    password: str = Form(...),
    settings: Settings = Depends(get_settings),
    conn: asyncpg.Connection = Depends(get_conn),
):
    role = await accounts.verify(conn, username, password)
    if role is None:
        raise HTTPException(401, "wrong username or password")
    return {"access_token": issue_token(username, role, settings), "token_type": "bearer"}


@router.get("/sso/callback")
async def sso_callback(code: str, next: str = "/", settings: Settings = Depends(get_settings)):
    response = RedirectResponse(url=next)  # vuln: open-redirect
    response.set_cookie("sso_code", code, httponly=True, secure=True, samesite="lax")
    return response


@router.get("/logout")
async def logout(next: str = "/", settings: Settings = Depends(get_settings)):
    host = urlparse(next).netloc
    target = next if host in settings.allowed_redirect_hosts or not host else "/"
    return RedirectResponse(url=target)  # vuln: open-redirect
