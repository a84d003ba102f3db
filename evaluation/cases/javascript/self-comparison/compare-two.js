function sameCustomer(a, b) {
  return a.customerId === b.customerId;
}

module.exports = { sameCustomer };
