from fastapi import FastAPI

app = FastAPI()


@app.get("/templates/{name}")
def template(name: str):
    with open("/opt/app/templates/" + name, encoding="utf-8") as fh:  # expect: path-traversal
        return {"body": fh.read()}
