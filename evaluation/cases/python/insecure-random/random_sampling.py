import random


def sample_for_dashboard(rows, k=10):
    rng = random.Random(7)
    backoff = rng.uniform(0.1, 0.5)
    return rng.sample(rows, min(k, len(rows))), backoff
