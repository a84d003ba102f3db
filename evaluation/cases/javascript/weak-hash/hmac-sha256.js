const crypto = require('crypto');

function signature(secret, body) {
  return crypto.createHmac('sha256', secret).update(body).digest('hex');
}

module.exports = { signature };
