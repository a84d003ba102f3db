def parse_port(raw):
    try:
        return int(raw)
    except:  # expect: bare-except
        return None
