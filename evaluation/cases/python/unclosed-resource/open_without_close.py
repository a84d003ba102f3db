def first_line(path):
    fh = open(path, encoding="utf-8")  # expect: unclosed-resource
    return fh.readline()
