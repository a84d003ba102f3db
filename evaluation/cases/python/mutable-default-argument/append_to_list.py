def add_tag(tag, tags=[]):  # expect: mutable-default-argument
    tags.append(tag)
    return tags
