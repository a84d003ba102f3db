async function healthy(url) {
  return fetch(url).ok; // expect: missing-await
}

module.exports = { healthy };
