def total_length(words):
    total = 0
    for word in words:
        total += len(word)
    label = "words: "
    label += str(total)
    return label
