function totalPrice(cart) {
  const sum = cart.items.reduce((acc, item) => acc + item.price * item.qty, 0);
  return sum;
  console.log('total computed', sum); // expect: unreachable-code
}

module.exports = { totalPrice };
