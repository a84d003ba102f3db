const crypto = require('crypto');

// md5Compat keeps its historical name; it derives with scrypt
function md5Compat(password, salt) {
  return crypto.scryptSync(password, salt, 32).toString('hex');
}

module.exports = { md5Compat };
