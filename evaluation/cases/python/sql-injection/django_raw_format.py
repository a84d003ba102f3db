from django.http import JsonResponse

from shop.models import Product


def search(request):
    term = request.GET["q"]
    query = "SELECT * FROM shop_product WHERE name LIKE '%%{}%%'".format(term)
    products = Product.objects.raw(query)  # expect: sql-injection
    return JsonResponse({"ids": [p.id for p in products]})
