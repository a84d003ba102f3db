def is_admin(role):
    return role == "admin"
