import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Hook(BaseModel):
    callback_url: str


@app.post("/webhooks/test")
async def test_webhook(hook: Hook):
    async with httpx.AsyncClient(timeout=5) as client:
        response = await client.post(hook.callback_url, json={"ping": True})  # expect: ssrf
    return {"status": response.status_code}
