import random


def build_quiz(questions, count=10):
    pool = list(questions)
    random.shuffle(pool)
    picked = pool[:count]
    delay_ms = random.randint(100, 400)
    return picked, delay_ms
