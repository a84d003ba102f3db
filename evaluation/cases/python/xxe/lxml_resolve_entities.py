from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/import")
def import_xml():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.data, parser)  # expect: xxe
    return {"items": len(root)}
