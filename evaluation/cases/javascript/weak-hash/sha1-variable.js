const { createHash } = require('crypto');

const ALGO = 'sha1';

function signature(secret, body) {
  const h = createHash(ALGO); // expect: weak-hash
  h.update(secret + body);
  return h.digest('base64');
}

module.exports = { signature };
