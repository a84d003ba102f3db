const crypto = require('crypto');

function fingerprint(body) {
  return crypto.createHash('sha256').update(body).digest('hex');
}

module.exports = { fingerprint };
