function stripTags(html, tags) {
  let i = 0;
  let out = html;
  while (i < tags.length) {
    out = out.replace(new RegExp(`<${tags[i]}[^>]*>`, 'g'), ''); // expect: regex-in-loop
    i++;
  }
  return out;
}

module.exports = { stripTags };
