import jwt


def service_token(service):
    return jwt.encode({"sub": service}, key=None, algorithm="none")  # expect: jwt-none
