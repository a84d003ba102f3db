import yaml


def read_settings(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=yaml.SafeLoader)
