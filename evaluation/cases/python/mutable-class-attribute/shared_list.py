class ShoppingCart:
    items = []  # expect: mutable-class-attribute

    def add(self, item):
        self.items.append(item)

    def total(self):
        return sum(i.price for i in self.items)
