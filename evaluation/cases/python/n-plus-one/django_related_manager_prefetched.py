from django.http import JsonResponse

from .models import Article


def tag_lists(request):
    rows = []
    for article in Article.objects.prefetch_related("tags").order_by("-published_at")[:50]:
        rows.append({"title": article.title, "tags": [t.name for t in article.tags.all()]})
    return JsonResponse(rows, safe=False)
