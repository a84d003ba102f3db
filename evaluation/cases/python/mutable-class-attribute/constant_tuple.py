class Color:
    PRIMARY = ("red", "green", "blue")
    DEFAULT = "red"

    def __init__(self, name=DEFAULT):
        if name not in self.PRIMARY:
            raise ValueError(name)
        self.name = name
