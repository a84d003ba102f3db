from xml.dom import pulldom

from flask import Flask, request

app = Flask(__name__)


@app.post("/feeds")
def import_feed():
    events = pulldom.parseString(request.data.decode("utf-8"))  # expect: xxe
    titles = []
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "title":
            events.expandNode(node)
            titles.append(node.firstChild.data)
    return {"titles": titles}
