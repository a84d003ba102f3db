function slugs(titles) {
  const out = [];
  for (const title of titles) {
    out.push(title.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  }
  return out;
}

module.exports = { slugs };
