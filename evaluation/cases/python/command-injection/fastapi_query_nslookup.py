import os

from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/tools/nslookup")
def nslookup(host: str = Query(..., max_length=253)):
    with os.popen("nslookup " + host) as pipe:  # expect: command-injection
        return {"output": pipe.read()}
