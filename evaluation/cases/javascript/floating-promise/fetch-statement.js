function ping() {
  fetch('/api/heartbeat', { method: 'POST' }); // expect: floating-promise
}

setInterval(ping, 30000);
