def parse_all(lines):
    numbers = []
    for line in lines:
        try:
            numbers.append(int(line))
        except:  # expect: bare-except
            continue
    return numbers
