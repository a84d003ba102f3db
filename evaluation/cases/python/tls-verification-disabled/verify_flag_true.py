import ssl

import httpx


def client():
    ctx = ssl.create_default_context()
    ctx.check_hostname = True
    return httpx.Client(verify=ctx, timeout=5)
