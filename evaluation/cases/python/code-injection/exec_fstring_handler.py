from fastapi import FastAPI

app = FastAPI()


@app.post("/rules")
def run_rule(field: str, threshold: float):
    scope = {"row": {"amount": 12.5}}
    exec(f"result = row['{field}'] > {threshold}", scope)  # expect: code-injection
    return {"result": scope["result"]}
