class Settings:
    def __init__(self, timeout):
        self.timeout = timeout

    def update(self, timeout):
        self.timeout = self.timeout  # expect: self-assignment
