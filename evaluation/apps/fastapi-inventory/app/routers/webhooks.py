import logging
import secrets
import random

from fastapi import APIRouter, BackgroundTasks, Depends

from ..models import User, Webhook
from ..security import admin_user
from ..services import notify

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
log = logging.getLogger("inventory.webhooks")

_subscriptions: dict[str, Webhook] = {}


@router.post("")
async def subscribe(hook: Webhook, admin: User = Depends(admin_user)):
    hook_id = secrets.token_urlsafe(12)
    signing_secret = "%032x" % random.getrandbits(128)  # vuln: insecure-random
    _subscriptions[hook_id] = hook
    return {"id": hook_id, "signing_secret": signing_secret}


@router.post("/{hook_id}/test")
async def test_hook(hook_id: str, tasks: BackgroundTasks, admin: User = Depends(admin_user)):
    hook = _subscriptions[hook_id]
    status = await notify.post_event(hook.callback_url, {"event": hook.event, "test": True})
    return {"status": status}


@router.delete("/{hook_id}")
async def unsubscribe(hook_id: str, admin: User = Depends(admin_user)):
    removed = _subscriptions.pop(hook_id, None)
    return {"deleted": hook_id if removed else None}
