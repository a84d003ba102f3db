const crypto = require('crypto');

function encryptToken(key, token) {
  const cipher = crypto.createCipheriv('des-ecb', key, null); // expect: weak-cipher
  return Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]).toString('hex');
}

module.exports = { encryptToken };
