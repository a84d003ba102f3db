async function refresh(cache) {
  await fetch('/api/refresh')
    .then((r) => cache.set(r))
    .catch((err) => {
      throw new Error(`refresh failed: ${err.message}`);
    });
}

module.exports = { refresh };
