def report(totals):
    text = "Totals\n"
    for name, value in totals.items():
        text += f"{name}: {value}\n"  # expect: string-concat-in-loop
    return text
