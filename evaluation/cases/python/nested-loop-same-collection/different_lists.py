def matches(orders, shipments):
    found = 0
    for order in orders:
        for shipment in shipments:
            if order.id == shipment.order_id:
                found += 1
    return found
