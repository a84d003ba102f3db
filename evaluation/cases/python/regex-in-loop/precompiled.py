import re

EMAIL = re.compile(r"[\w.]+@[\w.]+")


def count_emails(lines):
    return sum(1 for line in lines if EMAIL.search(line))
