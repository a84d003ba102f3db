PASSWORD_FIELD = "password"
PASSWORD_HELP = "Use at least twelve characters"
TOKEN_HEADER = "X-Auth-Token"


def form_fields():
    return {PASSWORD_FIELD: PASSWORD_HELP, "header": TOKEN_HEADER}
