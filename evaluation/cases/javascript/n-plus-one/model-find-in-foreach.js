const { Customer } = require('./models');

function attachCustomers(orders) {
  orders.forEach((order) => {
    order.customerPromise = Customer.findByPk(order.customerId); // expect: n-plus-one
  });
  return orders;
}

module.exports = { attachCustomers };
