from defusedxml import ElementTree
from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_xml():
    root = ElementTree.fromstring(request.data)
    return {"items": len(root)}
