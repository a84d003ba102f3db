def count_errors(path):
    errors = 0
    with open(path) as log:
        for line in log.readlines():  # expect: read-all-into-memory
            if "ERROR" in line:
                errors += 1
    return errors
