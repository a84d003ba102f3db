def discount(order):
    if order is None:
        return 0
    if order.total > 1000:
        return order.total * 0.1
    return 0
