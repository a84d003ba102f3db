from django.conf import settings
from django.db import models
from django.utils import timezone


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Article.PUBLISHED, published_at__lte=timezone.now())

    def in_section(self, section):
        return self.published().filter(section__slug=section)


class ArticleManager(models.Manager.from_queryset(ArticleQuerySet)):
    def search(self, term):
        sql = (
            "SELECT a.* FROM articles_article a "
            "WHERE a.status = 'published' "
            f"AND (a.title ILIKE '%%{term}%%' OR a.standfirst ILIKE '%%{term}%%') "
            "ORDER BY a.published_at DESC"
        )
        return self.raw(sql)  # vuln: sql-injection

    def tagged(self, tag):
        clause = f"id IN (SELECT article_id FROM articles_tagging WHERE tag = '{tag}')"
        return self.published().extra(where=[clause])  # vuln: sql-injection

    def by_author(self, username):
        return self.raw(
            "SELECT a.* FROM articles_article a JOIN auth_user u ON u.id = a.author_id "
            "WHERE u.username = %s AND a.status = 'published'",
            [username],
        )


class Section(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=80)

    def __str__(self):
        return self.name


class Article(models.Model):
    DRAFT = "draft"
    PUBLISHED = "published"
    STATUS_CHOICES = [(DRAFT, "Draft"), (PUBLISHED, "Published")]

    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    standfirst = models.CharField(max_length=300, blank=True)
    body = models.TextField(help_text="HTML from the newsroom editor")
    section = models.ForeignKey(Section, on_delete=models.PROTECT)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    status = models.CharField(max_length=12, choices=STATUS_CHOICES, default=DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)

    objects = ArticleManager()

    def __str__(self):
        return self.title


class Comment(models.Model):
    article = models.ForeignKey(Article, related_name="comments", on_delete=models.CASCADE)
    name = models.CharField(max_length=80)
    text = models.TextField()
    approved = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)


class Subscriber(models.Model):
    email = models.EmailField(unique=True)
    unsubscribe_token = models.CharField(max_length=64)
    confirmed = models.BooleanField(default=False)
