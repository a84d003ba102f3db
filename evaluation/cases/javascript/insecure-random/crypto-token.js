const crypto = require('crypto');

function createResetToken() {
  return crypto.randomBytes(24).toString('base64url');
}

module.exports = { createResetToken };
