// A build step: three patterns for three module names written in place, compiled once each.
function stripNodePrefix(source) {
  let out = source;
  ['fs', 'path', 'url'].forEach((mod) => {
    out = out.replace(new RegExp(`node_${mod}_1`, 'g'), `${mod}_1`);
  });
  return out;
}

module.exports = { stripNodePrefix };
