from django.contrib.auth import login
from django.http import HttpResponseRedirect


def sso_callback(request):
    login(request, request.user)
    return HttpResponseRedirect(request.GET.get("next", "/"))  # expect: open-redirect
