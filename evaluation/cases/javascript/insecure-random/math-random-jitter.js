function backoff(attempt) {
  const jitter = Math.random() * 100;
  return 2 ** attempt * 100 + jitter;
}

module.exports = { backoff };
