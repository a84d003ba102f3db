const CryptoJS = require('crypto-js');

function sessionFingerprint(userId, secret) {
  return CryptoJS.MD5(userId + secret).toString(); // expect: weak-hash
}

module.exports = { sessionFingerprint };
