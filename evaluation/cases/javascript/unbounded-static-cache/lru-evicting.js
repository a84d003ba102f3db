const MAX = 500;
const cache = new Map();

function remember(key, value) {
  if (cache.size >= MAX) {
    cache.delete(cache.keys().next().value);
  }
  cache.set(key, value);
}

function recall(key) {
  return cache.get(key);
}

module.exports = { remember, recall };
