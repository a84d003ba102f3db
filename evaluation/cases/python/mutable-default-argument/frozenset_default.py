def is_reserved(name, reserved=frozenset({"admin", "root"}), suffix=""):
    return (name + suffix) in reserved
