def is_admin(role):
    return role is "admin"  # expect: is-literal
