import base64
import marshal


def restore_handler(token):
    code = marshal.loads(base64.b64decode(token))  # expect: unsafe-deserialization
    return code
