from shop.models import Customer, Order


def order_summaries():
    summaries = []
    for order in Order.objects.all():
        customer = Customer.objects.get(pk=order.customer_id)  # expect: n-plus-one
        summaries.append((order.id, customer.name))
    return summaries
