class Connection:
    def __init__(self, host, port):
        host = host  # expect: self-assignment
        self.port = port

    def url(self):
        return f"tcp://{self.port}"
