_plugins = {}


def plugin(name):
    def register(cls):
        _plugins[name] = cls
        return cls
    return register


def create(name, **options):
    return _plugins[name](**options)
