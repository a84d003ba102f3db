from dataclasses import dataclass, field


@dataclass
class Basket:
    owner: str
    items: list = field(default_factory=list)

    def add(self, item):
        self.items.append(item)
