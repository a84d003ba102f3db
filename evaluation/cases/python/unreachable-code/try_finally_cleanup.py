def read_config(path):
    handle = open(path)
    try:
        return handle.read()
    finally:
        handle.close()
