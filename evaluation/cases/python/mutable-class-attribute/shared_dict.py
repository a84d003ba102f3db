class Session:
    data = {}  # expect: mutable-class-attribute

    def __init__(self, user):
        self.user = user

    def set(self, key, value):
        self.data[key] = value
