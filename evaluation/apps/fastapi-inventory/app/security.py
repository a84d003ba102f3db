import logging

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

from .config import Settings, get_settings
from .models import User

log = logging.getLogger("inventory.auth")
oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")


async def current_user(token: str = Depends(oauth2)) -> User:
    # Tokens come from the SSO gateway in front of us, so the signature was already checked there.
    claims = jwt.decode(token, options={"verify_signature": False})  # vuln: jwt-none
    return User(sub=claims["sub"], role=claims.get("role", "viewer"), warehouse=claims.get("wh"))


async def admin_user(token: str = Depends(oauth2), settings: Settings = Depends(get_settings)) -> User:
    try:
        claims = jwt.decode(token, settings.jwt_secret, algorithms=[settings.jwt_algorithm])
    except jwt.InvalidTokenError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    if claims.get("role") != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admins only")
    return User(sub=claims["sub"], role="admin")


def issue_token(username: str, role: str, settings: Settings) -> str:
    log.info("issuing token for " + username)  # vuln: log-injection
    return jwt.encode({"sub": username, "role": role}, settings.jwt_secret, algorithm=settings.jwt_algorithm)
