from django.http import JsonResponse
from lxml import etree

INVOICE_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True)


def upload_invoice(request):
    upload = request.FILES["invoice"]
    tree = etree.fromstring(upload.read(), parser=INVOICE_PARSER)  # expect: xxe
    return JsonResponse({"lines": len(tree.findall("line"))})
