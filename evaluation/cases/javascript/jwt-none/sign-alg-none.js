const jwt = require('jsonwebtoken');

function internalToken(service) {
  const options = { algorithm: 'none', expiresIn: '5m' };
  return jwt.sign({ sub: service }, null, options); // expect: jwt-none
}

module.exports = { internalToken };
