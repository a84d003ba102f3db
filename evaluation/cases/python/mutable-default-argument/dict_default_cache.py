class Resolver:
    def resolve(self, name, seen={}):  # expect: mutable-default-argument
        if name in seen:
            return seen[name]
        seen[name] = name.lower()
        return seen[name]
