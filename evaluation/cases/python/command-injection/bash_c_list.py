import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.post("/repos/{name}/gc")
def gc_repo(name: str):
    result = subprocess.run(["bash", "-c", f"cd /srv/git/{name} && git gc --aggressive"], capture_output=True)  # expect: command-injection
    return {"code": result.returncode}
