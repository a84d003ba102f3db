import re


def count_emails(lines):
    n = 0
    for line in lines:
        pattern = re.compile(r"[\w.]+@[\w.]+")  # expect: regex-in-loop
        if pattern.search(line):
            n += 1
    return n
