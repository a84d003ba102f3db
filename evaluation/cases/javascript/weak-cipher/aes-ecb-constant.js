const crypto = require('crypto');

const ALGORITHM = 'aes-128-ecb';

function encryptCardNumber(key, pan) {
  const cipher = crypto.createCipheriv(ALGORITHM, key, null); // expect: weak-cipher
  return cipher.update(pan, 'utf8', 'base64') + cipher.final('base64');
}

module.exports = { encryptCardNumber };
