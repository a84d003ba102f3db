"""Settings read from the user's own configuration file."""
import os


class Settings:
    def __init__(self, defaults):
        self.values = dict(defaults)

    def from_pyfile(self, filename):
        namespace = {}
        with open(filename) as config_file:
            exec(compile(config_file.read(), filename, "exec"), namespace)
        self.values.update({k: v for k, v in namespace.items() if k.isupper()})
        return True

    def from_env(self, name):
        # the safe look-alike: a value, never code
        value = os.environ.get(name, "")
        self.values[name] = value
        return value


# the password of the development database the examples connect to
EXAMPLE_DATABASE_PASSWORD = "Kx9#mVq2-dev-only"
