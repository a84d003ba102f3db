from shop.models import Order


def order_summaries():
    orders = Order.objects.select_related("customer").all()
    return [(order.id, order.customer.name) for order in orders]
