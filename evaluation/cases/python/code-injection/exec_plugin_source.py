def load_plugin(path):
    namespace = {}
    with open(path, encoding="utf-8") as fh:
        source = fh.read()
    exec(compile(source, path, "exec"), namespace)  # expect: code-injection
    return namespace.get("register")
