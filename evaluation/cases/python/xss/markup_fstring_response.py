from django.http import HttpResponse


def search(request):
    q = request.GET.get("q", "")
    return HttpResponse(f"<p>Results for {q}</p>")  # expect: xss
