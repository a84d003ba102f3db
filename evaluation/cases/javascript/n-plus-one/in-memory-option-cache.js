// SelectBox-style widget state: its methods edit a list in the page, not a database.
const OptionCache = {
  cache: {},
  delete_from_cache(id, value) {
    OptionCache.cache[id] = OptionCache.cache[id].filter((node) => node.value !== value);
  },
  move(from, values) {
    for (const value of values) {
      OptionCache.delete_from_cache(from, value);
    }
  },
};

module.exports = { OptionCache };
