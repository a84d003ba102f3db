function ping() {
  void fetch('/api/heartbeat', { method: 'POST' });
}

setInterval(ping, 30000);
