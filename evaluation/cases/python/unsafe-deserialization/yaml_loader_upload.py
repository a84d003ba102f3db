import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/workflows")
async def import_workflow(file: UploadFile):
    raw = await file.read()
    workflow = yaml.load(raw, Loader=yaml.Loader)  # expect: unsafe-deserialization
    return {"steps": len(workflow["steps"])}
