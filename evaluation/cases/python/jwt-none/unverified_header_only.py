import jwt


def key_id(token, keys):
    kid = jwt.get_unverified_header(token)["kid"]
    return jwt.decode(token, keys[kid], algorithms=["RS256"], audience="api")
