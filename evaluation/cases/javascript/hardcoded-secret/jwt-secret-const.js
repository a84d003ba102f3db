const jwt = require('jsonwebtoken');

const jwtSecret = 'b7f3c9e1a2d84f6e9c0b5a7d3e1f2c4a'; // expect: hardcoded-secret

function issue(userId) {
  return jwt.sign({ sub: userId }, jwtSecret, { expiresIn: '1h' });
}

module.exports = { issue };
