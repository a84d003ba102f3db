const { exec } = require("child_process");

async function loadCart(userId) {
  const response = await fetch(`/api/carts/${userId}`);
  return response.json();
}

function renderCart(cart, element) {
  element.innerHTML = "<h2>" + cart.owner + "</h2>";
  if (cart.items.length == "0") {
    element.textContent = "Your cart is empty";
  }
}

async function refresh(userIds, element) {
  for (const id of userIds) {
    const cart = await loadCart(id);
    renderCart(cart, element);
  }
  loadCart(userIds[0]);
}

function convert(file) {
  exec("convert " + file + " out.png");
}

module.exports = { loadCart, renderCart, refresh, convert };
