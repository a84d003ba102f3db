def preferred_language(settings, cursor):
    language = "en"
    try:
        language = settings["language"]
    except KeyError:
        pass
    try:
        cursor.execute("SELECT 1")
    except ConnectionError:
        pass
    return language
