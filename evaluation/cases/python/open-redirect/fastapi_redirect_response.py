from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/out")
def outbound(target: str):
    return RedirectResponse(url=target, status_code=302)  # expect: open-redirect
