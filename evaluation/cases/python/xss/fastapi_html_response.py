from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/preview", response_class=HTMLResponse)
def preview(title: str = "Untitled"):
    html = f"<html><body><h1>{title}</h1></body></html>"
    return HTMLResponse(content=html)  # expect: xss
