from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("tag/<str:tag>/", views.tagged, name="tagged"),
    path("archive/", views.archive, name="archive"),
    path("section/<slug:section>/", views.section, name="section"),
    path("article/<slug:slug>/", views.detail, name="detail"),
    path("article/<slug:slug>/comment/", views.add_comment, name="comment"),
    path("preview/", views.preview_headline, name="preview"),
    path("go/", views.outbound, name="outbound"),
    path("login/next/", views.after_login, name="after-login"),
    path("subscribe/", views.subscribe, name="subscribe"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("press/", views.press_kit, name="press-kit"),
    path("press/upload/", views.upload_press_image, name="press-upload"),
    path("feeds/import/", views.import_feed, name="import-feed"),
    path("newsletter/preview/", views.newsletter_preview, name="newsletter-preview"),
    path("stats/", views.stats, name="stats"),
]
