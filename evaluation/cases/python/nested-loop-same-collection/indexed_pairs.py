def close_prices(prices):
    pairs = 0
    for i in range(len(prices)):
        for j in range(len(prices)):  # expect: nested-loop-same-collection
            if i != j and abs(prices[i] - prices[j]) < 5:
                pairs += 1
    return pairs
