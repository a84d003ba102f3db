from django.http import HttpResponseRedirect


def back(request):
    return HttpResponseRedirect(request.META.get("HTTP_REFERER", "/"))  # expect: open-redirect
