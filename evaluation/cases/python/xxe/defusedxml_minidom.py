from defusedxml.minidom import parseString
from flask import Flask, request

app = Flask(__name__)


@app.post("/feeds")
def import_feed():
    document = parseString(request.data)
    titles = [n.firstChild.data for n in document.getElementsByTagName("title")]
    return {"titles": titles}
