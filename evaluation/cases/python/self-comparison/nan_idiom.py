import math


def clean(values):
    return [0.0 if math.isnan(v) else v for v in values]
