import asyncio

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Job(BaseModel):
    source_url: str
    bitrate: str = "128k"


@app.post("/transcode")
async def transcode(job: Job):
    proc = await asyncio.create_subprocess_shell(  # expect: command-injection
        f"ffmpeg -y -i {job.source_url} -b:a {job.bitrate} /tmp/out.mp3"
    )
    await proc.wait()
    return {"code": proc.returncode}
