def first_name(user):
    if user is not None and user.name is not None:
        return user.name.split()[0]
    return ""
