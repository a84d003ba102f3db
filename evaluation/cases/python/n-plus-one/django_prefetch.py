from django.http import JsonResponse

from .models import Author


def authors_with_books(request):
    authors = Author.objects.prefetch_related("books")
    data = [{"author": a.name, "books": [b.title for b in a.books.all()]} for a in authors]
    return JsonResponse(data, safe=False)
