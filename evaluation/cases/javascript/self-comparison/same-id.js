function sameCustomer(a, b) {
  return a.customerId === a.customerId; // expect: self-comparison
}

module.exports = { sameCustomer };
