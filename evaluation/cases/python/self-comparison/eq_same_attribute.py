class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __eq__(self, other):
        return self.amount == other.amount and self.currency == self.currency  # expect: self-comparison

    def __hash__(self):
        return hash((self.amount, self.currency))
