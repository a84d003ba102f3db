async function purge(store, keys) {
  for (const key of keys) {
    await store.delete(key); // expect: await-in-loop
  }
}

module.exports = { purge };
