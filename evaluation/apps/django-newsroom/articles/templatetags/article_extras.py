from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def highlight(text, term):
    """Wraps each occurrence of the search term in <mark>, escaping both first."""
    if not term:
        return text
    safe_term = escape(term)
    return mark_safe(escape(text).replace(safe_term, f"<mark>{safe_term}</mark>"))


@register.simple_tag
def search_summary(count, term):
    return mark_safe(f"{count} result{'s' if count != 1 else ''} for <mark>{term}</mark>")  # vuln: xss


@register.simple_tag
def byline(article):
    return format_html('<span class="byline">By {} in {}</span>', article.author.get_full_name(), article.section.name)


@register.filter
def reading_time(body):
    minutes = max(1, len(body.split()) // 220)
    return mark_safe(f"<small>{minutes} min read</small>")
