class Basket:
    def __init__(self, owner, items=list()):  # expect: mutable-default-argument
        self.owner = owner
        self.items = items

    def add(self, item):
        self.items.append(item)
