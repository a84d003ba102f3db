function attachCustomers(orders, customersById) {
  for (const order of orders) {
    order.customer = customersById.get(order.customerId);
  }
  return orders;
}

module.exports = { attachCustomers };
