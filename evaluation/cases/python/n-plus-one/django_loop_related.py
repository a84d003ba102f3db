from django.http import JsonResponse

from .models import Author, Book


def authors_with_books(request):
    data = []
    for author in Author.objects.all():
        books = Book.objects.filter(author_id=author.id)  # expect: n-plus-one
        data.append({"author": author.name, "books": [b.title for b in books]})
    return JsonResponse(data, safe=False)
