from django.http import JsonResponse
from django.views.generic import ListView

from shop.models import Product


class ProductSearchView(ListView):
    def get(self, request, *args, **kwargs):
        category = self.request.GET.get("category", "")
        products = Product.objects.raw("SELECT * FROM shop_product WHERE category = '%s'" % category)  # expect: sql-injection
        return JsonResponse({"ids": [p.id for p in products]})
