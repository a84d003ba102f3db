def open_report(path):
    report = open(path, "a", encoding="utf-8")
    report.write("# report\n")
    return report
