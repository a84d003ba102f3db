def unique_ips(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()  # expect: read-all-into-memory
    return {line.split()[0] for line in lines if line}
