function match(orders, shipments) {
  const matched = [];
  for (const order of orders) {
    for (const shipment of shipments) {
      if (shipment.orderId === order.id) matched.push([order, shipment]);
    }
  }
  return matched;
}

module.exports = { match };
