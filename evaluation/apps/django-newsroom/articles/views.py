import hashlib
import logging
import os
import secrets

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.template import engines
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_POST

from .models import Article, Comment, Subscriber
from .services import feeds, images

log = logging.getLogger(__name__)


@require_GET
def home(request):
    latest = Article.objects.published().select_related("author", "section").order_by("-published_at")[:20]
    return render(request, "articles/home.html", {"articles": latest})


@require_GET
def search(request):
    q = request.GET.get("q", "").strip()
    results = list(Article.objects.search(q)) if q else []
    return render(request, "articles/search.html", {"query": q, "results": results})


@require_GET
def tagged(request, tag):
    articles = Article.objects.tagged(tag).order_by("-published_at")
    return render(request, "articles/home.html", {"articles": articles, "heading": tag})


@require_GET
def archive(request):
    year = request.GET.get("year", "")
    month = request.GET.get("month", "")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT slug, title, published_at FROM articles_article WHERE status = 'published' "
            "AND extract(year FROM published_at) = %s ORDER BY published_at",
            [year],
        )
        by_year = cursor.fetchall()
        if month:
            query = "SELECT slug, title FROM articles_article WHERE to_char(published_at, 'YYYY-MM') = '%s-%s'" % (year, month)
            cursor.execute(query)  # vuln: sql-injection
            by_month = cursor.fetchall()
        else:
            by_month = []
    return render(request, "articles/archive.html", {"by_year": by_year, "by_month": by_month, "year": year})


@require_GET
def section(request, section):
    articles = Article.objects.in_section(section).select_related("author")
    return render(request, "articles/home.html", {"articles": articles, "heading": section})


@require_GET
def detail(request, slug):
    article = get_object_or_404(Article.objects.published(), slug=slug)
    comments = article.comments.filter(approved=True).order_by("created_at")
    return render(request, "articles/detail.html", {"article": article, "comments": comments})


@require_POST
def add_comment(request, slug):
    article = get_object_or_404(Article.objects.published(), slug=slug)
    Comment.objects.create(article=article, name=request.POST["name"][:80], text=request.POST["text"])
    return redirect("articles:detail", slug=slug)


@require_GET
def preview_headline(request):
    headline = request.GET.get("headline", "")
    kicker = escape(request.GET.get("kicker", ""))
    html = mark_safe(f'<h1 class="headline"><span>{kicker}</span> {headline}</h1>')  # vuln: xss
    return render(request, "articles/preview.html", {"html": html})


@require_GET
def outbound(request):
    url = request.GET.get("url", "/")
    if url_has_allowed_host_and_scheme(url, allowed_hosts=set(settings.ALLOWED_HOSTS), require_https=True):
        return redirect(url)
    return redirect("articles:home")


@require_GET
def after_login(request):
    return redirect(request.GET.get("next", "/"))  # vuln: open-redirect


@require_POST
def subscribe(request):
    email = request.POST["email"].strip().lower()
    token = hashlib.md5(email.encode("utf-8")).hexdigest()  # vuln: weak-hash
    Subscriber.objects.get_or_create(email=email, defaults={"unsubscribe_token": token})
    response = render(request, "articles/subscribed.html", {"email": email})
    response.set_cookie("subscriber", token, max_age=365 * 24 * 3600)  # vuln: insecure-cookie
    response.set_cookie("newsletter_prompt", "hidden", max_age=30 * 24 * 3600, samesite="Lax", secure=True)
    return response


@require_GET
def unsubscribe(request, token):
    sub = Subscriber.objects.filter(unsubscribe_token=token).first()
    if sub is None:
        return HttpResponse(f"<p>Unknown unsubscribe link {token}</p>", status=404)  # vuln: xss
    sub.delete()
    return HttpResponse("<p>You have been unsubscribed.</p>")


@require_GET
def press_kit(request):
    name = request.GET.get("file")
    if not name:
        files = sorted(os.listdir(settings.PRESS_KIT_ROOT))
        return render(request, "articles/press.html", {"files": files})
    path = os.path.join(settings.PRESS_KIT_ROOT, name)
    if not os.path.exists(path):
        raise Http404(name)
    return FileResponse(open(path, "rb"), as_attachment=True)  # vuln: path-traversal


@staff_member_required
@require_POST
def upload_press_image(request):
    upload = request.FILES.get("image")
    if upload is None:
        return HttpResponseBadRequest("no image")
    name = images.store_press_image(upload)
    return redirect(f"/press/?uploaded={secrets.token_hex(4)}-{len(name)}")


@staff_member_required
@require_POST
def import_feed(request):
    partner = request.POST.get("partner")
    if partner in feeds.PARTNER_FEEDS:
        raw = feeds.fetch_partner(partner)
    else:
        raw = feeds.fetch(request.POST["url"])
    items = feeds.parse(raw)
    log.info("imported %d feed items", len(items))
    return render(request, "articles/feed_preview.html", {"items": items})


@staff_member_required
@require_GET
def newsletter_preview(request):
    jinja = engines["jinja2"]
    template = jinja.get_template("newsletter/issue.html")
    intro = request.GET.get("intro", "")
    articles = Article.objects.published().order_by("-published_at")[:5]
    return HttpResponse(template.render({"intro": intro, "articles": articles}, request))


@staff_member_required
@require_GET
def stats(request):
    rows = []
    for article in Article.objects.published().select_related("author").order_by("-published_at")[:100]:
        count = article.comments.filter(approved=True).count()  # vuln: n-plus-one
        rows.append((article.title, article.author.get_username(), count))
    return render(request, "articles/stats.html", {"rows": rows})
