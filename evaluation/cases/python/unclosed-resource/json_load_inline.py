import json


def load_config(path):
    config = json.load(open(path))  # expect: unclosed-resource
    return config.get("database", {})
