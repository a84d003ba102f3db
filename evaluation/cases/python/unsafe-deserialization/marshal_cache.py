import marshal

import redis

cache = redis.Redis()


def load_compiled(key):
    blob = cache.get(key)
    return marshal.loads(blob)  # expect: unsafe-deserialization
