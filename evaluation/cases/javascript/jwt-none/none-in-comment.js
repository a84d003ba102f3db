const jwt = require('jsonwebtoken');

// algorithms is pinned so tokens with alg "none" are rejected
const OPTIONS = { algorithms: ['RS256'], audience: 'api' };

function verify(token, publicKey) {
  return jwt.verify(token, publicKey, OPTIONS);
}

module.exports = { verify };
