from urllib.request import urlopen

from fastapi import FastAPI

app = FastAPI()


@app.post("/webhooks/test")
def test_webhook(callback: str):
    with urlopen(f"{callback}/ping", timeout=3) as resp:  # expect: ssrf
        return {"status": resp.status}
