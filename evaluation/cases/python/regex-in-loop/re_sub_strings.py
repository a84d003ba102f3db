import re


def slugify_all(titles):
    slugs = []
    for title in titles:
        slugs.append(re.sub(r"[^a-z0-9]+", "-", title.lower()))  # expect: regex-in-loop
    return slugs
