def vowels_in(words):
    vowels = ["a", "e", "i", "o", "u"]
    count = 0
    for word in words:
        for ch in word:
            if ch in vowels:
                count += 1
    return count
