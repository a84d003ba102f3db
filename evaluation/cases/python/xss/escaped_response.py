from django.http import HttpResponse
from django.utils.html import escape


def search(request):
    q = escape(request.GET.get("q", ""))
    return HttpResponse(f"<p>Results for {q}</p>")
